#!/usr/bin/env bash
# Builds the benchmarks and runs each three times, printing the median of every key=value figure (the benches'
# own order kept, so bench_scan still ends with scan_to_commit_p99_ratio=…).
#
#   tests/bench/run-bench.sh [BENCH…]          default: every bench_* target, bench_scan last
#   BUILD_DIR=build-x RUNS=5 BENCH_ARGS="--dir /mnt/ssd" tests/bench/run-bench.sh bench_scan
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
runs="${RUNS:-3}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_BUILD_BENCH=ON >/dev/null
fi

if [[ $# -gt 0 ]]; then
    benches=("$@")
else
    mapfile -t benches < <(cmake --build "$build" --target help | sed -n 's/^\(bench_[A-Za-z0-9_]*\):.*/\1/p' \
        | sort -u | awk '$0 != "bench_scan"'; echo bench_scan)
fi
cmake --build "$build" --target "${benches[@]}" >&2

for bench in "${benches[@]}"; do
    exe="$build/bin/$bench"
    [[ -x "$exe" ]] || { echo "run-bench: $exe was not built" >&2; exit 1; }
    outputs=()
    for ((i = 1; i <= runs; i++)); do
        out="$(mktemp)"
        # shellcheck disable=SC2086 # BENCH_ARGS is a list of options on purpose
        "$exe" ${BENCH_ARGS:-} >"$out"
        echo "run-bench: $bench run $i/$runs: $(tail -n 1 "$out")" >&2
        outputs+=("$out")
    done
    echo "bench=$bench"
    echo "runs=$runs"
    # Median per key over the runs, keys in the order the bench printed them; text values from the first run.
    awk -F= '
        FNR == 1 { file++ }
        /=/ {
            key = $1; value = substr($0, length(key) + 2)
            if (!(key in seen)) { seen[key] = 1; order[++n] = key }
            values[key, file] = value
        }
        END {
            for (k = 1; k <= n; k++) {
                key = order[k]; m = 0
                for (f = 1; f <= file; f++) if ((key, f) in values) v[++m] = values[key, f]
                if (v[1] !~ /^-?[0-9.]+$/) { print key "=" v[1]; continue }
                for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
                print key "=" v[int((m + 1) / 2)]
            }
        }' "${outputs[@]}"
    rm -f "${outputs[@]}"
done
