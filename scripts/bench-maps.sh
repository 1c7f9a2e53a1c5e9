#!/usr/bin/env bash
# Measures reading a 60,000-VMA process ("Performance" issue): the raw smaps read, vmscope-cli's
# JSON maps output, pmap -XX and smem, plus the heap held by vmscope's parsed model.
# Benchmarks measure; they never fail on a missed target (they print MISSED next to it).
#
#   scripts/bench-maps.sh                 builds into <repo>/build if the binaries are missing
#   BUILD_DIR=/tmp/bbench scripts/bench-maps.sh
#   Environment: VMAS (default 60000), RUNS (default 10, at least 5), WARMUP (default 2).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
vmas=${VMAS:-60000}
runs=${RUNS:-10}
warmup=${WARMUP:-2}
((runs >= 5)) || runs=5

cli=$build_dir/app/vmscope-cli
many=$build_dir/tests/bench/many_vmas
model=$build_dir/tests/bench/bench_model

# shellcheck source=scripts/bench-common.sh
source "$root/scripts/bench-common.sh"

# --- build -----------------------------------------------------------------------------------
if [[ ! -x $cli || ! -x $many || ! -x $model ]]; then
    if [[ ! -f $build_dir/CMakeCache.txt ]]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DVMSCOPE_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$build_dir" --target vmscope-cli many_vmas bench_model
fi
if grep -qs '^CMAKE_BUILD_TYPE:STRING=\(Debug\|\)$' "$build_dir/CMakeCache.txt"; then
    echo "bench-maps.sh: warning: $build_dir is not an optimised build; numbers will be pessimistic" >&2
fi

have_hyperfine=0
ensure_tool hyperfine hyperfine && have_hyperfine=1
have_smem=0
ensure_tool smem smem && have_smem=1
have_pmap=0
command -v pmap >/dev/null 2>&1 && have_pmap=1

# --- the measured process --------------------------------------------------------------------
work=$(mktemp -d)
many_pid=""
cleanup() {
    if [[ -n $many_pid ]]; then
        kill "$many_pid" 2>/dev/null || true
        wait "$many_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$many" "$vmas" >"$work/pid" &
many_pid=$!
# many_vmas prints its pid only once every mapping exists.
for _ in $(seq 1 600); do
    [[ -s $work/pid ]] && break
    kill -0 "$many_pid" 2>/dev/null || { echo "bench-maps.sh: many_vmas exited early" >&2; exit 1; }
    sleep 0.1
done
pid=$(head -n 1 "$work/pid")
if [[ $pid != "$many_pid" ]]; then
    echo "bench-maps.sh: many_vmas did not report readiness (got '$pid')" >&2
    exit 1
fi
vma_count=$(wc -l <"/proc/$pid/maps")
smaps_mb=$(awk -v b="$(wc -c <"/proc/$pid/smaps")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "bench-maps.sh: many_vmas pid $pid has $vma_count VMAs (smaps: $smaps_mb MB); $runs runs, $warmup warmup"

# --- measurements ----------------------------------------------------------------------------
# "many_vma[s]" as smem's regex: it matches many_vmas's command line but not smem's own
# (nor the shell hyperfine wraps it in), which would otherwise be measured too.
names=(raw cli pmap smem)
labels=("cat /proc/PID/smaps" "vmscope-cli --format json maps PID" "pmap -XX PID" "smem -P many_vmas")
commands=("cat /proc/$pid/smaps > /dev/null"
    "$cli --format json maps $pid > /dev/null"
    "pmap -XX $pid > /dev/null"
    "smem -P 'many_vma[s]' > /dev/null")
available=(1 1 "$have_pmap" "$have_smem")

declare -A mean sd
# Sanity first: a command that fails would otherwise be timed as fast.
for i in "${!names[@]}"; do
    ((available[i])) || continue
    if ! bash -c "${commands[$i]}" 2>"$work/err"; then
        echo "bench-maps.sh: '${commands[$i]}' failed: $(head -c 300 "$work/err")" >&2
        available[i]=0
    fi
done

if ((have_hyperfine)); then
    hf_args=()
    for i in "${!names[@]}"; do
        ((available[i])) && hf_args+=(--command-name "${names[$i]}" "${commands[$i]}")
    done
    hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-csv "$work/hf.csv" "${hf_args[@]}" >&2
    # command,mean,stddev,median,user,system,min,max
    while IFS=, read -r name m s _; do
        [[ $name == command ]] && continue
        mean[$name]=$m
        sd[$name]=$s
    done <"$work/hf.csv"
else
    echo "bench-maps.sh: hyperfine not available; timing with date +%s.%N" >&2
    for i in "${!names[@]}"; do
        ((available[i])) || continue
        for _ in $(seq 1 "$warmup"); do bash -c "${commands[$i]}"; done
        : >"$work/times"
        for _ in $(seq 1 "$runs"); do
            t0=$(date +%s.%N)
            bash -c "${commands[$i]}"
            t1=$(date +%s.%N)
            echo "$t0 $t1" >>"$work/times"
        done
        read -r m s < <(awk '{ d = $2 - $1; sum += d; sq += d * d; n++ }
            END { m = sum / n; v = sq / n - m * m; printf "%.6f %.6f\n", m, (v > 0 ? sqrt(v) : 0) }' "$work/times")
        mean[${names[$i]}]=$m
        sd[${names[$i]}]=$s
    done
fi

"$model" "$pid" 5 >"$work/model" 2>&1 || true
model_mb=$(sed -n 's/^model size: \([0-9.]*\) MB.*/\1/p' "$work/model")

# --- report ----------------------------------------------------------------------------------
echo
cat "$work/model"
echo
printf '%-38s %10s %10s\n' "command ($vma_count VMAs)" "mean (s)" "± sd (s)"
for i in "${!names[@]}"; do
    n=${names[$i]}
    if [[ -n ${mean[$n]:-} ]]; then
        printf '%-38s %10.4f %10.4f\n' "${labels[$i]}" "${mean[$n]}" "${sd[$n]}"
    else
        printf '%-38s %10s\n' "${labels[$i]}" "n/a"
    fi
done
echo

# ratio LABEL NUMERATOR DENOMINATOR OP TARGET: prints the ratio, and MISSED when it misses the
# target; an empty OP prints the ratio for information only.
ratio() {
    local label=$1 num=${2:-} den=${3:-} op=$4 target=$5
    if [[ -z $num || -z $den ]]; then
        printf '%-38s %10s\n' "$label" "n/a"
        return
    fi
    awk -v l="$label" -v a="$num" -v b="$den" -v op="$op" -v t="$target" 'BEGIN {
        r = a / b
        if (op == "") { printf "%-38s %10.2f\n", l, r; exit }
        ok = (op == "<=") ? (r <= t) : (r >= t)
        printf "%-38s %10.2f   (target %s %s)%s\n", l, r, op, t, ok ? "" : "  MISSED" }'
}
ratio "vmscope-cli / raw read" "${mean[cli]:-}" "${mean[raw]:-}" "<=" 1.3
ratio "pmap -XX / vmscope-cli" "${mean[pmap]:-}" "${mean[cli]:-}" ">=" 4
ratio "smem / vmscope-cli" "${mean[smem]:-}" "${mean[cli]:-}" "" ""
if [[ -n $model_mb ]]; then
    awk -v m="$model_mb" 'BEGIN { printf "%-38s %7.1f MB   (target < 40 MB)%s\n", "bench_model model size", m, (m < 40) ? "" : "  MISSED" }'
else
    printf '%-38s %10s\n' "bench_model model size" "n/a"
fi
