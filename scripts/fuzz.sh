#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with ASan+UBSan in their own build directory and runs
# each for an equal share of SECONDS_TOTAL. Exits non-zero on any crash, leak, timeout, OOM or
# sanitizer report; the failing input is kept under $BUILD_DIR/tests/fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh [SECONDS_TOTAL]        (default 60)
#   BUILD_DIR=/tmp/bf scripts/fuzz.sh 600  (default build dir: <repo>/build-fuzz)
#
# Reproduce a failure: $BUILD_DIR/tests/fuzz/<target> <crash file>
set -euo pipefail

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }

seconds_total=${1:-60}
if [[ $seconds_total == -h || $seconds_total == --help ]]; then
    usage
    exit 0
fi
if ! [[ $seconds_total =~ ^[0-9]+$ ]] || ((seconds_total < 1)); then
    echo "fuzz.sh: SECONDS_TOTAL must be a positive number of seconds, got '$seconds_total'" >&2
    exit 2
fi

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
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DVMSCOPE_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build_dir/configure.log" 2>&1 || {
    cat "$build_dir/configure.log" >&2
    echo "fuzz.sh: configure failed (is qt6-base-dev installed? the fuzz build needs Qt6::Core)" >&2
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
while IFS=$'\t' read -r name dict seeds; do
    [[ -z $name || $name == \#* ]] && continue
    targets+=("$name")
    dicts+=("$dict")
    seed_dirs+=("$seeds")
done <"$manifest"
count=${#targets[@]}
per_target=$((seconds_total / count))
((per_target >= 1)) || per_target=1

# --- run -------------------------------------------------------------------------------------
# UBSan only reports and carries on unless told to halt, and libFuzzer would then exit 0.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:report_error_type=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}

fuzz_root=$build_dir/tests/fuzz
failed=()
echo "fuzz.sh: ${count} targets, ${per_target} s each"
for i in "${!targets[@]}"; do
    name=${targets[$i]}
    corpus=$fuzz_root/corpus/$name # grows across runs; libFuzzer writes new inputs to the first dir
    artifacts=$fuzz_root/artifacts/$name
    log=$fuzz_root/logs/$name.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    dict_args=()
    [[ -f ${dicts[$i]} ]] && dict_args=("-dict=${dicts[$i]}")

    stamp=$artifacts/.started
    touch "$stamp"
    rc=0
    "$fuzz_root/$name" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict_args[@]}" \
        "$corpus" "${seed_dirs[$i]}" >"$log" 2>&1 || rc=$?

    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    corp=$(grep -o 'corp: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    problem=""
    if ((rc != 0)); then
        problem="exit $rc"
    fi
    # Belt and braces: a report that did not change the exit status still fails the run.
    if grep -qE 'runtime error:|ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|^SUMMARY: ' "$log"; then
        problem=${problem:-sanitizer report}
    fi
    if [[ -n $problem ]]; then
        failed+=("$name")
        kind=$(grep -m1 -oE 'ERROR: [A-Za-z]+: [^ ]+( [^ ]+)?|runtime error: .*' "$log" || echo "$problem")
        printf '%-20s FAIL  %s; runs %s cov %s; %s\n' "$name" "$problem" "${runs:-?}" "${cov:-?}" "$kind"
        # Only this run's inputs: older artifacts stay for whoever is investigating them.
        find "$artifacts" -type f -newer "$stamp" ! -name .started | while read -r f; do
            echo "    input: $f  (reproduce: $fuzz_root/$name $f)"
        done
        echo "    log:   $log"
    else
        printf '%-20s ok    runs %-9s cov %-5s ft %-6s corpus %-5s (%s s)\n' "$name" "${runs:-?}" "${cov:-?}" \
            "${ft:-?}" "${corp:-?}" "$per_target"
    fi
done

if ((${#failed[@]})); then
    echo "fuzz.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: all ${count} targets ran ${per_target} s each without a finding"
