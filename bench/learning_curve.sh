#!/usr/bin/env bash
# learning_curve.sh: how the relation scorer's accuracy grows with the amount
# of training gold. Trains on a fixed share of dev-train's documents (the
# share chosen by a hash of the document id, so a smaller share is inside
# every larger one), with the seeds and the judged corpus sentences as the
# README's `train` command has them, and scores the model on the seeds,
# dev-test and the held-out ANT set. dev-test is only scored, never read.
#
#   bench/learning_curve.sh [ACTORGRAPH_BINARY]
#
# Env: SHARES (default "25 50 75 100", percent of dev-train's documents);
# DRAWS (default 3): how many different draws of each share below 100 (the
# hash salted by the draw's number), since which documents are drawn moves
# a small set's figures by a few points. One line per draw: the
# cross-validated F1 on that share (train's own line) and the micro-F1 of
# each scored set; then the mean of each share's draws.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=$root/../shared
binary=${1:-$root/build/actorgraph}
shares=${SHARES:-25 50 75 100}
draws=${DRAWS:-3}
[[ $draws =~ ^[1-9][0-9]*$ ]] || { echo "learning_curve: DRAWS must be a positive integer" >&2; exit 2; }

[[ -d $shared/gold ]] || { echo "learning_curve: $shared/gold: no such directory" >&2; exit 2; }
[[ -x $binary ]] || { echo "learning_curve: $binary: not an executable (build the actorgraph target)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "learning_curve: python3 missing" >&2; exit 2; }
for share in $shares; do
    [[ $share =~ ^[1-9][0-9]?$|^100$ ]] || { echo "learning_curve: SHARES: '$share' is not a percentage 1-100" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score GOLD INPUT: the micro-F1 of the model being measured on one set.
score() {
    "$binary" evaluate "$1" "$2" --model "$tmp/model.json" --json |
        python3 -c 'import json, sys; print("%.3f" % json.load(sys.stdin)["micro_f1"])'
}

printf '%-7s %4s %5s %5s %8s %7s %9s %9s\n' share draw docs gold cv_F1 seeds dev-test held-out
for share in $shares; do
    n=$draws
    [[ $share == 100 ]] && n=1  # every draw of all documents is the same
    for ((draw = 0; draw < n; ++draw)); do
        # The documents whose salted id hashes (MD5, mod 100) fall below the share, with all their lines.
        python3 - "$shared/gold/dev-train.tsv" "$share" "$draw" >"$tmp/gold.tsv" <<'EOF'
import hashlib, sys
path, share, draw = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for line in open(path, encoding="utf-8"):
    doc = line.split("\t", 1)[0]
    if line.startswith("#") or int(hashlib.md5((draw + ":" + doc).encode()).hexdigest(), 16) % 100 < share:
        sys.stdout.write(line)
EOF
        docs=$(grep -v '^#' "$tmp/gold.tsv" | cut -f1 | sort -u | wc -l)
        gold=$(grep -v '^#' "$tmp/gold.tsv" | awk -F'\t' '$5 == "gold"' | wc -l)
        cv=$("$binary" train "$tmp/gold.tsv" "$shared/gold/seeds.tsv" "$shared/corpora/dev-train" "$shared/corpora/seeds" \
            "$shared/corpora/ant" --judged "$root/extract/data/judgments.tsv" -o "$tmp/model.json" |
            sed -n 's/^cross-validated: .* F1 \([0-9.]*\) .*/\1/p')
        [[ -n $cv ]] || { echo "learning_curve: train printed no cross-validated line" >&2; exit 1; }
        printf '%-7s %4s %5s %5s %8s %7s %9s %9s\n' "$share%" "$draw" "$docs" "$gold" "$cv" \
            "$(score "$shared/gold/seeds.tsv" "$shared/corpora/seeds")" \
            "$(score "$shared/gold/dev-test.tsv" "$shared/corpora/dev-test")" \
            "$(score "$root/bench/ant_heldout_gold.tsv" "$shared/corpora/ant")" | tee -a "$tmp/rows"
    done
done
# The mean of each share's draws.
awk '{ k = $1; n[k]++; for (i = 5; i <= 8; ++i) sum[k, i] += $i; if (!(k in seen)) { seen[k] = 1; order[++m] = k } }
     END { for (j = 1; j <= m; ++j) { k = order[j]
               printf "%-7s %4s %5s %5s %8.3f %7.3f %9.3f %9.3f\n", k, "mean", "", "",
                      sum[k, 5] / n[k], sum[k, 6] / n[k], sum[k, 7] / n[k], sum[k, 8] / n[k] } }' "$tmp/rows"
echo "(train on the share of dev-train + the seeds + extract/data/judgments.tsv; cv_F1: 5-fold by document on that share)"
