#!/usr/bin/env bash
# Runs `actorgraph analyze` once as a single process and once under mpirun
# with 3 ranks, and checks every output file is byte-identical.
# usage: mpi_identical.sh MPIEXEC ACTORGRAPH [INPUT...]
set -euo pipefail
mpiexec=$1 binary=$2
shift 2
# A missing input (../shared absent) is a skip (CTest's SKIP_RETURN_CODE), not a pass.
for input in "$@"; do
    if [ ! -e "$input" ]; then
        echo "SKIPPED: $input not found"
        exit 77
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" analyze -q "$@" -o "$work/single"
timeout 300 "$mpiexec" --oversubscribe --allow-run-as-root -np 3 "$binary" analyze -q "$@" -o "$work/mpi"
if ! diff -r "$work/single" "$work/mpi"; then
    echo "mpi_identical: outputs differ" >&2
    exit 1
fi
echo "mpi_identical: $(ls "$work/mpi" | wc -l) files identical"
