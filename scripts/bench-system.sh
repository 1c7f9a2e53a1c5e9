#!/usr/bin/env bash
# Measures the system-wide views of issue 4 on a system of many processes: it spawns at least
# 300 small ones (tests/bench/small_processes: idle, with some private memory each), then times
# in one hyperfine run
#   vmscope-cli system --by process   against smem      (target: at least 5x faster)
#   vmscope-cli system --by mapping   against smem -m and the raw read of every smaps
#                                     (target: within 1.5x of `cat /proc/[0-9]*/smaps`)
# Benchmarks measure; they never fail on a missed target (they print MISSED next to it).
# Other processes on the machine are measured too (every command reads the whole system):
# run it on an idle machine, and read the process count it prints.
#
#   scripts/bench-system.sh               builds into <repo>/build if the binaries are missing
#   BUILD_DIR=/tmp/bbench scripts/bench-system.sh
#   Environment: PROCESSES (default 300), PRIVATE_KIB per process (default 256),
#                RUNS (default 10, at least 5), WARMUP (default 2).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
processes=${PROCESSES:-300}
private_kib=${PRIVATE_KIB:-256}
runs=${RUNS:-10}
warmup=${WARMUP:-2}
((runs >= 5)) || runs=5

cli=$build_dir/app/vmscope-cli
spawner=$build_dir/tests/bench/small_processes

# shellcheck source=scripts/bench-common.sh
source "$root/scripts/bench-common.sh"

# --- build -----------------------------------------------------------------------------------
if [[ ! -x $cli || ! -x $spawner ]]; then
    if [[ ! -f $build_dir/CMakeCache.txt ]]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DVMSCOPE_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$build_dir" --target vmscope-cli small_processes
fi
if grep -qs '^CMAKE_BUILD_TYPE:STRING=\(Debug\|\)$' "$build_dir/CMakeCache.txt"; then
    echo "bench-system.sh: warning: $build_dir is not an optimised build; numbers will be pessimistic" >&2
fi

ensure_tool hyperfine hyperfine || { echo "bench-system.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
ensure_tool smem smem || { echo "bench-system.sh: needs smem (apt-get install smem)" >&2; exit 1; }

# --- the processes ---------------------------------------------------------------------------
work=$(mktemp -d)
spawner_pid=""
cleanup() {
    exec 3>&- 2>/dev/null || true # EOF: the spawner and its children exit
    if [[ -n $spawner_pid ]]; then
        for _ in $(seq 1 50); do
            kill -0 "$spawner_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$spawner_pid" 2>/dev/null || true
        wait "$spawner_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkfifo "$work/control"
"$spawner" "$processes" "$private_kib" <"$work/control" >"$work/ready" &
spawner_pid=$!
exec 3>"$work/control" # held open until cleanup: the children live as long as it is
for _ in $(seq 1 600); do
    [[ -s $work/ready ]] && break
    kill -0 "$spawner_pid" 2>/dev/null || { echo "bench-system.sh: small_processes exited early" >&2; exit 1; }
    sleep 0.1
done
grep -q '^READY' "$work/ready" || { echo "bench-system.sh: small_processes did not get ready" >&2; exit 1; }

# Processes come and go while this runs (and other users' smaps cannot be read): nothing here
# may fail for that.
pid_dirs=(/proc/[0-9]*)
total=${#pid_dirs[@]}
smaps_kb=$({ cat /proc/[0-9]*/smaps 2>/dev/null || true; } | wc -c | awk '{ printf "%d", $1 / 1024 }')
echo "bench-system.sh: $processes spawned, $total processes in /proc (smaps of all: $smaps_kb kB);" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs, $warmup warmup"

# --- measurements ----------------------------------------------------------------------------
names=(raw by_process smem by_mapping by_mapping_1 smem_m)
labels=("cat /proc/[0-9]*/smaps"
    "vmscope-cli system --by process"
    "smem"
    "vmscope-cli system --by mapping"
    "  the same on one thread (--threads 1)"
    "smem -m")
commands=("cat /proc/[0-9]*/smaps > /dev/null 2>&1 || true"
    "$cli system --by process > /dev/null"
    "smem > /dev/null"
    "$cli system --by mapping > /dev/null"
    "$cli system --by mapping --threads 1 > /dev/null"
    "smem -m > /dev/null")

# Sanity first: a command that fails would otherwise be timed as fast.
for i in "${!names[@]}"; do
    if ! bash -c "${commands[$i]}" 2>"$work/err"; then
        echo "bench-system.sh: '${commands[$i]}' failed: $(head -c 300 "$work/err")" >&2
        exit 1
    fi
done

hf_args=()
for i in "${!names[@]}"; do
    hf_args+=(--command-name "${names[$i]}" "${commands[$i]}")
done
hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-csv "$work/hf.csv" "${hf_args[@]}" >&2

declare -A mean sd
# command,mean,stddev,median,user,system,min,max
while IFS=, read -r name m s _; do
    [[ $name == command ]] && continue
    mean[$name]=$m
    sd[$name]=$s
done <"$work/hf.csv"

# --- report ----------------------------------------------------------------------------------
echo
printf '%-42s %10s %10s\n' "command ($total processes)" "mean (s)" "± sd (s)"
for i in "${!names[@]}"; do
    n=${names[$i]}
    printf '%-42s %10.4f %10.4f\n' "${labels[$i]}" "${mean[$n]}" "${sd[$n]}"
done
echo

# ratio LABEL NUMERATOR DENOMINATOR OP TARGET: prints the ratio, and MISSED when it misses the
# target; an empty OP prints the ratio for information only.
ratio() {
    awk -v l="$1" -v a="$2" -v b="$3" -v op="$4" -v t="$5" 'BEGIN {
        r = a / b
        if (op == "") { printf "%-42s %10.2f\n", l, r; exit }
        ok = (op == "<=") ? (r <= t) : (r >= t)
        printf "%-42s %10.2f   (target %s %s)%s\n", l, r, op, t, ok ? "" : "  MISSED" }'
}
ratio "smem / vmscope --by process" "${mean[smem]}" "${mean[by_process]}" ">=" 5
ratio "vmscope --by mapping / raw read" "${mean[by_mapping]}" "${mean[raw]}" "<=" 1.5
ratio "smem -m / vmscope --by mapping" "${mean[smem_m]}" "${mean[by_mapping]}" "" ""
ratio "one thread / the pool (--by mapping)" "${mean[by_mapping_1]}" "${mean[by_mapping]}" "" ""
