#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with ASan+UBSan in their own build directory and runs
# them. Exits non-zero on any crash, leak, timeout, OOM, failed oracle or sanitizer report; the
# failing input is kept under $BUILD_DIR/tests/fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh [SECONDS_TOTAL]       every target for an equal share of SECONDS_TOTAL (default 60)
#   scripts/fuzz.sh --per-target SECONDS  every target for SECONDS each (CI: --per-target 30)
#   scripts/fuzz.sh --jobs N              N targets at a time (default 1; each uses one core)
#   scripts/fuzz.sh --only NAME           only this target (repeatable): --only fuzz_cli --only fuzz_smaps
#   BUILD_DIR=/tmp/bf scripts/fuzz.sh     (default build dir: <repo>/build-fuzz)
#
# Each run starts from the inputs it found before (build dir), the fixtures (seeds) and the
# regression corpus tests/fuzz/corpus/<target>/, which ctest replays in the normal build.
# Reproduce a failure: $BUILD_DIR/tests/fuzz/<target> <crash file>
set -euo pipefail

usage() { sed -n '2,15s/^# \{0,1\}//p' "$0"; }

fail_usage() {
    echo "fuzz.sh: $1" >&2
    echo "fuzz.sh: see scripts/fuzz.sh --help" >&2
    exit 2
}

is_positive() { [[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1)); }

seconds_total=""
per_target=""
jobs=1
only=()
while (($#)); do
    case $1 in
    -h | --help)
        usage
        exit 0
        ;;
    --per-target | --jobs | --only)
        (($# >= 2)) || fail_usage "$1 needs a value"
        case $1 in
        --per-target) per_target=$2 ;;
        --jobs) jobs=$2 ;;
        --only) only+=("$2") ;;
        esac
        shift 2
        ;;
    --per-target=* | --jobs=* | --only=*)
        value=${1#*=}
        case $1 in
        --per-target=*) per_target=$value ;;
        --jobs=*) jobs=$value ;;
        --only=*) only+=("$value") ;;
        esac
        shift
        ;;
    -*) fail_usage "unknown option '$1'" ;;
    *)
        [[ -z $seconds_total ]] || fail_usage "one SECONDS_TOTAL at most, got '$seconds_total' and '$1'"
        seconds_total=$1
        shift
        ;;
    esac
done
if [[ -n $per_target && -n $seconds_total ]]; then
    fail_usage "give SECONDS_TOTAL or --per-target, not both"
fi
if [[ -n $seconds_total ]] && ! is_positive "$seconds_total"; then
    fail_usage "SECONDS_TOTAL must be a positive number of seconds, got '$seconds_total'"
fi
if [[ -n $per_target ]] && ! is_positive "$per_target"; then
    fail_usage "--per-target must be a positive number of seconds, got '$per_target'"
fi
is_positive "$jobs" || fail_usage "--jobs must be a positive number, got '$jobs'"
[[ -n $per_target ]] || seconds_total=${seconds_total:-60}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-fuzz}
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

# --- toolchain -------------------------------------------------------------------------------
# Root installs directly; others go through sudo when it is there. Nothing else is assumed.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

