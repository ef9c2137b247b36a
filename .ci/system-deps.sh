#!/usr/bin/env bash
# Installs (as root) or lists (as a normal user) the Debian packages the program needs.
#   .ci/system-deps.sh run    what the GUI needs to start (Qt's shared libraries)
#   .ci/system-deps.sh test   plus what the test suite drives: poppler, zbar, PostgreSQL, Xvfb
set -euo pipefail
profile=${1:-run}

run_pkgs=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xkb1 libxrender1 libxi6
)
test_pkgs=(poppler-utils zbar-tools postgresql xvfb xauth)

pkgs=("${run_pkgs[@]}")
[[ $profile == test ]] && pkgs+=("${test_pkgs[@]}")

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: these Debian packages are missing; install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
