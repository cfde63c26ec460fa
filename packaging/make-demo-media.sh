#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the demo tasks' images in resources/demo/<job>/ with ImageMagick 6 (Debian package
# "imagemagick"). Everything is drawn from fixed seeds and fixed coordinates, so the same
# ImageMagick version gives the same pictures. The images are CC0 (see resources/demo/README.md).
# The texts, schemas and instructions beside them are written by hand, not by this script.
#
#   bash packaging/make-demo-media.sh [OUTPUT_DIR]     (default: resources/demo)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$repo_root/resources/demo}
mkdir -p "$out"/{dike-cracks,train-buffers,lamp-posts,erosion,thumbnails,thumbnail-pairs}

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
    -blur 0x0.8 "${jpeg[@]}" "$out/dike-cracks/dike-crack-1.jpg"

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
    "${jpeg[@]}" "$out/erosion/dike-erosion-1.jpg"

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
    -blur 0x1 "${jpeg[@]}" "$out/train-buffers/train-buffer-1.jpg"

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
    "${jpeg[@]}" "$out/lamp-posts/lamp-post-1.jpg"

# --- thumbnail.jpg: a colourful abstract broadcast thumbnail (640x360) ---------------------
"$convert" -size 640x360 -seed 4401 plasma:fractal -blur 0x6 -modulate 100,160,100 \
    -stroke none -fill '#ffffff80' -draw "circle 470,150 470,70" \
    -fill '#1d2a6e' -draw "polygon 0,360 0,240 220,360" \
    -fill '#ffcc33' -draw "roundrectangle 40,40 250,90 12,12" \
    "${jpeg[@]}" "$out/thumbnails/thumbnail-1.jpg"


# --- dike-crack-2.jpg: another slope, a crack from the top right down, and a sheep on it -----
"$convert" -size 1600x1200 -seed 1201 plasma:fractal -colorspace Gray -blur 0x4 -auto-level \
    \( -size 1x1 xc:'#44621f' xc:'#6a8a36' xc:'#7f9b45' xc:'#a3b968' +append \
       -filter Triangle -resize '256x1!' \) -clut \
    \( -size 1600x1200 -seed 1202 xc:gray50 +noise Gaussian -colorspace Gray \
       -motion-blur 0x7+105 \) -compose Overlay -composite \
    -compose Over \
    -fill none -stroke '#2a2118' -strokewidth 8 -draw "stroke-linejoin round stroke-linecap round \
        path 'M 1540,120 L 1450,190 1395,300 1300,360 1240,470 1130,540 1065,655 960,720
                905,835 790,905 700,1010 610,1080'" \
    -stroke '#3a2d20' -strokewidth 5 -draw "stroke-linejoin round stroke-linecap round \
        path 'M 260,420 L 340,470 430,455 520,520 600,515'" \
    -stroke none -fill '#e9e4d6' -draw "ellipse 1010,660 95,62 0,360" \
    -fill '#2b2623' -draw "ellipse 1118,628 34,26 0,360" \
    -fill '#2b2623' -draw "rectangle 950,705 966,760" -draw "rectangle 990,712 1006,768" \
    -draw "rectangle 1030,712 1046,768" -draw "rectangle 1070,705 1086,760" \
    -blur 0x0.8 "${jpeg[@]}" "$out/dike-cracks/dike-crack-2.jpg"

# --- dike-erosion-2.jpg: a smoother slope with two bare patches near the water line ---------
"$convert" -size 1600x1200 -seed 5601 plasma:fractal -colorspace Gray -blur 0x8 -auto-level \
    \( -size 1x1 xc:'#4a6b24' xc:'#62853a' xc:'#7d9c4b' +append \
       -filter Triangle -resize '256x1!' \) -clut \
    -fill '#4f6f86' -draw "rectangle 0,1020 1600,1200" \
    \( -size 1600x1200 xc:none -stroke none -fill '#86694a' -draw "path 'M 180,760 L 330,700 \
        470,745 560,700 640,800 590,930 440,990 300,960 200,880 Z'" \
       -fill '#7d6044' -draw "path 'M 980,560 L 1120,520 1260,590 1330,700 1250,800 1090,790 \
        1010,700 Z'" -seed 5603 -attenuate 0.4 +noise Multiplicative -blur 0x4 \) \
    -compose Over -composite \
    "${jpeg[@]}" "$out/erosion/dike-erosion-2.jpg"

# --- train-buffer-2.jpg: a blue headstock, the right buffer dented, a rusty stripe ---------
"$convert" -size 1600x1200 gradient:'#9aa0a6-#62676c' \
    -stroke none \
    -fill '#2f3338' -draw "roundrectangle 120,470 1480,900 40,40" \
    -fill '#1f3f73' -draw "roundrectangle 150,500 1450,870 30,30" \
    -fill '#242527' -draw "roundrectangle 250,560 560,810 24,24" \
    -fill '#242527' -draw "roundrectangle 1040,560 1350,810 24,24" \
    -fill '#1a1b1c' -draw "circle 405,685 405,455" \
    -fill '#1a1b1c' -draw "circle 1195,685 1195,455" \
    -fill '#44474c' -draw "circle 405,685 405,475" \
    -fill '#44474c' -draw "circle 1195,685 1195,475" \
    -fill '#26282b' -draw "ellipse 1260,600 70,40 20,200" \
    -fill '#7a4b26' -draw "rectangle 620,820 980,845" \
    -blur 0x1 "${jpeg[@]}" "$out/train-buffers/train-buffer-2.jpg"