install_packages() {
    echo "fuzz.sh: installing $* (apt-get)" >&2
    if ! as_root true 2>/dev/null; then
        echo "fuzz.sh: need the Debian packages '$*' but am not root and sudo is not available." >&2
        echo "fuzz.sh: ask an administrator to run: apt-get install -y --no-install-recommends $*" >&2
        exit 1
    fi
    # A fresh machine may have no package lists yet.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# Links a trivial fuzzer: proves clang++, the libFuzzer runtime and the sanitizer runtimes exist.
# Checking for the file by name would miss a clang whose resource dir lacks them.
can_link_fuzzer() {
    command -v clang++ >/dev/null 2>&1 || return 1
    local probe
    probe=$(mktemp -d)
    local ok=0
    printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
        'extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }' >"$probe/probe.cpp"
    clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" >"$probe/log" 2>&1 || ok=1
    rm -rf "$probe"
    return $ok
}

missing=()
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v ninja >/dev/null 2>&1 || missing+=(ninja-build)
if ! can_link_fuzzer; then
    missing+=(clang libclang-rt-14-dev)
fi
if ((${#missing[@]})); then
    install_packages "${missing[@]}"
    if ! can_link_fuzzer; then
        echo "fuzz.sh: clang++ still cannot link -fsanitize=fuzzer after installing ${missing[*]}" >&2
        exit 1
    fi
fi

# --- build -----------------------------------------------------------------------------------
echo "fuzz.sh: configuring $build_dir"
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DVMSCOPE_FUZZ=ON -DVMSCOPE_WERROR=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build_dir/configure.log" 2>&1 || {
    cat "$build_dir/configure.log" >&2
    echo "fuzz.sh: configure failed (the fuzz build needs clang and libboost-filesystem-dev, see install-deps.sh)" >&2
    exit 1
}
echo "fuzz.sh: building"
cmake --build "$build_dir" --parallel

manifest=$build_dir/tests/fuzz/fuzz-targets.txt
if [[ ! -s $manifest ]]; then
    echo "fuzz.sh: $manifest is missing: did tests/fuzz configure?" >&2
    exit 1
fi

targets=()
dicts=()
seed_dirs=()
max_lens=()
known=()
while IFS=$'\t' read -r name dict seeds max_len; do
    [[ -z $name || $name == \#* ]] && continue
    known+=("$name")
    if ((${#only[@]})); then
        wanted=0
        for o in "${only[@]}"; do [[ $o == "$name" ]] && wanted=1; done
        ((wanted)) || continue
    fi
    targets+=("$name")
    dicts+=("$dict")
    seed_dirs+=("$seeds")
    max_lens+=("${max_len:-65536}")
done <"$manifest"
for o in "${only[@]}"; do
    found=0
    for k in "${known[@]}"; do [[ $k == "$o" ]] && found=1; done
    ((found)) || fail_usage "no target named '$o' (targets: ${known[*]})"
done
count=${#targets[@]}
if [[ -z $per_target ]]; then
    per_target=$((seconds_total / count))
    ((per_target >= 1)) || per_target=1
fi

# --- run -------------------------------------------------------------------------------------
# UBSan only reports and carries on unless told to halt, and libFuzzer would then exit 0.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:report_error_type=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}

fuzz_root=$build_dir/tests/fuzz
results=$fuzz_root/results
rm -rf "$results"
mkdir -p "$results"

# Runs target $1 (an index) and writes its one-line verdict to $results/<name>: "ok ..." or
# "FAIL ..." followed by the inputs to reproduce it with.
run_target() {
    local i=$1
    local name=${targets[$i]}
    local corpus=$fuzz_root/corpus/$name # grows across runs; libFuzzer writes new inputs to the first dir
    local regressions=$root/tests/fuzz/corpus/$name
    local artifacts=$fuzz_root/artifacts/$name
    local log=$fuzz_root/logs/$name.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    local inputs=("$corpus" "${seed_dirs[$i]}")
    [[ -d $regressions ]] && inputs+=("$regressions")
    local dict_args=()
    [[ -f ${dicts[$i]} ]] && dict_args=("-dict=${dicts[$i]}")

    local stamp=$artifacts/.started
    touch "$stamp"
    local rc=0
    "$fuzz_root/$name" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -max_len="${max_lens[$i]}" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict_args[@]}" "${inputs[@]}" >"$log" 2>&1 || rc=$?

    local runs cov ft corp problem=""
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    corp=$(grep -o 'corp: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    if ((rc != 0)); then
        problem="exit $rc"
    fi
    # Belt and braces: a report that did not change the exit status still fails the run.
    if grep -qE 'runtime error:|ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|^SUMMARY: |fuzz oracle failed' "$log"; then
        problem=${problem:-sanitizer report}
    fi
    if [[ -n $problem ]]; then
        local kind
        kind=$(grep -m1 -oE 'ERROR: [A-Za-z]+: [^ ]+( [^ ]+)?|runtime error: .*|fuzz oracle failed: .*' "$log" || echo "$problem")
        {
            printf '%-22s FAIL  %s; runs %s cov %s; %s\n' "$name" "$problem" "${runs:-?}" "${cov:-?}" "$kind"
            # Only this run's inputs: older artifacts stay for whoever is investigating them.
            find "$artifacts" -type f -newer "$stamp" ! -name .started | while read -r f; do
                echo "    input: $f  (reproduce: $fuzz_root/$name $f)"
            done
            echo "    log:   $log"
        } >"$results/$name"
    else
        printf '%-22s ok    runs %-9s cov %-5s ft %-6s corpus %-5s (%s s)\n' "$name" "${runs:-?}" "${cov:-?}" \
            "${ft:-?}" "${corp:-?}" "$per_target" >"$results/$name"
    fi
}

echo "fuzz.sh: ${count} targets, ${per_target} s each, ${jobs} at a time"
started=$SECONDS
running=0
for i in "${!targets[@]}"; do
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
    run_target "$i" &
    running=$((running + 1))
done
wait || true

failed=()
for name in "${targets[@]}"; do
    if [[ ! -s $results/$name ]]; then
        echo "$name: no result (the run itself failed)"
        failed+=("$name")
        continue
    fi
    cat "$results/$name"
    grep -q '^[^ ]* *FAIL' "$results/$name" && failed+=("$name")
done

if ((${#failed[@]})); then
    echo "fuzz.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: all ${count} targets ran ${per_target} s each without a finding ($((SECONDS - started)) s of fuzzing)"
