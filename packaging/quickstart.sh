#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One command to go from a fresh checkout to a running app or a tested build.
#
#   bash packaging/quickstart.sh run [ARGS...]   install what is missing, build, start the app
#   bash packaging/quickstart.sh test            install what is missing, build, run every test
#                                                (normal build, then the ASan/UBSan build)
#
# Works from any directory. When started with sudo by an ordinary user, only the package
# installation runs as root; building, testing and the app run as that user, so the build
# folders stay theirs and the app opens their own store, not root's.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

usage() {
    echo "usage: bash packaging/quickstart.sh run [ARGS...] | test" >&2
    exit 2
}

mode=${1:-}
[[ "$mode" == run || "$mode" == test ]] || usage
shift

# --- dependencies (as root when needed) ----------------------------------------------------
if [[ -z "${ANNOSTRAAT_DEPS_CHECKED:-}" ]]; then
    bash packaging/install-deps.sh
fi

# Under sudo, hand over to the user who asked, if the checkout is theirs.
if ((EUID == 0)) && [[ -n "${SUDO_USER:-}" && "$SUDO_USER" != root ]] \
    && [[ "$(stat -c %U "$repo_root")" == "$SUDO_USER" ]] && command -v sudo >/dev/null; then
    keep=(ANNOSTRAAT_DEPS_CHECKED=1)
    for var in DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_RUNTIME_DIR QT_QPA_PLATFORM LANG LANGUAGE; do
        if [[ -n "${!var:-}" ]]; then
            keep+=("$var=${!var}")
        fi
    done
    exec sudo -u "$SUDO_USER" -H env "${keep[@]}" bash "$repo_root/packaging/quickstart.sh" "$mode" "$@"
fi

# ccache keys on paths relative to the checkout, so a second clone (CI's) reuses what an
# earlier build compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo_root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

# --- helpers ---------------------------------------------------------------------------------
now_us() { echo "${EPOCHREALTIME//[!0-9]/}"; }

timings=()
# phase NAME COMMAND...: runs COMMAND, records how long it took, returns its exit status.
phase() {
    local name=$1
    shift
    local start status=0
    start=$(now_us)
    echo "==> $name"
    "$@" || status=$?
    local ms=$((($(now_us) - start) / 1000))
    local line
    line=$(printf '%-20s %5d.%d s' "$name" $((ms / 1000)) $((ms % 1000 / 100)))
    ((status == 0)) || line+="  (failed, exit $status)"
    timings+=("$line")
    return "$status"
}

print_timings() {
    echo "--- time per phase ---"
    printf '%s\n' "${timings[@]}"
}

configure_and_build() {
    local preset=$1
    phase "configure ($preset)" cmake --preset "$preset" \
        && phase "build ($preset)" cmake --build --preset "$preset"
}

# --- run -----------------------------------------------------------------------------------
if [[ "$mode" == run ]]; then
    configure_and_build default || {
        print_timings
        echo "quickstart: the build failed; see the messages above." >&2
        exit 1
    }
    print_timings
    app=build/bin/annostraat
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)."
        echo "Starting Annostraat on a virtual X display with xvfb-run instead: it runs, but"
        echo "no window will appear on this screen. Stop it with Ctrl+C."
        exec xvfb-run -a "$app" "$@"
    fi
    exec "$app" "$@"
fi

# --- test ----------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

total_passed=0
total_failed=0
notes=()
overall=0

# run_ctest PRESET LOG: ctest's own output goes to the terminal and to LOG.
# shellcheck disable=SC2317  # called through `phase`
run_ctest() {
    ctest --preset "$1" --parallel 2 2>&1 | tee "$2"
}

# run_suite PRESET: build, test and add the counts from ctest's summary line to the totals.
run_suite() {
    local preset=$1
    local log="$log_dir/ctest-$preset.log"
    if ! configure_and_build "$preset"; then
        notes+=("$preset: build failed, tests not run")
        overall=1
        return
    fi
    phase "ctest ($preset)" run_ctest "$preset" "$log" || overall=1
    # ctest: "100% tests passed, 0 tests failed out of 42"
    local summary
    summary=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if [[ "$summary" =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
        local failed=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
        total_passed=$((total_passed + total - failed))
        total_failed=$((total_failed + failed))
    else
        notes+=("$preset: no ctest summary (no tests found, or ctest stopped early)")
        overall=1
    fi
}

run_suite default
run_suite asan

print_timings
for note in "${notes[@]}"; do
    echo "quickstart: $note" >&2
done
# The last line, for people and CI alike: totals over both test runs.
result="$total_passed passed, $total_failed failed"
if ((${#notes[@]} > 0)); then
    joined=${notes[0]}
    for note in "${notes[@]:1}"; do
        joined+="; $note"
    done
    result+=" ($joined)"
fi
echo "$result"
exit "$overall"
