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

tools/setup.sh
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
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        ctest --preset asan -L "core|cli"
    ;;
fuzz)
    exec fuzz/run.sh "${2:-60}"
    ;;
*)
    echo "usage: tools/dev.sh demo|test|build|asan|fuzz" >&2
    exit 2
    ;;
esac
