#!/usr/bin/env bash
# bench-vs-spacy.sh [DOCS] [CORPUS_DIR]: kg build and spaCy en_core_web_sm's NER on the same
# corpus in one run, with the ratio of their words per second.
#
# The corpus comes from ../shared/bench/make-corpus.sh (DOCS documents, default 1000). kg is
# timed end to end (reading, extraction, resolution, GraphML + DOT) with one job and with all
# cores, with its peak resident memory; words are counted as spaCy counts them (spacy-peer.sh
# prints the count), so both rates share one numerator. kg runs take a second or two, so a
# busy moment on a shared machine can double one of them: each kg configuration runs RUNS
# times (default 5) and its median time is used (all times are printed); spaCy's single run
# takes over a minute, which evens such moments out. Figures vary with the machine's load:
# compare the ratio, not the seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-1000}
corpus=${2:-$(mktemp -d)/corpus}
shared=../shared/bench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

[ -d "$corpus" ] || bash "$shared/make-corpus.sh" "$docs" "$corpus" seeds >/dev/null
swift build -c release --product kg >/dev/null
kg=.build/release/kg
cores=$(nproc)

runs=${RUNS:-5}
run_kg() { # run_kg JOBS -> "median_seconds peak_kb all_seconds"
  local times=() peak=0
  for ((run = 0; run < runs; run++)); do
    /usr/bin/time -f "%e %M" -o "$out/time" "$kg" build "$corpus" --out "$out/graph" --jobs "$1" >/dev/null 2>&1
    read -r seconds kb < "$out/time"
    times+=("$seconds")
    ((kb > peak)) && peak=$kb
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ',' | sed 's/,$//')
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo "$median $peak $sorted"
}
read -r one_s one_kb one_all < <(run_kg 1)
read -r all_s all_kb all_all < <(run_kg "$cores")
spacy=$(bash "$shared/spacy-peer.sh" "$corpus")
words=$(sed -E 's/.* ([0-9]+) words,.*/\1/' <<<"$spacy")
spacy_rate=$(sed -E 's/.* ([0-9]+) words\/s.*/\1/' <<<"$spacy")

python3 - "$words" "$spacy_rate" "$one_s" "$one_kb" "$all_s" "$all_kb" "$cores" "$corpus" "$one_all" "$all_all" <<'EOF'
import sys
words, spacy, one_s, one_kb, all_s, all_kb, cores, corpus, one_all, all_all = sys.argv[1:]
words, spacy, one_s, all_s = int(words), float(spacy), float(one_s), float(all_s)
print(f"corpus {corpus}: {words} words (as spaCy counts them)")
print(f"spaCy en_core_web_sm NER alone:      {spacy:12.0f} words/s")
print(f"kg build, 1 job:    {one_s:7.2f} s  {words / one_s:12.0f} words/s  {words / one_s / spacy:6.1f}x spaCy  peak {int(one_kb) // 1024} MB")
print(f"kg build, {cores} jobs:   {all_s:7.2f} s  {words / all_s:12.0f} words/s  {words / all_s / spacy:6.1f}x spaCy  peak {int(all_kb) // 1024} MB")
print(f"{cores} jobs against 1 job: {one_s / all_s:.2f}x")
print(f"kg times (s), medians used: 1 job {one_all}; {cores} jobs {all_all}")
EOF
