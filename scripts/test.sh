#!/usr/bin/env bash
# One command for a new user and for CI: install what is missing, build with warnings as
# errors, and run every test with ctest.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   the same suite built with ASan+UBSan in build-asan/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

cmake_args=(-DVMSCOPE_WERROR=ON)
build=${BUILD_DIR:-$root/build}
if [ "${1:-}" = "--sanitize" ]; then
    build=${BUILD_DIR:-$root/build-asan}
    cmake_args+=(-DVMSCOPE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
    cmake_args+=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
BUILD_DIR=$build "$root/scripts/build.sh" "${cmake_args[@]}"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
