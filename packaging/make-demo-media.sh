#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the demo task's images in resources/demo/ with ImageMagick 6 (Debian package
# "imagemagick"). Everything is drawn from fixed seeds and fixed coordinates, so the same
# ImageMagick version gives the same pictures. The images are CC0 (see resources/demo/README.md).
#
#   bash packaging/make-demo-media.sh [OUTPUT_DIR]     (default: resources/demo)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$repo_root/resources/demo}
mkdir -p "$out"

# Prefer the real binary; a stand-in earlier on PATH may not do everything below.
convert=${CONVERT:-convert}
if [[ -x /usr/bin/convert && -z "${CONVERT:-}" ]]; then
    convert=/usr/bin/convert
fi
if ! "$convert" -version 2>/dev/null | grep -q '^Version: ImageMagick'; then
    echo "make-demo-media.sh: ImageMagick's convert is needed (apt-get install imagemagick)." >&2
    exit 1
fi

# Lines are drawn as paths, not "polyline": ImageMagick 6.9.11 rejects some polylines with round
# caps ("non-conforming drawing primitive definition").

# Plain JPEG without metadata or timestamps, so a rerun writes the same bytes.
jpeg=(-strip -sampling-factor 4:2:0 -interlace none -quality 82)

# --- dike-crack.jpg: grassy dike slope seen from a drone, one crack across with a branch ----
"$convert" -size 1600x1200 -seed 1101 plasma:fractal -colorspace Gray -blur 0x4 -auto-level \
    \( -size 1x1 xc:'#3d5a1c' xc:'#5f8030' xc:'#78683f' xc:'#6f8f3a' xc:'#9db35f' +append \
       -filter Triangle -resize '256x1!' \) -clut \
    \( -size 1600x1200 -seed 1102 xc:gray50 +noise Gaussian -colorspace Gray \
       -motion-blur 0x7+75 \) -compose Overlay -composite \
    \( -size 1600x1200 gradient:'#ffffff-#bdbdbd' \) -compose Multiply -composite \
    -compose Over \
    -fill none -stroke '#2a2118' -strokewidth 9 -draw "stroke-linejoin round stroke-linecap round \
        path 'M 40,310 L 160,352 255,338 372,401 470,455 548,447 640,512 745,560 812,618
                905,640 1010,702 1098,760 1184,772 1275,836 1360,905 1447,948 1560,1010'" \
    -strokewidth 4 -draw "stroke-linejoin round stroke-linecap round \
        path 'M 745,560 L 790,505 862,488 930,430 1012,412'" \
    -stroke '#4a3b2a' -strokewidth 3 -draw "stroke-linecap round \
        path 'M 1098,760 L 1120,840 1105,905'" \
    -blur 0x0.8 "${jpeg[@]}" "$out/dike-crack.jpg"

# --- dike-erosion.jpg: grassy dike slope with an irregular bare patch (polygon tool) ---------
"$convert" -size 1600x1200 -seed 5501 plasma:fractal -colorspace Gray -blur 0x5 -auto-level \
    \( -size 1x1 xc:'#3d5a1c' xc:'#55782b' xc:'#6f8f3a' xc:'#8fae52' +append \
       -filter Triangle -resize '256x1!' \) -clut \
    \( -size 1600x1200 -seed 5502 xc:gray50 +noise Gaussian -colorspace Gray \
       -motion-blur 0x6+70 \) -compose Overlay -composite \
    -compose Over \
    \( -size 1600x1200 xc:none -stroke none -fill '#7a5f3e' -draw "path 'M 520,330 L 700,280 \
        860,350 990,300 1130,420 1100,560 1180,700 1020,820 880,760 760,880 600,800 560,650 \
        430,560 480,430 Z'" -fill '#5e4830' -draw "path 'M 700,480 L 820,450 900,540 860,640 \
        760,660 690,580 Z'" -seed 5503 -attenuate 0.5 +noise Multiplicative -blur 0x3 \) \
    -compose Over -composite \
    "${jpeg[@]}" "$out/dike-erosion.jpg"

# --- train-buffer.jpg: grey steel headstock with two round buffer heads --------------------
"$convert" -size 1600x1200 gradient:'#a3a6a9-#6b6e72' \
    \( -size 1600x1200 -seed 2201 xc:gray50 +noise Gaussian -colorspace Gray -blur 0x2 \) \
    -compose Overlay -composite \
    -stroke none \
    -fill '#3b3d40' -draw "roundrectangle 120,470 1480,900 40,40" \
    -fill '#8a2f24' -draw "roundrectangle 150,500 1450,870 30,30" \
    -fill '#242527' -draw "roundrectangle 250,560 560,810 24,24" \
    -fill '#242527' -draw "roundrectangle 1040,560 1350,810 24,24" \
    -fill '#1a1b1c' -draw "circle 405,685 405,455" \
    -fill '#1a1b1c' -draw "circle 1195,685 1195,455" \
    -fill '#3e4044' -draw "circle 405,685 405,475" \
    -fill '#3e4044' -draw "circle 1195,685 1195,475" \
    -fill '#55585d' -draw "circle 380,640 380,600" \
    -fill '#55585d' -draw "circle 1170,640 1170,600" \
    -fill '#6b4a2e' -draw "ellipse 470,770 38,22 0,360" \
    -blur 0x1 "${jpeg[@]}" "$out/train-buffer.jpg"

# --- lamp-post.jpg: sky, a grey lamp post with a rusty patch -------------------------------
"$convert" -size 1600x1200 gradient:'#5d8fcf-#d7e6f3' \
    \( -size 1050x120 gradient:'#c2c6cb-#5e6267' -rotate 90 \) \
    -geometry +740+150 -compose Over -composite \
    -stroke none -fill '#6f7378' -draw "roundrectangle 620,90 980,170 30,30" \
    -fill '#f3efd5' -draw "roundrectangle 650,150 950,185 12,12" \
    -fill '#555a60' -draw "rectangle 700,1110 900,1200" \
    \( -size 1600x1200 xc:none -fill '#8b4a1f' -draw "ellipse 800,640 52,95 0,360" \
       -fill '#a85d27' -draw "ellipse 792,610 30,52 0,360" \
       -fill '#6a3514' -draw "ellipse 812,700 24,36 0,360" \
       -seed 3301 -attenuate 0.6 +noise Multiplicative -blur 0x2.5 \) \
    -compose Over -composite \
    "${jpeg[@]}" "$out/lamp-post.jpg"

# --- thumbnail.jpg: a colourful abstract broadcast thumbnail (640x360) ---------------------
"$convert" -size 640x360 -seed 4401 plasma:fractal -blur 0x6 -modulate 100,160,100 \
    -stroke none -fill '#ffffff80' -draw "circle 470,150 470,70" \
    -fill '#1d2a6e' -draw "polygon 0,360 0,240 220,360" \
    -fill '#ffcc33' -draw "roundrectangle 40,40 250,90 12,12" \
    "${jpeg[@]}" "$out/thumbnail.jpg"

ls -l "$out"/*.jpg
