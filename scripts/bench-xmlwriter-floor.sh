#!/usr/bin/env bash
# The least time libxml2 needs for kg's GraphML of the synthetic graph of
# `kg bench-graph` (scripts/bench-xmlwriter-floor.c: the same elements, written
# from C with nothing else to do), on one core and split over JOBS processes at
# once, in two ways: with xmlTextWriter (what kg's GraphMLWriter uses) and with
# markup literals and libxml2's escaping into an xmlOutputBuffer (what writing
# without the text writer could reach; the two files are byte-identical).
# Compare with scripts/bench-graphml-write.sh, which times kg's GraphMLWriter
# and networkx.write_graphml on the same graph.
#
#   scripts/bench-xmlwriter-floor.sh [NODES] [EDGES] [JOBS]   (defaults 1000000 5000000 and all cores)
set -euo pipefail
nodes=${1:-1000000}
edges=${2:-5000000}
jobs=${3:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/kg-xmlwriter-floor.XXXXXX")
trap 'rm -rf "$dir"' EXIT
gcc -O2 -o "$dir/floor" "$root/scripts/bench-xmlwriter-floor.c" $(pkg-config --cflags --libs libxml-2.0)
total=$((nodes + edges))
share=$(((total + jobs - 1) / jobs))
echo "== $nodes nodes, $edges edges"
for mode in writer output-buffer; do
    one=$("$dir/floor" "$mode" "$nodes" "$edges" 0 "$total" "$dir/$mode.graphml")
    printf '  %-14s 1 process:            %8.3f s\n' "$mode" "$one"
    start=$(date +%s.%N)
    for ((job = 0; job < jobs; job++)); do
        "$dir/floor" "$mode" "$nodes" "$edges" $((job * share)) "$share" "$dir/$mode.part$job.graphml" >/dev/null &
    done
    wait
    end=$(date +%s.%N)
    printf '  %-14s %d processes at once: %8.3f s\n' "$mode" "$jobs" "$(echo "$end - $start" | bc -l)"
done
cmp -s "$dir/writer.graphml" "$dir/output-buffer.graphml" || { echo "the two ways wrote different files" >&2; exit 1; }
