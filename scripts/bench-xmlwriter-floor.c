/*
 * The floor of writing kg's GraphML with libxml2's xmlTextWriter: the same
 * elements, attributes and indentation kg's GraphMLWriter makes for the
 * synthetic graph of `kg bench-graph` (nodes with 9 data, edges with 3
 * attributes and 7 data), written by C alone, with no Swift around it.
 *
 *   bench-xmlwriter-floor NODES EDGES FIRST COUNT OUT
 *
 * writes records FIRST ..< FIRST + COUNT of the NODES + EDGES records (nodes
 * first) to OUT and prints the seconds it took. See bench-xmlwriter-floor.sh.
 */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s NODES EDGES FIRST COUNT OUT\n", argv[0]);
        return 2;
    }
    long nodes = atol(argv[1]), edges = atol(argv[2]), first = atol(argv[3]), count = atol(argv[4]);
    xmlTextWriterPtr w = xmlNewTextWriterFilename(argv[5], 0);
    if (w == NULL) return 1;
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
    printf("%.3f\n", now() - start);
    return 0;
}
