#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What installing the .deb costs a lab PC (issue 15's benchmark): the package's own installed
# size, and the installed size of everything its Depends pull in on a minimal Debian 12 (the
# packages apt would install for it on an empty system, less the packages every Debian system
# has: Essential, and priority required or important). Needs apt's lists (apt-get update).
#
#   bash packaging/deb-size.sh [BUILD_DIR]     (default: build; run the package target first)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

# shellcheck source=packaging/newest-deb.sh
source packaging/newest-deb.sh
deb=$(newest_deb "$build_dir" deb-size)

own_kb=$(dpkg-deb -f "$deb" Installed-Size)
file_kb=$(( $(stat -c %s "$deb") / 1024 ))
# The Depends field, without versions and alternatives beyond the first.
mapfile -t direct < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$')

# What apt would install for them on a system with nothing installed (a simulation against an
# empty package status; no Recommends), then less what every Debian system has.
empty_status=$(mktemp)
trap 'rm -f "$empty_status"' EXIT
mapfile -t closure < <(apt-get install -s -o Dir::State::status="$empty_status" \
    --no-install-recommends "${direct[@]}" 2>/dev/null | awk '/^Inst /{print $2}' | sort -u)
if ((${#closure[@]} == 0)); then
    echo "deb-size: apt could not work out the dependencies (run apt-get update first)" >&2
    exit 1
fi

# A minimal Debian 12 (debootstrap's minbase): the Essential and "required" packages and
# what they need.
mapfile -t essential < <(apt-cache dumpavail | awk '/^Package:/{p=$2} /^(Essential: yes|Priority: required)/{print p}' | sort -u)
declare -A minbase=()
while read -r pkg; do minbase[$pkg]=1; done < <(apt-get install -s -o Dir::State::status="$empty_status" \
    --no-install-recommends "${essential[@]}" 2>/dev/null | awk '/^Inst /{print $2}')

total_kb=0
counted=0
base=0
for pkg in "${closure[@]}"; do
    if [[ -n "${minbase[$pkg]:-}" ]]; then
        base=$((base + 1))
        continue
    fi
    fields=$(apt-cache show --no-all-versions "$pkg" 2>/dev/null | grep -E '^Installed-Size:' || true)
    [[ -z "$fields" ]] && continue
    size=$(grep -m1 '^Installed-Size:' <<<"$fields" | awk '{print $2}')
    total_kb=$((total_kb + ${size:-0}))
    counted=$((counted + 1))
done

printf 'deb-size: %s\n' "$(basename "$deb")"
printf '  %-52s %8.1f MB\n' "the .deb file" "$(echo "$file_kb / 1024" | bc -l)"
printf '  %-52s %8.1f MB\n' "installed: the package itself" "$(echo "$own_kb / 1024" | bc -l)"
printf '  %-52s %8.1f MB\n' "installed: its dependencies ($counted packages)" "$(echo "$total_kb / 1024" | bc -l)"
printf '  %-52s %8.1f MB\n' "installed in all on a minimal Debian 12" "$(echo "($own_kb + $total_kb) / 1024" | bc -l)"
printf '  (%d of the packages apt would install are in every Debian system and not counted)\n' "$base"
