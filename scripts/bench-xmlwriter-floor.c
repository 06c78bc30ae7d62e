/*
 * The floor of writing kg's GraphML with libxml2: the same elements,
 * attributes and indentation kg's GraphMLWriter makes for the synthetic graph
 * of `kg bench-graph` (nodes with 9 data, edges with 3 attributes and 7 data),
 * written by C alone, with no Swift around it, in one of two ways:
 *
 *   writer         libxml2's xmlTextWriter, as kg's GraphMLWriter does;
 *   output-buffer  markup written as literals into libxml2's xmlOutputBuffer,
 *                  names and text through its escaping (xmlOutputBufferWriteEscape
 *                  with an escape function that also escapes quotes): what
 *                  writing without the text writer could reach.
 *
 *   bench-xmlwriter-floor MODE NODES EDGES FIRST COUNT OUT
 *
 * writes records FIRST ..< FIRST + COUNT of the NODES + EDGES records (nodes
 * first) to OUT and prints the seconds it took. See bench-xmlwriter-floor.sh.
 */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void data(xmlTextWriterPtr w, const char *key, const char *value) {
    xmlTextWriterStartElement(w, BAD_CAST "data");
    xmlTextWriterWriteAttribute(w, BAD_CAST "key", BAD_CAST key);
    xmlTextWriterWriteString(w, BAD_CAST value);
    xmlTextWriterEndElement(w);
}

/* Writes the records with xmlTextWriter; returns the seconds taken, or -1. */
static double writer_floor(long nodes, long edges, long first, long count, const char *path) {
    xmlTextWriterPtr w = xmlNewTextWriterFilename(path, 0);
    if (w == NULL) return -1;
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, BAD_CAST "  ");
    double start = now();
    xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
    xmlTextWriterStartElement(w, BAD_CAST "graphml");
    xmlTextWriterStartElement(w, BAD_CAST "graph");
    char a[64], b[64], c[200];
    for (long i = first; i < first + count && i < nodes + edges; i++) {
        if (i < nodes) {
            xmlTextWriterStartElement(w, BAD_CAST "node");
            snprintf(a, sizeof a, "entity%ld", i);
            xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST a);
            snprintf(b, sizeof b, "Entity %ld", i);
            data(w, "label", b);
            data(w, "type", "Organization");
            data(w, "mentions", "1");
            snprintf(c, sizeof c, "doc%ld.txt", i % 1000);
            data(w, "documents", c);
            data(w, "confidence", "1.0");
            data(w, "r", "255");
            data(w, "g", "158");
            data(w, "b", "74");
            data(w, "size", "16.0");
        } else {
            long e = i - nodes, head = e % nodes, tail = (e * 7919) % nodes;
            xmlTextWriterStartElement(w, BAD_CAST "edge");
            snprintf(a, sizeof a, "e%ld", e);
            xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST a);
            snprintf(a, sizeof a, "entity%ld", head);
            xmlTextWriterWriteAttribute(w, BAD_CAST "source", BAD_CAST a);
            snprintf(b, sizeof b, "entity%ld", tail);
            xmlTextWriterWriteAttribute(w, BAD_CAST "target", BAD_CAST b);
            data(w, "relation", "competitor_of");
            data(w, "edgelabel", "competitor of");
            data(w, "weight", "3.0");
            snprintf(c, sizeof c, "Entity %ld and Entity %ld were named in the same report number %ld.", head, tail, e);
            data(w, "evidence", c);
            snprintf(c, sizeof c, "doc%ld.txt", e % 1000);
            data(w, "edgedocuments", c);
            data(w, "edgeconfidence", "0.5");
            data(w, "rule", "synthetic");
        }
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    return now() - start;
}

