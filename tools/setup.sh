#!/usr/bin/env bash
# Installs what building and testing Sosik needs, and nothing that is already there.
# Debian/Ubuntu (apt-get), Fedora (dnf), macOS (Homebrew); prints instructions on Windows.
# Idempotent; uses sudo when not root; prints what it installs.
#   tools/setup.sh        what building and testing needs (the ASan build uses the compiler's own runtime)
#   tools/setup.sh fuzz   that, plus clang and its libFuzzer runtime for fuzz/run.sh (#17)
set -euo pipefail

fuzz=false
if [ "${1:-}" = fuzz ]; then
    fuzz=true
fi

say() { printf '[setup] %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

debian() {
    local wanted=(
        build-essential cmake ninja-build ccache pkg-config git
        qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
        libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n qt6-qpa-plugins libgl-dev
        libgumbo-dev libsqlite3-dev python3 python3-yaml xvfb xauth fonts-noto-cjk clang-format-15
        desktop-file-utils appstream dpkg-dev file
        qtkeychain-qt6-dev # sync account passwords in the system keychain (#16); without it: in the cache, warned
    )
    if $fuzz; then
        wanted+=(clang libclang-rt-dev) # libclang_rt.fuzzer and clang's ASan/UBSan runtimes
    fi
    local missing=()
    for p in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all packages present"
        return
    fi
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

fedora() {
    local wanted=(gcc-c++ cmake ninja-build ccache git qt6-qtbase-devel qt6-qttools-devel qt6-linguist
        gumbo-parser-devel sqlite-devel qt6-qtsvg qtkeychain-qt6-devel python3 python3-pyyaml xorg-x11-server-Xvfb google-noto-sans-cjk-fonts clang-tools-extra
        desktop-file-utils appstream)
    if $fuzz; then
        wanted+=(clang compiler-rt)
    fi
    local missing=()
    for p in "${wanted[@]}"; do
        rpm -q "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all packages present"
        return
    fi
    say "installing: ${missing[*]}"
    as_root dnf install -y "${missing[@]}"
}

macos() {
    if ! command -v brew >/dev/null 2>&1; then
        say "Homebrew is required: https://brew.sh"
        exit 1
    fi
    local missing=()
    local formulae=(qt cmake ninja ccache python clang-format gumbo-parser pkg-config qtkeychain)
    if $fuzz; then
        formulae+=(llvm) # Apple's clang has no libFuzzer
    fi
    for p in "${formulae[@]}"; do
        brew list --versions "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all packages present"
        return
    fi
    say "installing: ${missing[*]}"
    brew install "${missing[@]}"
}

case "$(uname -s)" in
Linux)
    if command -v apt-get >/dev/null 2>&1; then
        debian
    elif command -v dnf >/dev/null 2>&1; then
        fedora
    else
        say "unsupported Linux distribution: install Qt 6.4+ (Core, Gui, Widgets, Network, Sql, Test, LinguistTools), CMake 3.21+, Ninja, Python 3"
        exit 1
    fi
    ;;
Darwin)
    macos
    ;;
MINGW* | MSYS* | CYGWIN*)
    cat <<'MSG'
[setup] Windows: install
  - Visual Studio 2022 (Desktop development with C++), which brings CMake and Ninja
  - Qt 6.4 or newer for MSVC 2019/2022 64-bit from the Qt online installer (with Qt Linguist tools),
    or: vcpkg install qtbase[sql-sqlite] qttools
  - gumbo (the HTML5 parser for full-text extraction) and SQLite: vcpkg install gumbo:x64-windows sqlite3:x64-windows
  - Python 3 (for the conformance test)
then, from a "x64 Native Tools" prompt:
  cmake --preset dev -DCMAKE_PREFIX_PATH="C:/Qt/6.x/msvc2019_64;C:/vcpkg/installed/x64-windows"
  cmake --build --preset dev
  ctest --preset dev
MSG
    exit 1
    ;;
*)
    say "unknown system $(uname -s)"
    exit 1
    ;;
esac
