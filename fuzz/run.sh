#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time under ASan+UBSan (issue #17, "keep proving it").
#   fuzz/run.sh [SECONDS]       default 60 per target
# Seeds: tests/data (feeds, pages, opml) and, when present, ../shared/conformance/corpus (outside the repo; CI has
# only tests/data). Nothing is copied into the repository: the writable corpus lives in build-fuzz/corpus/.
# A crash, leak or timeout fails the script; its input is in build-fuzz/artifacts/TARGET/ — turn it into a
# regression test (tests/core/TestHostile.cpp) and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "[fuzz] installing clang (libFuzzer comes with it)"
    tools/setup.sh fuzz
fi

build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOSIK_FUZZ=ON \
    -DSOSIK_BUILD_GUI=OFF -DSOSIK_BUILD_TESTS=OFF -DSOSIK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target fuzz-feed fuzz-sanitize fuzz-extract fuzz-opml

conformance="../shared/conformance/corpus"
seeds_for() {
    case "$1" in
    feed) echo tests/data/feeds ;;
    sanitize | extract) echo tests/data/pages ;;
    opml) echo tests/data/opml ;;
    esac
    if [ -d "$conformance" ] && [ "${CI:-}" != "true" ]; then
        echo "$conformance"
    fi
}

# no leak checks: the decoder and entity tables are built once and kept on purpose (LeakSanitizer reports them)
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="*.debug=false;*.warning=false"
failed=0
for target in feed sanitize extract opml; do
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    # shellcheck disable=SC2046
    if ! "$build/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" $(seeds_for "$target") \
        >"$build/fuzz-$target.log" 2>&1; then
        echo "[fuzz] fuzz-$target FAILED: see $build/fuzz-$target.log and $artifacts/"
        tail -40 "$build/fuzz-$target.log"
        failed=1
    else
        echo "[fuzz] fuzz-$target: $(grep -E 'stat::number_of_executed_units' "$build/fuzz-$target.log" | awk '{print $2}') runs, no crash"
    fi
done
exit "$failed"