/* Escapes `<`, `>`, `&` and `"` of UTF-8 `in` into `out` (libxml2's xmlCharEncodingOutputFunc contract). */
static int escape(unsigned char *out, int *outlen, const unsigned char *in, int *inlen) {
    int i = 0, o = 0;
    for (; i < *inlen; i++) {
        const char *entity = NULL;
        switch (in[i]) {
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '&': entity = "&amp;"; break;
        case '"': entity = "&quot;"; break;
        }
        int need = entity ? (int)strlen(entity) : 1;
        if (o + need > *outlen) break;
        if (entity) { memcpy(out + o, entity, need); } else { out[o] = in[i]; }
        o += need;
    }
    *inlen = i;
    *outlen = o;
    return o;
}

static xmlOutputBufferPtr out;
static void literal(const char *text) { xmlOutputBufferWrite(out, (int)strlen(text), text); }
static void escaped(const char *text) { xmlOutputBufferWriteEscape(out, BAD_CAST text, escape); }
static void buffer_data(const char *key, const char *value) {
    literal("\n      <data key=\"");
    literal(key);
    literal("\">");
    escaped(value);
    literal("</data>");
}

/* Writes the same records as writer_floor into an xmlOutputBuffer; returns the seconds taken, or -1. */
static double buffer_floor(long nodes, long edges, long first, long count, const char *path) {
    out = xmlOutputBufferCreateFilename(path, NULL, 0);
    if (out == NULL) return -1;
    double start = now();
    literal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml>\n  <graph>");
    char a[64], b[64], c[200];
    for (long i = first; i < first + count && i < nodes + edges; i++) {
        if (i < nodes) {
            snprintf(a, sizeof a, "entity%ld", i);
            literal("\n    <node id=\"");
            escaped(a);
            literal("\">");
            snprintf(b, sizeof b, "Entity %ld", i);
            buffer_data("label", b);
            buffer_data("type", "Organization");
            buffer_data("mentions", "1");
            snprintf(c, sizeof c, "doc%ld.txt", i % 1000);
            buffer_data("documents", c);
            buffer_data("confidence", "1.0");
            buffer_data("r", "255");
            buffer_data("g", "158");
            buffer_data("b", "74");
            buffer_data("size", "16.0");
            literal("\n    </node>");
        } else {
            long e = i - nodes, head = e % nodes, tail = (e * 7919) % nodes;
            snprintf(a, sizeof a, "e%ld", e);
            literal("\n    <edge id=\"");
            escaped(a);
            snprintf(a, sizeof a, "entity%ld", head);
            literal("\" source=\"");
            escaped(a);
            snprintf(b, sizeof b, "entity%ld", tail);
            literal("\" target=\"");
            escaped(b);
            literal("\">");
            buffer_data("relation", "competitor_of");
            buffer_data("edgelabel", "competitor of");
            buffer_data("weight", "3.0");
            snprintf(c, sizeof c, "Entity %ld and Entity %ld were named in the same report number %ld.", head, tail, e);
            buffer_data("evidence", c);
            snprintf(c, sizeof c, "doc%ld.txt", e % 1000);
            buffer_data("edgedocuments", c);
            buffer_data("edgeconfidence", "0.5");
            buffer_data("rule", "synthetic");
            literal("\n    </edge>");
        }
    }
    literal("\n  </graph>\n</graphml>\n");
    if (xmlOutputBufferClose(out) < 0) return -1;
    return now() - start;
}

int main(int argc, char **argv) {
    if (argc != 7 || (strcmp(argv[1], "writer") != 0 && strcmp(argv[1], "output-buffer") != 0)) {
        fprintf(stderr, "usage: %s writer|output-buffer NODES EDGES FIRST COUNT OUT\n", argv[0]);
        return 2;
    }
    long nodes = atol(argv[2]), edges = atol(argv[3]), first = atol(argv[4]), count = atol(argv[5]);
    double seconds = strcmp(argv[1], "writer") == 0 ? writer_floor(nodes, edges, first, count, argv[6])
                                                    : buffer_floor(nodes, edges, first, count, argv[6]);
    if (seconds < 0) return 1;
    printf("%.3f\n", seconds);
    return 0;
}
