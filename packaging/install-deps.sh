#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 (bookworm) packages that Annostraat's build, tests and GUI need.
# Only packages that are missing are installed, and `apt-get update` runs only then, so a
# second run changes nothing and prints one line.
set -euo pipefail

packages=(
    # build tools
    cmake ninja-build g++ ccache pkg-config git
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-multimedia-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite
    qt6-qpa-plugins libgl-dev
    # only recommended by qt6-base-dev, but Qt6Charts' CMake package needs Qt6OpenGL
    libqt6opengl6-dev
    # store, tests, packages
    libsqlite3-dev sqlite3 catch2 libzip-dev
    # media (TIFF and WebP images come from Qt's image-format plugins)
    qt6-image-formats-plugins libopencv-dev libavformat-dev libavcodec-dev libswscale-dev libswresample-dev libavutil-dev
    # orthophotos (GeoTIFF of any size, GeoJSON/GeoPackage export); gdal-bin makes the tests' GeoTIFFs
    libgdal-dev gdal-bin
    # test-only: the ffmpeg program makes the video and audio tests' and benchmarks' media
    # (the application itself uses only the libav* libraries above)
    ffmpeg
    # test-only: xmllint checks every exported ELAN file against MPI's EAF 3.0 schema
    libxml2-utils
    # test-only: a PulseAudio server of the tests' own (a null sink on a private socket,
    # started by the sound-device test) so the QAudioSink path plays to a real sound server;
    # parec records what reached it
    pulseaudio pulseaudio-utils
    # running the GUI without a display, and a font for offscreen widget tests
    xvfb xauth fonts-dejavu-core
    # packaging-only: the .deb (CPack runs dpkg-shlibdeps and file for its Depends) and its
    # checks in CI (packaging/lint-deb.sh: lintian, appstreamcli, desktop-file-validate)
    dpkg-dev file lintian appstream desktop-file-utils
    # packaging-only: the PNG icons from the SVG (packaging/render-icons.sh) and the fresh
    # Debian root that packaging/test-install.sh installs the .deb into
    librsvg2-bin debootstrap
    # portability check: the clang preset (-Werror, and the libFuzzer targets)
    clang
)

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "All build dependencies are installed."
    exit 0
fi

if ((EUID == 0)); then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps.sh: missing packages: ${missing[*]}" >&2
    echo "install-deps.sh: run this script as root (or install sudo) to install them." >&2
    exit 1
fi

echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
echo "All build dependencies are installed."
