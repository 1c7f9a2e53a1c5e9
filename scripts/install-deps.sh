#!/usr/bin/env bash
# Installs the Debian 12 packages vmscope needs to build, run and test, skipping the ones
# already installed, so running it again costs nothing. Uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqcustomplot-dev libgl-dev
    libboost-dev libboost-filesystem-dev
    # captures: .tar.gz and .tar.zst
    zlib1g-dev libzstd-dev
    # tests and benchmarks compare with the kernel and with these tools
    procps util-linux smem
    # --host is tested against an sshd the test starts; --privileged through a sudoers rule
    openssh-client openssh-server sudo
)
if [ "${1:-}" = "--with-gui-runtime" ]; then
    packages+=(qt6-wayland qt6-translations-l10n pkexec)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "vmscope: installing ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "vmscope: these packages are missing and you are not root: ${missing[*]}" >&2
        echo "vmscope: run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
