#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the demo videos of the two video jobs (resources/demo/README.md) with the ffmpeg
# program. Run once by a developer; the results are committed, so building the program does
# not need ffmpeg. Each part has its own colour and name, and the frame's timecode is burnt in,
# so a person can check a locator against the picture; the sound changes where "music" starts.
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# part NAME COLOUR SECONDS: a coloured clip with the part's name and the burnt-in timecode.
part() {
    echo "color=c=$2:s=480x270:r=25:d=$3,drawtext=fontfile=$font:text='$1':fontsize=34:fontcolor=white:x=(w-text_w)/2:y=h/2-40"
}

# Program parts (29 s at 25 fps): ident 0-3 s, opening credits 3-8 s (music), main program
# 8-24 s (speech-like low tone, no music), end credits 24-29 s (music). No recap, no next episode.
ffmpeg -v error -y \
    -f lavfi -i "$(part 'IDENT' '#7a1f1f' 3)" \
    -f lavfi -i "$(part 'OPENING CREDITS' '#1f4f7a' 5)" \
    -f lavfi -i "$(part 'MAIN PROGRAM' '#2f5f2f' 16)" \
    -f lavfi -i "$(part 'END CREDITS' '#5a2f6f' 5)" \
    -f lavfi -i "sine=f=1000:d=0.4,apad=whole_dur=3" \
    -f lavfi -i "aevalsrc='0.25*sin(2*PI*440*t)+0.2*sin(2*PI*660*t)':d=5" \
    -f lavfi -i "aevalsrc='0.06*sin(2*PI*180*t)*(0.5+0.5*sin(2*PI*3*t))':d=16" \
    -f lavfi -i "aevalsrc='0.25*sin(2*PI*523*t)+0.2*sin(2*PI*784*t)':d=5" \
    -filter_complex "[0:v][1:v][2:v][3:v]concat=n=4:v=1:a=0,drawtext=fontfile=$font:timecode='00\:00\:00\:00':rate=25:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.6:x=10:y=h-36[v];[4:a][5:a][6:a][7:a]concat=n=4:v=0:a=1[a]" \
    -map "[v]" -map "[a]" -c:v libx264 -preset veryslow -crf 30 -g 50 -pix_fmt yuv420p \
    -c:a aac -b:a 48k -ar 48000 -ac 1 -movflags +faststart program-parts/aflevering-12.mp4

# Ad breaks (30 s at 25 fps): program 0-10 s (background music from 5 s), ad break 10-20 s,
# program 20-30 s without music.
ffmpeg -v error -y \
    -f lavfi -i "$(part 'PROGRAM' '#2f4f6f' 10)" \
    -f lavfi -i "$(part 'RECLAME' '#b36b00' 10)" \
    -f lavfi -i "$(part 'PROGRAM' '#2f4f6f' 10)" \
    -f lavfi -i "aevalsrc='0.06*sin(2*PI*180*t)*(0.5+0.5*sin(2*PI*3*t))+if(gte(t,5),0.2*sin(2*PI*392*t)+0.15*sin(2*PI*494*t),0)':d=10" \
    -f lavfi -i "aevalsrc='0.3*sin(2*PI*880*t)*(0.5+0.5*sin(2*PI*2*t))':d=10" \
    -f lavfi -i "aevalsrc='0.06*sin(2*PI*180*t)*(0.5+0.5*sin(2*PI*3*t))':d=10" \
    -filter_complex "[0:v][1:v][2:v]concat=n=3:v=1:a=0,drawtext=fontfile=$font:timecode='10\:00\:00\:00':rate=25:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.6:x=10:y=h-36[v];[3:a][4:a][5:a]concat=n=3:v=0:a=1[a]" \
    -map "[v]" -map "[a]" -c:v libx264 -preset veryslow -crf 30 -g 50 -pix_fmt yuv420p \
    -c:a aac -b:a 48k -ar 48000 -ac 1 -timecode 10:00:00:00 -movflags +faststart ad-breaks/uitzending-3.mp4
