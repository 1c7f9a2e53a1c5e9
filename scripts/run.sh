#!/usr/bin/env bash
# One command for a new user: install what is missing, build, and start vmscope on this
# machine's own /proc. Arguments go to vmscope (e.g. --pid 1234, or a process name).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --with-gui-runtime
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec "${BUILD_DIR:-$root/build}/app/vmscope" "$@"
