#!/bin/sh
# Installs what actorgraph needs on Debian 12 (run as root). `--tests` adds
# what only the test suite uses (headless Chromium for the report test).
set -eu
export DEBIAN_FRONTEND=noninteractive
packages="cmake g++ make pkg-config python3
  libboost-graph-dev libicu-dev rapidjson-dev libgraphviz-dev catch2 fonts-noto-core
  openmpi-bin libopenmpi-dev"
if [ "${1:-}" = "--tests" ]; then
  packages="$packages chromium"
fi
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $packages
