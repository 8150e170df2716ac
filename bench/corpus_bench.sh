#!/usr/bin/env bash
# corpus_bench.sh: times `actorgraph analyze` on a corpus against a reference
# pipeline that only reads the same files and scans them for every lexicon
# surface form (issue 6: analyze must stay within 2x of it).
#
#   bench/corpus_bench.sh [CORPUS_DIR] [ACTORGRAPH_BINARY]
#
# Defaults: ../shared/corpora/ant and build/actorgraph, relative to the repo
# root. Each command runs once untimed to warm the page cache, then
# BENCH_ROUNDS times (default 3) under /usr/bin/time -v (wall time, CPU time,
# peak RSS); the table gives the medians. Nothing is dropped from caches, so
# all figures are warm-cache figures.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$root/../shared/corpora/ant}
binary=${2:-$root/build/actorgraph}
lexicon=$root/extract/data

[[ -d $corpus ]] || { echo "corpus_bench: $corpus: no such directory" >&2; exit 2; }
[[ -x $binary ]] || { echo "corpus_bench: $binary: not an executable (build the actorgraph target)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "corpus_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "corpus_bench: python3 missing" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every surface form of actors.json and cues.json (cue and marker forms); a
# trailing '*' (prefix form) is dropped, since grep -F matches prefixes anyway.
python3 - "$lexicon" >"$tmp/forms" <<'EOF'
import json, sys, os
d = sys.argv[1]
forms = set()
for a in json.load(open(os.path.join(d, "actors.json"), encoding="utf-8"))["actors"]:
    forms.update(a.get("forms", []))
cues = json.load(open(os.path.join(d, "cues.json"), encoding="utf-8"))
for c in cues.get("cues", []):
    forms.update(c.get("forms", []))
for words in cues.get("markers", {}).values():
    forms.update(words)
for f in sorted(forms):
    f = f.rstrip("*").strip()
    if f:
        print(f)
EOF

bytes=$(find "$corpus" -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$corpus" -type f | wc -l)

grep_cmd=(bash -c 'find "$1" -type f -print0 | xargs -0 cat | grep -F -o -f "$2" | wc -l' _ "$corpus" "$tmp/forms")
one_cmd=("$binary" analyze "$corpus" -o "$tmp/out1" --threads 1 --quiet)
all_cmd=("$binary" analyze "$corpus" -o "$tmp/outN" --quiet)

# Each command runs once untimed (warm-up), then `rounds` times, the three
# commands taking turns in each round so that the machine's drift (these
# machines are noisy: 10-30% between runs) falls on all of them alike. Each
# figure is the median of its rounds; the ratio is of the medians.
rounds=${BENCH_ROUNDS:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "corpus_bench: BENCH_ROUNDS must be a positive integer" >&2; exit 2; }
declare -A wall user sys rss
# run NAME CMD...: one timed run; appends its wall, user, sys and rss.
run() {
    local name=$1; shift
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" \
        || { echo "corpus_bench: $name failed: $*" >&2; cat "$tmp/$name.err" >&2; exit 1; }
    local t=$tmp/$name.time
    wall[$name]+=" $(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$t")"
    user[$name]+=" $(awk -F': ' '/User time/ {print $2}' "$t")"
    sys[$name]+=" $(awk -F': ' '/System time/ {print $2}' "$t")"
    rss[$name]+=" $(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$t")"
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

"${grep_cmd[@]}" >/dev/null 2>&1 || { echo "corpus_bench: grep failed" >&2; exit 1; }
"${one_cmd[@]}" >/dev/null 2>&1 || { echo "corpus_bench: analyze_1 failed: ${one_cmd[*]}" >&2; exit 1; }
"${all_cmd[@]}" >/dev/null 2>&1 || { echo "corpus_bench: analyze_all failed: ${all_cmd[*]}" >&2; exit 1; }
for ((round = 0; round < rounds; ++round)); do
    run grep "${grep_cmd[@]}"
    run analyze_1 "${one_cmd[@]}"
    run analyze_all "${all_cmd[@]}"
done

mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $corpus ($files files, $mb MB); forms: $(wc -l <"$tmp/forms"); grep matches: $(cat "$tmp/grep.out")"
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %8s %8s %8s %9s %10s\n' command wall_s user_s sys_s MB/s x_grep peak_RSS_MB
for name in grep analyze_1 analyze_all; do
    awk -v n="$name" -v w="$(median "${wall[$name]}")" -v u="$(median "${user[$name]}")" \
        -v s="$(median "${sys[$name]}")" -v b="$bytes" -v g="$(median "${wall[grep]}")" -v r="$(median "${rss[$name]}")" \
        'BEGIN { printf "%-22s %8.2f %8.2f %8.2f %8.1f %9.2f %10s\n", n, w, u, s, b / 1e6 / w, w / g, r }'
done
read -ra grep_walls <<<"${wall[grep]}"
read -ra all_walls <<<"${wall[analyze_all]}"
per_round=""
for ((round = 0; round < rounds; ++round)); do
    per_round+=" $(awk -v a="${all_walls[round]}" -v g="${grep_walls[round]}" 'BEGIN { printf "%.2f", a / g }')"
done
echo "analyze_all / grep, round by round:$per_round"
echo "(medians of $rounds rounds; grep: find | xargs cat | grep -F -o -f FORMS | wc -l; analyze_1: --threads 1; analyze_all: all cores)"
