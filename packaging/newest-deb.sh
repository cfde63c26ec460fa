# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the packaging scripts: newest_deb BUILD_DIR SCRIPT_NAME prints the newest
# annostraat_*.deb in BUILD_DIR (an older version's file may still lie there), or says how to
# make one and exits 1.
newest_deb() {
    local build_dir=$1 name=$2 deb candidate
    shopt -s nullglob
    local debs=("$build_dir"/annostraat_*.deb)
    if ((${#debs[@]} == 0)); then
        echo "$name: no annostraat_*.deb in $build_dir/; run: cmake --build --preset default --target package" >&2
        exit 1
    fi
    deb=${debs[0]}
    for candidate in "${debs[@]}"; do
        if [[ "$candidate" -nt "$deb" ]]; then deb=$candidate; fi
    done
    echo "$deb"
}
