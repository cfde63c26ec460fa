#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders resources/icons/nl.annostraat.Annostraat.svg to the PNG sizes the .deb installs into
# the hicolor theme (resources/icons/png/<size>.png). Run it after changing the SVG and commit
# the PNGs: the package build then needs no SVG renderer. Needs rsvg-convert (librsvg2-bin,
# installed by packaging/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/nl.annostraat.Annostraat.svg
out=resources/icons/png
mkdir -p "$out"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/$size.png"
done
echo "render-icons: $(find "$out" -name '*.png' | wc -l) PNG sizes written to $out/"
