#!/usr/bin/env bash
# corpus_bench.sh: times `actorgraph analyze` on a corpus against a reference
# pipeline that only reads the same files and scans them for every lexicon
# surface form (issue 6: analyze must stay within 2x of it).
#
#   bench/corpus_bench.sh [CORPUS_DIR] [ACTORGRAPH_BINARY]
#
# Defaults: ../shared/corpora/ant and build/actorgraph, relative to the repo
# root. Each command runs once untimed to warm the page cache, then once
# under /usr/bin/time -v (wall time, CPU time, peak RSS). Nothing is dropped
# from caches, so all figures are warm-cache figures.
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

# run NAME CMD...: one warm-up run, then one timed run; records wall, user, sys, rss.
declare -A wall user sys rss
run() {
    local name=$1; shift
    "$@" >/dev/null 2>&1 || { echo "corpus_bench: $name failed: $*" >&2; exit 1; }
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" \
        || { echo "corpus_bench: $name failed: $*" >&2; cat "$tmp/$name.err" >&2; exit 1; }
    local t=$tmp/$name.time
    wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$t")
    user[$name]=$(awk -F': ' '/User time/ {print $2}' "$t")
    sys[$name]=$(awk -F': ' '/System time/ {print $2}' "$t")
    rss[$name]=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$t")
}

run grep "${grep_cmd[@]}"
run analyze_1 "${one_cmd[@]}"
run analyze_all "${all_cmd[@]}"

mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $corpus ($files files, $mb MB); forms: $(wc -l <"$tmp/forms"); grep matches: $(cat "$tmp/grep.out")"
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %8s %8s %8s %9s %10s\n' command wall_s user_s sys_s MB/s x_grep peak_RSS_MB
for name in grep analyze_1 analyze_all; do
    awk -v n="$name" -v w="${wall[$name]}" -v u="${user[$name]}" -v s="${sys[$name]}" -v b="$bytes" \
        -v g="${wall[grep]}" -v r="${rss[$name]}" \
        'BEGIN { printf "%-22s %8.2f %8.2f %8.2f %8.1f %9.2f %10s\n", n, w, u, s, b / 1e6 / w, w / g, r }'
done
echo "(grep: find | xargs cat | grep -F -o -f FORMS | wc -l; analyze_1: --threads 1; analyze_all: all cores)"
