#!/usr/bin/env bash
# Installs every Debian 12 package Floorbridge needs to build, test and run. Idempotent: re-running installs nothing new.
# This script is the one source of truth for dependencies; CI and the README commands call it.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git file ccache
    # Qt 6.4 (Qt Charts needs Qt6OpenGL's CMake files, only a Recommends of qt6-base-dev)
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
    qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev
    qt6-qpa-plugins libgl-dev libxkbcommon-dev
    # libraries
    qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libzint-dev libhidapi-dev libsqlite3-dev sqlite3
    # Devanagari glyphs for the Hindi interface (Noto Sans Devanagari)
    fonts-noto-core
    # tests: virtual serial ports, a real secret service, a session bus, a display, HTTP load, PDF checks,
    # real X key events (XTest) and screenshots
    socat gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth curl poppler-utils xdotool imagemagick
    # formatting and static analysis (the CheckFormat and CheckTidy tests)
    clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
