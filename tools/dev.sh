#!/usr/bin/env bash
# The README's two commands:
#   tools/dev.sh demo   install what is missing, build, and launch Sosik on the bundled offline demo source
#   tools/dev.sh test   the same setup, then the whole test suite (GUI tests on the offscreen platform)
#   tools/dev.sh asan   the core and CLI tests again, built with AddressSanitizer + UBSan (build-asan/)
#   tools/dev.sh fuzz   each libFuzzer target for 60 s (or SECONDS) under ASan+UBSan (fuzz/run.sh, build-fuzz/)
set -euo pipefail
cd "$(dirname "$0")/.."

command="${1:-demo}"
preset="${SOSIK_PRESET:-dev}"
if [ "${CI:-}" = "true" ]; then
    preset=ci
fi

if [ "$command" = fuzz ]; then
    tools/setup.sh fuzz
else
    tools/setup.sh
fi
cmake --preset "$preset"
cmake --build --preset "$preset"

case "$command" in
build) ;;
demo)
    shift || true
    app=build/app/gui/sosik
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname -s)" = Darwin ]; then
        exec "$app" --demo "$@"
    fi
    echo "[dev] no display found: starting Sosik under Xvfb (install a desktop session to see the window)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo "$@"
    ;;
test)
    ctest --preset "$preset"
    ;;
asan)
    # no GUI or benchmarks: the core and CLI suites are what reads hostile bytes (#17)
    cmake --preset asan -DSOSIK_BUILD_GUI=OFF -DSOSIK_BUILD_BENCH=OFF
    cmake --build --preset asan
    # every report goes to a file as well as failing its test: a report in a child (sosik-cli run by a test) whose
    # test only looks at the exit code still fails the run
    reports="$PWD/build-asan/sanitizer-reports"
    rm -rf "$reports"
    mkdir -p "$reports"
    status=0
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}:log_path=$reports/asan" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}:log_path=$reports/ubsan" \
        ctest --preset asan -L "${SOSIK_ASAN_LABELS:-core|cli}" || status=$?
    if [ -n "$(ls -A "$reports")" ]; then
        echo "[asan] sanitizer reports:"
        for report in "$reports"/*; do
            echo "--- $report"
            cat "$report"
        done
        status=1
    fi
    exit "$status"
    ;;
fuzz)
    exec fuzz/run.sh "${2:-60}"
    ;;
*)
    echo "usage: tools/dev.sh demo|test|build|asan|fuzz" >&2
    exit 2
    ;;
esac