# --- lamp-post-2.jpg: a grey sky, a leaning lamp post with a broken lamp and graffiti -------
"$convert" -size 1600x1200 gradient:'#9ea7b0-#dfe3e7' \
    -stroke none -fill '#5f6368' -draw "polygon 700,1200 820,1200 960,170 860,160" \
    -fill '#4d5156' -draw "roundrectangle 800,100 1120,170 28,28" \
    -fill '#3a3a36' -draw "roundrectangle 830,155 1090,185 12,12" \
    -fill none -stroke '#d43f8d' -strokewidth 9 -draw "stroke-linecap round \
        path 'M 770,880 C 800,820 840,900 870,840 S 900,800 880,900'" \
    -stroke '#2f9e5b' -strokewidth 7 -draw "stroke-linecap round \
        path 'M 760,960 L 800,930 820,980 860,950'" \
    -stroke none -fill '#555a60' -draw "rectangle 660,1130 860,1200" \
    -blur 0x0.8 "${jpeg[@]}" "$out/lamp-posts/lamp-post-2.jpg"

# --- thumbnail-2.jpg: a dark, blurred thumbnail (problems: blurred, too dark) --------------
"$convert" -size 640x360 -seed 4501 plasma:fractal -modulate 100,120,100 \
    -stroke none -fill '#f0e6c8' -draw "circle 200,180 200,110" \
    -fill '#1d2a6e' -draw "rectangle 380,60 600,300" \
    -blur 0x9 -level 0%,260% "${jpeg[@]}" "$out/thumbnails/thumbnail-2.jpg"

# --- thumbnail-3.jpg: an overexposed thumbnail with tiny "text" (too light, unreadable) ----
"$convert" -size 640x360 -seed 4601 plasma:fractal -blur 0x5 -modulate 100,70,100 \
    -stroke none -fill '#c0c8d0' -draw "roundrectangle 40,250 600,330 10,10" \
    -fill '#e6eaee' \
    -draw "rectangle 60,270 92,280" -draw "rectangle 98,270 140,280" -draw "rectangle 146,270 170,280" \
    -draw "rectangle 176,270 230,280" -draw "rectangle 236,270 260,280" -draw "rectangle 266,270 330,280" \
    -draw "rectangle 60,292 120,302" -draw "rectangle 126,292 150,302" -draw "rectangle 156,292 210,302" \
    -draw "rectangle 216,292 280,302" -draw "rectangle 286,292 300,302" \
    -level -60%,100% "${jpeg[@]}" "$out/thumbnails/thumbnail-3.jpg"

# --- thumbnail pairs (NAME_A.jpg / NAME_B.jpg, 640x360) ------------------------------------
# haven: A sharp, B the same picture blurred.
"$convert" -size 640x360 gradient:'#7fb2e5-#e3eef8' \
    -stroke none -fill '#2d4f7a' -draw "rectangle 0,240 640,360" \
    -fill '#ffffff' -draw "polygon 250,230 330,90 330,230" -fill '#c23b22' -draw "polygon 200,232 420,232 390,262 230,262" \
    -fill '#f5c542' -draw "circle 540,70 540,40" \
    "${jpeg[@]}" "$out/thumbnail-pairs/haven_A.jpg"
"$convert" "$out/thumbnail-pairs/haven_A.jpg" -blur 0x6 "${jpeg[@]}" "$out/thumbnail-pairs/haven_B.jpg"
# bos: A too dark, B well lit.
"$convert" -size 640x360 -seed 4701 plasma:'#2f6b2a-#9cc25a' -blur 0x3 \
    -stroke none -fill '#5a3b1e' -draw "rectangle 140,120 170,360" -draw "rectangle 430,90 465,360" \
    -fill '#2e5e24' -draw "circle 155,120 155,40" -draw "circle 447,95 447,5" \
    "${jpeg[@]}" "$out/thumbnail-pairs/bos_B.jpg"
"$convert" "$out/thumbnail-pairs/bos_B.jpg" -level 0%,330% "${jpeg[@]}" "$out/thumbnail-pairs/bos_A.jpg"
# plein: A and B differ by a few pixels only (no difference).
"$convert" -size 640x360 -seed 4801 plasma:'#c9b79c-#8a7f73' -blur 0x4 \
    -stroke none -fill '#b33a3a' -draw "roundrectangle 80,90 240,300 8,8" \
    -fill '#3a6fb3' -draw "roundrectangle 300,140 420,300 8,8" \
    -fill '#e8c547' -draw "roundrectangle 470,60 580,300 8,8" \
    "${jpeg[@]}" "$out/thumbnail-pairs/plein_A.jpg"
"$convert" "$out/thumbnail-pairs/plein_A.jpg" -roll +2+0 "${jpeg[@]}" "$out/thumbnail-pairs/plein_B.jpg"

ls -l "$out"/*/*.jpg
