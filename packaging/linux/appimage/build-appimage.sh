#!/usr/bin/env bash
# Builds Sosik-VERSION-x86_64.AppImage (issue #7) with linuxdeploy and its Qt plugin, which a Linux CI runner
# downloads (this machine has no internet, so CI runs it; packaging/check-recipes.py checks it statically).
#   packaging/linux/appimage/build-appimage.sh [BUILD_DIR]
# Needs: a Release build in BUILD_DIR, qmake6 (Qt 6) on PATH or QMAKE set, wget, FUSE or APPIMAGE_EXTRACT_AND_RUN=1.
set -euo pipefail
cd "$(dirname "$0")/../../.."
build="${1:-build}"
tools="$build/appimage-tools"
appdir="$build/AppDir"
mkdir -p "$tools"
fetch() { [ -x "$tools/$1" ] || { wget -q -O "$tools/$1" "$2"; chmod +x "$tools/$1"; }; }
fetch linuxdeploy-x86_64.AppImage \
    https://github.com/linuxdeploy/linuxdeploy/releases/download/continuous/linuxdeploy-x86_64.AppImage
fetch linuxdeploy-plugin-qt-x86_64.AppImage \
    https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-x86_64.AppImage

rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr
export APPIMAGE_EXTRACT_AND_RUN=1
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
# SQLite driver and the platform plugins are loaded at run time: name them so the Qt plugin bundles them
export EXTRA_QT_MODULES="sql"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqoffscreen.so"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
export LINUXDEPLOY_OUTPUT_VERSION="$version"
PATH="$tools:$PATH" "$tools/linuxdeploy-x86_64.AppImage" --appdir "$appdir" --plugin qt --output appimage \
    --desktop-file "$appdir/usr/share/applications/org.sosik.Sosik.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/org.sosik.Sosik.png"
mkdir -p "$build/packages"
mv Sosik-*.AppImage "$build/packages/"
image=$(ls -t "$build"/packages/Sosik-*.AppImage | head -n 1)
# the AppImage starts and answers without a display
QT_QPA_PLATFORM=offscreen "$image" --version
echo "[appimage] $image"
