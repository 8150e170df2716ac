#!/bin/sh
# Robustness CI step (README "Robustness"): builds with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer in build-sanitize/, runs the
# whole CTest suite there, then each libFuzzer target in fuzz/ for a bounded
# time on a scratch copy of its seed corpus. Exits non-zero on any failure.
# Needs `sh tools/install_dependencies.sh --sanitize` (clang, its runtimes, llvm-symbolizer).
#
#   FUZZ_SECONDS   time per fuzzer (default 30)
#   JOBS           build and test parallelism (default: nproc)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build-sanitize"
fuzz_seconds=${FUZZ_SECONDS:-30}
jobs=${JOBS:-$(nproc)}
start=$(date +%s)

step() { printf '\n== %s (%ss elapsed)\n' "$1" "$(($(date +%s) - start))"; }

step "configure $build (clang, ASan+UBSan, libFuzzer)"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTORGRAPH_SANITIZE=ON -DACTORGRAPH_FUZZ=ON >/dev/null

step "build"
cmake --build "$build" -j"$jobs"

# Leaks are errors, except those inside system libraries listed (with the
# reason) in tools/lsan.supp. Any UB report stops the process (-fno-sanitize-recover).
ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1"
LSAN_OPTIONS="suppressions=$root/tools/lsan.supp:print_suppressions=0"
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer || true)
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS ASAN_SYMBOLIZER_PATH

step "test suite under ASan+UBSan"
ctest --test-dir "$build" --output-on-failure -j"$jobs" -E '^engine_mpi_'
# Open MPI dlcloses its plugins before exit, so their leaks have no module
# name to suppress: the mpirun tests run with ASan+UBSan but without LSan.
if ctest --test-dir "$build" -N -R '^engine_mpi_' | grep -q 'Test *#'; then
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" ctest --test-dir "$build" --output-on-failure -R '^engine_mpi_'
fi

step "fuzzers, ${fuzz_seconds}s each"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=""
for target in normalizer article_reader extractor lexicon edge_list graph_json; do
    corpus="$scratch/$target"
    mkdir -p "$corpus"
    cp "$root/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
    [ -d "$root/fuzz/regressions/$target" ] && cp "$root/fuzz/regressions/$target/"* "$corpus/" 2>/dev/null || true
    printf '%s: ' "$target"
    if "$build/fuzz/${target}_fuzz" "$corpus" -max_total_time="$fuzz_seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$scratch/${target}-" -print_final_stats=1 \
        >"$scratch/$target.log" 2>&1; then
        grep -E '^stat::number_of_executed_units' "$scratch/$target.log" | sed 's/.*: *//; s/$/ runs, no crash/'
    else
        echo "FAILED"
        tail -n 60 "$scratch/$target.log"
        for artifact in "$scratch/${target}-"*; do
            [ -f "$artifact" ] || continue
            mkdir -p "$root/build-sanitize/fuzz-artifacts"
            cp "$artifact" "$root/build-sanitize/fuzz-artifacts/"
            echo "   input kept in build-sanitize/fuzz-artifacts/$(basename "$artifact");" \
                 "add it to fuzz/regressions/$target/ once fixed"
        done
        failed="$failed $target"
    fi
done

step "done"
if [ -n "$failed" ]; then
    echo "fuzzers that failed:$failed" >&2
    exit 1
fi
