#!/usr/bin/env bash
# The least time libxml2's xmlTextWriter needs for kg's GraphML of the synthetic
# graph of `kg bench-graph` (scripts/bench-xmlwriter-floor.c: the same elements,
# written from C with nothing else to do), on one core and split over JOBS
# processes at once; compare with scripts/bench-graphml-write.sh, which times
# kg's GraphMLWriter and networkx.write_graphml on the same graph.
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
one=$("$dir/floor" "$nodes" "$edges" 0 "$total" "$dir/one.graphml")
printf '  xmlTextWriter, 1 process:            %8.3f s  (%d nodes, %d edges)\n' "$one" "$nodes" "$edges"
share=$(((total + jobs - 1) / jobs))
start=$(date +%s.%N)
for ((job = 0; job < jobs; job++)); do
    "$dir/floor" "$nodes" "$edges" $((job * share)) "$share" "$dir/part$job.graphml" >/dev/null &
done
wait
end=$(date +%s.%N)
printf '  xmlTextWriter, %d processes at once: %8.3f s\n' "$jobs" "$(echo "$end - $start" | bc -l)"
