#!/usr/bin/env bash
# Runs kg's test suite under a sanitizer, in a scratch folder of its own so that it
# never disturbs the normal debug build:
#
#   bash scripts/sanitize.sh address [swift test options...]   AddressSanitizer (.build-asan)
#   bash scripts/sanitize.sh thread  [swift test options...]   ThreadSanitizer (.build-tsan)
#
# The sanitizer runtimes ship with the Swift toolchain (lib/swift/clang/lib/linux), so
# nothing needs installing. Any report fails the run: AddressSanitizer stops at the
# first error; ThreadSanitizer is told to stop too (halt_on_error), so that the report
# is not lost among the test output.
#
# ThreadSanitizer runs only the tests that exercise threads (see `thread_filter`):
# parallel extraction (`kg build --jobs`), sharded builds and merges, GraphML read on
# several threads at once, one GraphML file read in parts, GraphML pieces rendered
# while earlier ones are written, relations ordered in runs; about 4 minutes with the
# build. The whole suite under it
# (`bash scripts/sanitize.sh thread --filter .`) takes some 12 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-}"
shift || true
# gold, the default linker, warns about every AddressSanitizer check symbol; lld, which
# ships with the toolchain, links silently.
case "$kind" in
  address) scratch=.build-asan; flags=(--sanitize=address -Xswiftc -use-ld=lld) ;;
  thread) scratch=.build-tsan; flags=(--sanitize=thread) ;;
  *) echo "usage: bash scripts/sanitize.sh address|thread [swift test options...]" >&2; exit 64 ;;
esac

# Tests that run code on several threads at once.
thread_filter='Jobs|Parallel|Shard|Concurren|Thread|ReaderParts|OrderedPipeline|RelationOrder'

args=("$@")
if [ "$kind" = thread ] && [[ " ${args[*]-} " != *" --filter "* ]]; then
  args+=(--filter "$thread_filter")
fi

# LeakSanitizer stays off by default: at the end of a test process it reports objects of
# the toolchain's own (XCTest's runner, Swift Testing's parameterized arguments, Foundation's
# Data read from an empty file). ASAN_OPTIONS=detect_leaks=1 turns it on to look for kg's.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}"

start=$SECONDS
echo "sanitize: building the tests with -sanitize=$kind in $scratch" >&2
swift build --build-tests "${flags[@]}" --scratch-path "$scratch"
echo "sanitize: built in $((SECONDS - start)) s" >&2
test_start=$SECONDS
swift test --skip-build "${flags[@]}" --scratch-path "$scratch" ${args[@]+"${args[@]}"}
echo "sanitize: $kind tests passed in $((SECONDS - test_start)) s ($((SECONDS - start)) s with the build)" >&2
