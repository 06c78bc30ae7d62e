#!/usr/bin/env bash
# Builds kg's libFuzzer targets (the separate package in Fuzz/) and runs each for
# SECONDS (default 60) over a copy of its committed corpus, Tests/FuzzCorpus/<target>/,
# failing on any crash, hang (an input taking over 10 s), leak or memory error.
#
#   bash scripts/fuzz.sh [SECONDS]                 both targets, SECONDS each
#   FUZZ_TARGETS=graphml bash scripts/fuzz.sh 600  one target (text, graphml)
#   FUZZ_MERGE=1 bash scripts/fuzz.sh 600          afterwards, add the fewest inputs that
#                                                  reach new code to the committed corpus
#
# The committed corpus only changes with FUZZ_MERGE=1; a run works on a copy in a
# temporary folder. A failing input is copied to .build-fuzz/artifacts/<target>/:
# fix the bug, then add the input to Tests/FuzzCorpus/<target>/ so that the corpus
# replay tests (`swift test`) guard it.
#
# The targets are built in release mode, with AddressSanitizer beside libFuzzer's
# coverage: an optimised build runs several times more inputs a second than a debug
# one, and Swift keeps its bounds and overflow checks in release builds, while
# AddressSanitizer catches what escapes them (unsafe pointers into libxml2).
# `swift build --sanitize=fuzzer --sanitize=address` would hand swiftc two separate
# -sanitize= flags, of which it keeps only the last (no coverage then), hence the one
# combined flag. lld links without gold's warnings about AddressSanitizer symbols.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
targets="${FUZZ_TARGETS:-text graphml}"
scratch=.build-fuzz

echo "fuzz: building Fuzz/ (release, -sanitize=fuzzer,address)" >&2
build_start=$SECONDS
for target in $targets; do
  case "$target" in
    text) product=FuzzText ;;
    graphml) product=FuzzGraphML ;;
    *) echo "fuzz: unknown target '$target' (text, graphml)" >&2; exit 64 ;;
  esac
  swift build --package-path Fuzz --scratch-path "$scratch" -c release --product "$product" \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
done
echo "fuzz: built in $((SECONDS - build_start)) s" >&2
bin="$scratch/release"

work="$(mktemp -d "${TMPDIR:-/tmp}/kg-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Allocation stacks of one frame: they cost most of the time under AddressSanitizer,
# and a failing input can be replayed for the full report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=1:detect_leaks=1}"

failed=()
for target in $targets; do
  case "$target" in
    text) executable=FuzzText; max_len=8192 ;;
    graphml) executable=FuzzGraphML; max_len=24576 ;;
  esac
  committed="Tests/FuzzCorpus/$target"
  corpus="$work/$target/corpus"
  artifacts="$scratch/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  cp "$committed"/* "$corpus"/
  log="$work/$target/log"

  echo "fuzz: $executable for $seconds s over $(ls "$corpus" | wc -l) corpus files" >&2
  start=$SECONDS
  if "$bin/$executable" "$corpus" -max_total_time="$seconds" -timeout=10 -max_len="$max_len" \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    failed+=("$target")
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -1)"
  echo "fuzz: $executable $result after $((SECONDS - start)) s: ${runs:-?} inputs, ${coverage:-cov: ?}," \
    "corpus $(ls "$corpus" | wc -l) files" >&2
  grep '^stat::' "$log" | sed "s/^/fuzz: $executable /" >&2 || true
  if [ "$result" = FAILED ]; then
    grep -E '^(==[0-9]+==|SUMMARY|Fatal error|.*fatalError|.*Fatal)' "$log" | head -20 >&2 || true
    tail -40 "$log" >&2
    echo "fuzz: failing inputs in $artifacts/:" >&2
    ls -l "$artifacts" >&2
  elif [ -n "${FUZZ_MERGE:-}" ]; then
    before=$(ls "$committed" | wc -l)
    # The fewest inputs that reach the edges the committed corpus misses (hit counts aside).
    "$bin/$executable" -set_cover_merge=1 -use_counters=0 -timeout=10 -max_len="$max_len" \
      "$committed" "$corpus" >"$work/$target/merge.log" 2>&1
    echo "fuzz: merged into $committed: $before -> $(ls "$committed" | wc -l) files," \
      "$(du -sh "$committed" | cut -f1)" >&2
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no crash in $targets" >&2
