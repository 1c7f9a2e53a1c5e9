# Shared by the bench-*.sh scripts (sourced, not run): root access and optional tools.

# Runs a command as root: directly when we are root, through password-less sudo otherwise.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo "$@"
    else
        return 1
    fi
}

# Optional tools: installed when we may, otherwise the benchmark measures without them.
ensure_tool() {
    local tool=$1 package=$2
    command -v "$tool" >/dev/null 2>&1 && return 0
    if as_root true 2>/dev/null; then
        echo "$(basename "$0"): installing $package" >&2
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package" >/dev/null 2>&1 ||
            { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 &&
                as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package" >/dev/null 2>&1; } ||
            true
    fi
    command -v "$tool" >/dev/null 2>&1
}
