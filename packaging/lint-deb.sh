#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the .deb that `cmake --build --preset default --target package` made:
#   lintian (errors fail, warnings are counted and shown), appstreamcli validate on the
#   AppStream file inside the package, desktop-file-validate on its desktop entry.
#
#   bash packaging/lint-deb.sh [BUILD_DIR]     (default: build)
#
# Ends with one line: "lint-deb: <file>: <n> errors, <n> warnings (lintian), AppStream ok,
# desktop entry ok" and exits 1 when any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

# shellcheck source=packaging/newest-deb.sh
source packaging/newest-deb.sh
deb=$(newest_deb "$build_dir" lint-deb)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# --- lintian ----------------------------------------------------------------------------
# --fail-on none: this script decides what fails.
lintian --fail-on none --display-info "$deb" > "$work/lintian.txt" 2>&1 || {
    echo "lint-deb: lintian itself failed:" >&2
    cat "$work/lintian.txt" >&2
    exit 1
}
sed 's/^/  /' "$work/lintian.txt"
errors=$(grep -c '^E: ' "$work/lintian.txt" || true)
warnings=$(grep -c '^W: ' "$work/lintian.txt" || true)
((errors == 0)) || failed=1

# --- the files inside the package --------------------------------------------------------
dpkg-deb -x "$deb" "$work/root"
appstream=ok
metainfo=("$work"/root/usr/share/metainfo/*.metainfo.xml)
if ((${#metainfo[@]} != 1)); then
    appstream="missing"
    failed=1
elif ! appstreamcli validate --no-net --explain "${metainfo[0]}" > "$work/appstream.txt" 2>&1; then
    appstream="FAILED"
    failed=1
fi
sed 's/^/  /' "$work/appstream.txt" 2>/dev/null || true

desktop=ok
entries=("$work"/root/usr/share/applications/*.desktop)
if ((${#entries[@]} != 1)); then
    desktop="missing"
    failed=1
elif ! desktop-file-validate "${entries[0]}" > "$work/desktop.txt" 2>&1 || grep -q 'error:' "$work/desktop.txt"; then
    desktop="FAILED"
    failed=1
fi
sed 's/^/  /' "$work/desktop.txt" 2>/dev/null || true

echo "lint-deb: $(basename "$deb"): $errors errors, $warnings warnings (lintian), AppStream $appstream, desktop entry $desktop"
exit "$failed"
