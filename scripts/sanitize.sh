#!/usr/bin/env bash
# Runs kg's test suite under a sanitizer, in a scratch folder of its own so that it
# never disturbs the normal debug build:
#
#   bash scripts/sanitize.sh address [swift test options...]   AddressSanitizer (.build-asan)
#   bash scripts/sanitize.sh thread  [swift test options...]   ThreadSanitizer (.build-tsan)
#
# The sanitizer runtimes ship with the Swift toolchain (lib/swift/clang/lib/linux), so
# nothing needs installing. Any report fails the run: AddressSanitizer stops at the
# first error and LeakSanitizer reports leaks when a process ends (see the suppressions
# below); ThreadSanitizer is told to stop too (halt_on_error), so that the report is not
# lost among the test output.
#
# ThreadSanitizer runs only the tests that exercise threads (see `thread_filter`):
# parallel extraction (--jobs), sharded builds and the concurrent reading of GraphML
# and HTML with libxml2. The rest of the suite is single-threaded and would only be
# slower under it. Pass your own --filter to choose other tests.
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
thread_filter='Jobs|Parallel|Shard|Concurren|Thread'

args=("$@")
if [ "$kind" = thread ] && [[ " ${args[*]-} " != *" --filter "* ]]; then
  args+=(--filter "$thread_filter")
fi

# LeakSanitizer runs at the end of each process; it ignores two leaks of the toolchain,
# not of kg: XCTest's test runner keeps its suite objects, and Foundation's
# Data(contentsOf:) leaks its buffer when it reads an empty file.
suppressions="$(mktemp "${TMPDIR:-/tmp}/kg-lsan.XXXXXX")"
trap 'rm -f "$suppressions"' EXIT
printf 'leak:libXCTest.so\nleak:readBytesFromFile\n' >"$suppressions"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}"

start=$SECONDS
echo "sanitize: building the tests with -sanitize=$kind in $scratch" >&2
swift build --build-tests "${flags[@]}" --scratch-path "$scratch"
echo "sanitize: built in $((SECONDS - start)) s" >&2
test_start=$SECONDS
swift test --skip-build "${flags[@]}" --scratch-path "$scratch" ${args[@]+"${args[@]}"}
echo "sanitize: $kind tests passed in $((SECONDS - test_start)) s ($((SECONDS - start)) s with the build)" >&2
