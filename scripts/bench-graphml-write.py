"""Times networkx.write_graphml on the graph `kg bench-graph --json` wrote.

Usage: bench-graphml-write.py GRAPH.json OUT.graphml KG.graphml

Loads kg's node-link JSON one node or link at a time (kg writes each element
as one block of lines opened by "    {" and closed by "    }"), so the JSON
text is never held whole, and builds a networkx MultiDiGraph with exactly the
attributes kg's GraphML writer writes (lists joined by " | ", colour as r, g,
b, empty optional strings left out). Then it times only
networkx.write_graphml(G, OUT) and prints the seconds, the writer networkx
used (lxml's incremental writer when lxml is installed), and the number of
<node>, <edge> and <data> elements in both files, which must agree.
"""

import json
import sys
import time

import networkx as nx

SEPARATOR = " | "


def elements(path, section):
    """Yields the objects of the top-level array `section` of kg's node-link JSON."""
    opening = f'  "{section}": ['
    inside, block = False, []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not inside:
                if line.rstrip("\n") == opening:
                    inside = True
                continue
            text = line.rstrip("\n")
            if text in ("  ]", "  ],"):
                return
            block.append(text)
            if text in ("    }", "    },"):
                yield json.loads("".join(block).rstrip(","))
                block = []


def node_attributes(node):
    """The GraphML data kg writes for a node."""
    data = {"label": node["label"], "type": sys.intern(node["type"])}
    if node["aliases"]:
        data["aliases"] = SEPARATOR.join(node["aliases"])
    data["mentions"] = node["mentions"]
    if node["documents"]:
        data["documents"] = SEPARATOR.join(node["documents"])
    data["confidence"] = float(node["confidence"])
    color = node["color"]
    data["r"], data["g"], data["b"] = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    data["size"] = float(node["size"])
    for name, value in sorted(node["attributes"].items()):
        data[name] = value
    return data


def edge_attributes(link):
    """The GraphML data kg writes for an edge (the synthetic graph has no mention texts)."""
    data = {"relation": sys.intern(link["relation"]), "label": sys.intern(link["label"]),
            "weight": float(link["weight"])}
    if link["evidence"]:
        data["evidence"] = link["evidence"]
    if link["documents"]:
        data["documents"] = SEPARATOR.join(link["documents"])
    data["confidence"] = float(link["confidence"])
    if link["rule"]:
        data["rule"] = sys.intern(link["rule"])
    return data


def count_elements(path):
    """The numbers of <node , <edge  and <data  in a file, read in chunks."""
    patterns = [b"<node ", b"<edge ", b"<data "]
    counts, tail = [0, 0, 0], b""
    with open(path, "rb") as file:
        while chunk := file.read(1 << 24):
            text = tail + chunk
            for index, pattern in enumerate(patterns):
                counts[index] += text.count(pattern)
            # Keep a few bytes so a pattern cut by the chunk boundary is seen once.
            tail = text[-5:]
            for index, pattern in enumerate(patterns):
                counts[index] -= tail.count(pattern)
    return counts


def main():
    json_path, out_path, kg_path = sys.argv[1:4]
    try:
        import lxml  # noqa: F401
        writer = "lxml incremental writer (write_graphml_lxml)"
    except ImportError:
        writer = "xml.etree writer (write_graphml_xml; lxml not installed)"
    started = time.perf_counter()
    graph = nx.MultiDiGraph()
    for node in elements(json_path, "nodes"):
        graph.add_node(node["id"], **node_attributes(node))
    for link in elements(json_path, "links"):
        graph.add_edge(link["source"], link["target"], key=link["key"], **edge_attributes(link))
    loaded = time.perf_counter() - started
    print(f"  networkx {nx.__version__}, Python {sys.version.split()[0]}, {writer}")
    print(f"  {'load JSON into networkx':36}{loaded:8.3f} s  ({graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges)")
    started = time.perf_counter()
    nx.write_graphml(graph, out_path)
    seconds = time.perf_counter() - started
    print(f"  {'networkx.write_graphml':36}{seconds:8.3f} s")
    kg_counts, nx_counts = count_elements(kg_path), count_elements(out_path)
    print(f"  elements <node>/<edge>/<data>: kg {kg_counts}, networkx {nx_counts}")
    if kg_counts != nx_counts:
        print("  WARNING: the two files do not hold the same elements")
    print(f"NETWORKX_SECONDS={seconds:.6f}")


if __name__ == "__main__":
    main()
