#!/usr/bin/env bash
# Proves the Linux package on this machine (issue #7): builds the .deb, validates the desktop entry and the
# AppStream metainfo, installs it, runs the installed binaries (the GUI on the offscreen platform), and
# removes it again, checking that nothing is left behind. Needs root (or sudo) for dpkg.
#   packaging/linux/check-deb.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

desktop-file-validate packaging/linux/org.sosik.Sosik.desktop
appstreamcli validate --no-net packaging/linux/org.sosik.Sosik.metainfo.xml

cmake --build "$build" --target sosik sosik-cli
(cd "$build" && cpack -G DEB > /dev/null)
deb=$(ls -t "$build"/packages/sosik_*.deb | head -n 1)
echo "[check-deb] package: $deb"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"

as_root apt-get install -y -qq "./$deb" > /dev/null 2>&1 || as_root dpkg -i "$deb"
trap 'as_root dpkg -r sosik > /dev/null 2>&1 || true' EXIT
/usr/bin/sosik --version
/usr/bin/sosik-cli --version
test -f /usr/share/applications/org.sosik.Sosik.desktop
test -f /usr/share/metainfo/org.sosik.Sosik.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.sosik.Sosik.svg
desktop-file-validate /usr/share/applications/org.sosik.Sosik.desktop
# the GUI starts on the demo and keeps running until stopped (exit 124 from timeout = still alive)
set +e
HOME="$(mktemp -d)" QT_QPA_PLATFORM=offscreen timeout 8 /usr/bin/sosik --demo > /dev/null 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
    echo "[check-deb] sosik --demo exited early with $status"
    exit 1
fi
as_root dpkg -r sosik > /dev/null
trap - EXIT
for f in /usr/bin/sosik /usr/bin/sosik-cli /usr/share/applications/org.sosik.Sosik.desktop; do
    if [ -e "$f" ]; then
        echo "[check-deb] left behind after removal: $f"
        exit 1
    fi
done
echo "[check-deb] OK: built, validated, installed, ran, removed"
