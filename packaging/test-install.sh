#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the .deb into a fresh Debian 12 root, as a lab PC without developer tools would get
# it, and checks that both programs start there:
#
#   sudo bash packaging/test-install.sh [BUILD_DIR]     (default: build; run as root)
#
# 1. debootstrap --variant=minbase bookworm from deb.debian.org into a temporary folder
#    (the downloaded packages are kept in /var/cache/annostraat-debootstrap for the next run);
# 2. apt-get install ./annostraat_*.deb inside it, so apt resolves the package's Depends from
#    Debian's archive (without Recommends: the Depends alone must be enough);
# 3. annostraat-cli --version, its help in Dutch, and a real job: a profile, a task made from
#    the dike-cracks demo's schema and photos, its statistics and a COCO export;
# 4. the GUI started offscreen (QT_QPA_PLATFORM=offscreen) on that store, which grabs its
#    window once it is shown and quits (--screenshot); the picture is copied to
#    BUILD_DIR/test-install-window.png.
#
# Any failure stops the script with a line that says which step failed. Slow (a few minutes,
# mostly downloads), so not part of CI. Needs debootstrap (packaging/install-deps.sh).
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
build_dir=$(cd "${1:-build}" && pwd)
mirror=${ANNOSTRAAT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=/var/cache/annostraat-debootstrap

fail() {
    echo "test-install: FAILED: $*" >&2
    exit 1
}

((EUID == 0)) || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: bash packaging/install-deps.sh"
shopt -s nullglob
debs=("$build_dir"/annostraat_*.deb)
((${#debs[@]} > 0)) || fail "no annostraat_*.deb in $build_dir; run: cmake --build --preset default --target package"
deb=${debs[0]}
for candidate in "${debs[@]}"; do
    if [[ "$candidate" -nt "$deb" ]]; then deb=$candidate; fi
done

start=$SECONDS
root=$(mktemp -d /tmp/annostraat-root.XXXXXX)
chmod 755 "$root" # apt's _apt user must reach the lists inside it
cleanup() {
    for mount in "$root/proc" "$root/dev/pts" "$root/dev"; do
        if mountpoint -q "$mount"; then umount -l "$mount" || true; fi
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

step() { echo "==> $* ($((SECONDS - start)) s)"; }
# in_root COMMAND...: runs COMMAND in the new root as its root user, with a clean environment.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

step "debootstrap bookworm into $root"
mkdir -p "$cache"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" \
    > "$root.debootstrap.log" 2>&1 || {
    tail -n 20 "$root.debootstrap.log" >&2
    fail "debootstrap (log above)"
}
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What a lab PC gets: the point releases and the security updates too.
cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES

step "apt-get install $(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -q > /dev/null || fail "apt-get update in the new root"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    > "$build_dir/test-install-apt.log" 2>&1 || {
    tail -n 30 "$build_dir/test-install-apt.log" >&2
    fail "apt-get install of the package (log: $build_dir/test-install-apt.log)"
}
echo "    $(grep -c '^Setting up' "$build_dir/test-install-apt.log") packages set up"
for program in annostraat annostraat-cli; do
    missing=$(in_root ldd "/usr/bin/$program" | grep 'not found' || true)
    [[ -z "$missing" ]] || fail "$program misses libraries: $missing"
done

step "annostraat-cli"
version=$(in_root annostraat-cli --version) || fail "annostraat-cli --version"
echo "    $version"
[[ "$version" == annostraat-cli\ * ]] || fail "annostraat-cli --version printed: $version"
in_root env LANG=nl_NL.UTF-8 annostraat-cli --help | grep -q '^Opdrachten:' \
    || fail "annostraat-cli --help is not in Dutch under LANG=nl_NL.UTF-8 (embedded catalogue)"
mkdir -p "$root/tmp/demo/media"
cp resources/demo/dike-cracks/*.jpg "$root/tmp/demo/media/"
cp resources/demo/dike-cracks/schema.json "$root/tmp/demo/"
cli=(annostraat-cli --store /root/lab/store.sqlite)
in_root "${cli[@]}" profile add Lotte --role teamlead > /dev/null || fail "cli: profile add"
task=$(in_root "${cli[@]}" task create --name Dijken --schema /tmp/demo/schema.json \
    --media /tmp/demo/media --author Lotte) || fail "cli: task create"
echo "    task created: $task"
in_root "${cli[@]}" stats Dijken | sed 's/^/    /' || fail "cli: stats"
in_root "${cli[@]}" export Dijken --format coco --out /tmp/dijken-coco.json > /dev/null \
    || fail "cli: export --format coco"
grep -q '"images"' "$root/tmp/dijken-coco.json" || fail "the COCO export has no images"

step "annostraat (GUI, offscreen)"
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 120 annostraat --store /root/lab/store.sqlite \
    --settings-file /root/lab/settings.ini --screenshot /tmp/window.png \
    > "$build_dir/test-install-gui.log" 2>&1 || status=$?
sed 's/^/    /' "$build_dir/test-install-gui.log"
((status == 0)) || fail "the GUI exited with status $status (log above)"
[[ "$(head -c 8 "$root/tmp/window.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] \
    || fail "the GUI wrote no PNG of its window"
cp "$root/tmp/window.png" "$build_dir/test-install-window.png"

# shellcheck disable=SC2016  # ${Installed-Size} is dpkg-query's format, not the shell's
installed=$(in_root dpkg-query -W -f='${Installed-Size}\n' | awk '{s += $1} END {print int(s / 1024)}')
echo "test-install: OK: $(basename "$deb") installed into a fresh Debian 12 root (${installed} MiB installed in all), CLI and GUI ran, in $((SECONDS - start)) s"
