#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer target (or the ones named) for SECONDS each, one after the other, on
# a copy of its saved corpus, and prints one line per target: executions, coverage (libFuzzer's
# "cov" and "ft" counters) and whether it crashed. New interesting inputs stay in the work
# folder (not in tests/fuzz/corpus: keep only the seeds and the inputs that crashed there);
# a crash's input is copied to tests/fuzz/corpus/<id>/crash-<sha1>, where the ordinary test
# suite replays it.
#
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
#         -DANNOSTRAAT_FUZZ=ON && cmake --build build-fuzz --target fuzz_all
#   tests/fuzz/run.sh 600                 # every target, 10 minutes each
#   tests/fuzz/run.sh 60 coco package     # two targets, a minute each
#
# Environment: FUZZ_BUILD (default build-fuzz), FUZZ_WORK (default build-fuzz/fuzz-work).
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
build=${FUZZ_BUILD:-build-fuzz}
work=${FUZZ_WORK:-$build/fuzz-work}

if (($# == 0)); then
    set -- $(cd tests/fuzz/corpus && ls)
fi

status=0
for id in "$@"; do
    binary="$build/bin/fuzz_${id//-/_}"
    if [[ ! -x "$binary" ]]; then
        echo "run.sh: $binary is missing; build the target fuzz_all first" >&2
        status=1
        continue
    fi
    corpus="$work/$id"
    mkdir -p "$corpus" "$work/crashes/$id"
    cp -n tests/fuzz/corpus/"$id"/* "$corpus"/ 2>/dev/null
    log="$work/$id.log"
    touch "$log.start"
    # Inputs over 1 MB teach these parsers nothing a small one would not; -rss_limit_mb keeps
    # a memory blow-up a finding rather than a swap storm.
    "$binary" "$corpus" -max_total_time="$seconds" -max_len=1048576 -rss_limit_mb=2048 \
        -timeout=30 -print_final_stats=1 -artifact_prefix="$work/crashes/$id/" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*')
    units=$(ls "$corpus" | wc -l)
    verdict=ok
    if ((rc != 0)); then
        verdict="FAILED (exit $rc, see $log)"
        status=1
        # Only this run's crashes (not its slow inputs or memory blow-ups, which are worth a
        # look but need not be refused quickly): the replay test imports each kept input.
        for crash in "$work/crashes/$id"/crash-*; do
            [[ -f "$crash" && "$crash" -nt "$log.start" ]] || continue
            cp "$crash" "tests/fuzz/corpus/$id/$(basename "$crash")"
        done
    fi
    printf '%-18s %4ss  executions %10s  cov %6s  ft %7s  corpus %6s  %s\n' \
        "$id" "$seconds" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$units" "$verdict"
done
exit $status
