#!/bin/sh
# Installs what actorgraph needs on Debian 12 (run as root). `--tests` adds
# what only the test suite uses (headless Chromium for the report test, xmllint
# for the XML exports test, Debian's NetworkX for the GEXF read test);
# `--sanitize` adds clang with its sanitizer and libFuzzer runtimes and
# llvm-symbolizer, for tools/sanitize_and_fuzz.sh (README "Robustness").
set -eu
export DEBIAN_FRONTEND=noninteractive
packages="cmake g++ make pkg-config python3
  libboost-graph-dev libicu-dev rapidjson-dev libgraphviz-dev liblinear-dev catch2 fonts-noto-core
  openmpi-bin libopenmpi-dev"
for option in "$@"; do
  case "$option" in
    --tests) packages="$packages chromium libxml2-utils python3-networkx" ;;
    --sanitize) packages="$packages chromium libxml2-utils clang libclang-rt-14-dev llvm" ;;
    *) echo "install_dependencies.sh: unknown option '$option' (expected --tests or --sanitize)" >&2; exit 2 ;;
  esac
done
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $packages
