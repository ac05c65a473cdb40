#!/usr/bin/env bash
# The README's two commands:
#   tools/dev.sh demo   install what is missing, build, and launch Sosik on the bundled offline demo source
#   tools/dev.sh test   the same setup, then the whole test suite (GUI tests on the offscreen platform)
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
*)
    echo "usage: tools/dev.sh demo|test|build" >&2
    exit 2
    ;;
esac
