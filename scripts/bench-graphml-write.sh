#!/usr/bin/env bash
# Times writing GraphML for the same synthetic graph with kg and with networkx,
# in one run, and prints both times and their ratio.
#
#   scripts/bench-graphml-write.sh [NODES] [EDGES]      (defaults 1000000 5000000)
#
# 1. `kg bench-graph --write-only` generates its seeded synthetic graph (NODES
#    entities, EDGES relation records, each with an evidence sentence), times
#    GraphMLWriter writing it, and also writes it as node-link JSON.
# 2. scripts/bench-graphml-write.py loads that JSON into a networkx
#    MultiDiGraph with the attributes kg's GraphML holds and times only
#    networkx.write_graphml; it checks both files hold as many <node>, <edge>
#    and <data> elements.
#
# Environment: KG (a kg binary; default: build the release binary, with
# SCRATCH as --scratch-path when set), PYTHON (default python3; a Python with
# lxml makes networkx use its faster incremental writer), BENCH_DIR (where the
# files go; default a temporary folder removed at the end), KG_BENCH_FLAGS
# (extra flags for kg bench-graph, such as --no-evidence).
# Both steps run under /usr/bin/time -v, which gives their peak memory.
set -euo pipefail

nodes=${1:-1000000}
edges=${2:-5000000}
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}

if [[ -z ${KG:-} ]]; then
    scratch=()
    [[ -n ${SCRATCH:-} ]] && scratch=(--scratch-path "$SCRATCH")
    (cd "$root" && swift build -c release --product kg "${scratch[@]}" >&2)
    KG="$(cd "$root" && swift build -c release "${scratch[@]}" --show-bin-path)/kg"
fi

if [[ -n ${BENCH_DIR:-} ]]; then
    dir=$BENCH_DIR
    mkdir -p "$dir"
else
    dir=$(mktemp -d "${TMPDIR:-/tmp}/kg-bench-graphml.XXXXXX")
    trap 'rm -rf "$dir"' EXIT
fi

# The peak resident set size, in MB, that /usr/bin/time -v wrote to $1.
peak_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
}

echo "== kg: $nodes nodes, $edges relation records"
/usr/bin/time -v -o "$dir/kg.time" "$KG" bench-graph --nodes "$nodes" --relations "$edges" --write-only \
    --keep "$dir/kg.graphml" --json "$dir/graph.json" ${KG_BENCH_FLAGS:-} | tee "$dir/kg.out"
kg_seconds=$(awk '/write GraphML/ { print $(NF - 1) }' "$dir/kg.out")

echo "== networkx"
/usr/bin/time -v -o "$dir/nx.time" "$python" "$root/scripts/bench-graphml-write.py" \
    "$dir/graph.json" "$dir/networkx.graphml" "$dir/kg.graphml" | tee "$dir/nx.out"
nx_seconds=$(sed -n 's/^NETWORKX_SECONDS=//p' "$dir/nx.out")

kg_bytes=$(stat -c %s "$dir/kg.graphml")
nx_bytes=$(stat -c %s "$dir/networkx.graphml")
echo "== result"
printf '  kg GraphMLWriter.write      %10.3f s  %8.1f MB file  peak RSS %6s MB (whole kg process)\n' \
    "$kg_seconds" "$(echo "$kg_bytes / 1000000" | bc -l)" "$(peak_mb "$dir/kg.time")"
printf '  networkx.write_graphml      %10.3f s  %8.1f MB file  peak RSS %6s MB (whole Python process)\n' \
    "$nx_seconds" "$(echo "$nx_bytes / 1000000" | bc -l)" "$(peak_mb "$dir/nx.time")"
printf '  ratio networkx / kg         %10.1f x\n' "$(echo "$nx_seconds / $kg_seconds" | bc -l)"
