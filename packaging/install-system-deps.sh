#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the program and its tests need (Qt's runtime
# libraries, fonts, poppler for PDF checks, python3-venv, and PostgreSQL's server, for the
# tests on that engine: they start a throwaway cluster of their own, tests/pg_cluster.py).
# Does nothing when all are present; on other systems it only prints what to install.
set -euo pipefail

packages=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1
    fonts-dejavu-core poppler-utils postgresql
)
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    packages+=(python3-venv)
fi

if ! command -v dpkg >/dev/null 2>&1; then
    echo "Not a Debian system: make sure Qt 6's xcb/EGL libraries and poppler are installed."
    exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "Please install as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
echo "Installing system packages: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
