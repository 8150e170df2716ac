#!/usr/bin/env python3
"""Draw, and score, a precision audit of the corpus graph's events.

usage:
  precision_audit.py draw GRAPH.json OUT.tsv [--n 100] [--seed 2026] [--exclude DIR ...]
                         [--exclude-judged TSV ...]
  precision_audit.py score AUDIT.tsv
  precision_audit.py draw-uncertain EVENTS.jsonl OUT.tsv [--n 900] [--seed 2031] [--low 0.15]
                         [--high 0.75] [--per-doc 2] [--exclude DIR ...] [--exclude-gold TSV ...]
                         [--exclude-judged TSV ...]
                         [--skip-entity ID ...]
  precision_audit.py add-judged JUDGED.tsv ... --to extract/data/judgments.tsv [--exclude-judged TSV ...]

`draw` takes the graph events of an `actorgraph analyze` run: the events its
graph.json counts (the evidence its relations cite: found by a construction,
at the graph's confidence, not negated, speculative or claimed). It leaves out
every event of the excluded corpora (by document id, and by sentence text, so
a copy of an excluded article filed under a second section is left out too;
nothing of them is printed) and the sentences already judged in the
--exclude-judged files (the training judgments: an audit must be fresh), and
writes a uniform random sample of N events (fixed seed: the same graph.json
gives the same sample) as a TSV with empty `verdict`, `error_type` and `note`
columns for a reader to fill in from the sentence alone, by
../shared/gold/GUIDELINES.md. The sentence column is for the reader: the
committed audit keeps identifiers and verdicts only (ANT is not ours to ship);
`strip` removes it.

`score` reads a judged TSV (verdict: correct | wrong | hedged) and prints the
precision overall and per relation (hedged counts as wrong: the event is in
the graph). The exit status is 1 if a verdict is missing or unknown.

`draw-uncertain` draws training sentences instead (active learning): from an
`actorgraph extract --min-confidence LOW` run, scored candidates whose
confidence lies in [LOW, HIGH] (where the scorer is least sure), not hedged,
of support, conflict and negotiation in equal numbers, at most PER-DOC from
one article, outside the excluded corpora, the documents of the
--exclude-gold files (the held-out gold's articles) and every sentence judged
before. Judged (verdict correct | wrong | hedged | ignore, the last for a
reading the guidelines would mark `ignore`), `add-judged` appends them to
extract/data/judgments.tsv: identifiers, verdict, error type and note, no
text; `ignore` rows, the sentences the file already holds and those of the
--exclude-judged files (an audit's, mixed in as controls) are left out.
`--skip-entity` leaves out candidates whose source or target mention is
one of the given lexicon entities (for a reading the guidelines do not
settle, like a coalition standing for its leader).

The audit of the current extractor: bench/precision_audit.tsv, drawn with
  build/actorgraph analyze ../shared/corpora/ant -o output/ant -q
  python3 bench/precision_audit.py draw output/ant/graph.json audit.tsv --seed 2031 \\
      --exclude ../shared/corpora/dev-train ../shared/corpora/dev-test ../shared/corpora/seeds \\
      --exclude-judged extract/data/judgments.tsv bench/precision_audit_seed2027.tsv \\
      bench/precision_audit_seed2029.tsv bench/precision_audit_seed2030.tsv bench/judged_uncertain.tsv
  (judged by two readers, each blind to the other: bench/precision_audit_reader1.tsv and
  bench/precision_audit_reader2.tsv; their disagreements adjudicated in the notes)
  python3 bench/precision_audit.py strip audit.tsv bench/precision_audit.tsv
  python3 bench/precision_audit.py score bench/precision_audit.tsv
The audits before it, of earlier models: bench/precision_audit_seed2027.tsv,
bench/precision_audit_seed2029.tsv and bench/precision_audit_seed2030.tsv (with its second
reader, bench/precision_audit_seed2030_reader2.tsv); the seed 2026 and 2028 audits now train the
scorer (extract/data/judgments.tsv).
"""
import argparse
import collections
import csv
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

COLUMNS = ["n", "doc", "begin", "source", "relation", "target", "confidence", "rule", "cue", "sentence",
           "verdict", "error_type", "note"]
VERDICTS = ("correct", "wrong", "hedged")


def normalized(text):
    """Letters and digits only, so spacing and punctuation do not hide a copy."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def sentence_hash(text):
    return hashlib.sha1(normalized(text).encode("utf-8")).hexdigest()


def excluded_keys(dirs):
    """Document ids and hashes of every sentence-sized line of the excluded corpora (never printed)."""
    docs, lines = set(), set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for name in files:
                path = os.path.join(root, name)
                docs.add(os.path.splitext(name)[0])
                docs.add(name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                docs.update(m.strip() for m in re.findall(r"<DOCNO>(.*?)</DOCNO>", text, re.S))
                for piece in re.split(r"[\n.!?؟]+", text):
                    if len(normalized(piece)) >= 20:
                        lines.add(sentence_hash(piece))
    return docs, lines


def is_excluded(event, docs, lines):
    if event["doc"] in docs or os.path.basename(event.get("file", "")) in docs:
        return True
    return any(len(normalized(p)) >= 20 and sentence_hash(p) in lines
               for p in re.split(r"[\n.!?؟]+", event.get("text", "")))


TRIPLE = ("doc", "begin", "source", "relation", "target")


def judged_rows(path):
    """(line number, row) of a judged TSV (a header line, `#` comments), as dicts by column."""
    with open(path, encoding="utf-8") as f:
        yield from enumerate(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"), 2)


def judged_sentences(files):
    """(doc, begin) of every sentence in judged TSVs (training judgments an audit must not repeat)."""
    return {(row["doc"], str(row["begin"])) for path in files for _, row in judged_rows(path)}


def write_sample(path, comment, events):
    """An audit TSV of `events` (COLUMNS, the verdict columns empty) under a `#` comment line."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {comment}\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(COLUMNS)
        for i, e in enumerate(events, 1):
            w.writerow([i, e["doc"], e.get("begin", 0), e["source"], e["relation"], e["target"], e.get("confidence", 1.0),
                        e.get("rule", ""), e.get("cue", ""), " ".join(e.get("text", "").split()), "", "", ""])


def graph_events(path):
    """The events graph.json counts: the evidence its relations cite, in evidence order."""
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)
    cited = sorted({i for relation in graph["relations"] for i in relation["evidence"]})
    return [graph["evidence"][i] for i in cited]


def draw(args):
    docs, lines = excluded_keys(args.exclude)
    judged = judged_sentences(args.exclude_judged)
    events = [e for e in graph_events(args.graph)
              if (e["doc"], str(e.get("begin", 0))) not in judged and not is_excluded(e, docs, lines)]
    if len(events) < args.n:
        sys.exit(f"{args.graph}: only {len(events)} graph events outside the excluded sets")
    sample = random.Random(args.seed).sample(events, args.n)
    write_sample(args.out, f"{args.n} of {len(events)} graph events of {args.graph} (seed {args.seed}), outside "
                           f"{', '.join(args.exclude) or 'no excluded set'}; verdict: correct | wrong | hedged", sample)
    print(f"{args.out}: {args.n} of {len(events)} graph events")


def gold_documents(files):
    """Document ids of gold files (../shared/gold/GUIDELINES.md's format)."""
    out = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            out.update(line.split("\t", 1)[0] for line in f if not line.startswith("#") and line.strip())
    return out


def draw_uncertain(args):
    docs, lines = excluded_keys(args.exclude)
    docs |= gold_documents(args.exclude_gold)
    judged = judged_sentences(args.exclude_judged)
    relations = ("support", "conflict", "negotiation")
    by_relation = {r: [] for r in relations}
    seen = set()
    with open(args.events, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["doc"], e.get("begin", 0), e["source"], e["relation"], e["target"])
            if (e["relation"] not in by_relation or key in seen or e.get("negated") or e.get("speculative")
                    or e.get("claimed") or not args.low <= e.get("confidence", 1.0) <= args.high):
                continue
            if (e["doc"], str(e.get("begin", 0))) in judged or is_excluded(e, docs, lines):
                continue
            if {e.get("source_entity"), e.get("target_entity")} & set(args.skip_entity):
                continue
            seen.add(key)
            by_relation[e["relation"]].append(e)
    rng = random.Random(args.seed)
    per_doc = collections.Counter()
    sample = []
    for r in relations:
        pool = by_relation[r]
        rng.shuffle(pool)
        want = args.n // len(relations) + (relations.index(r) < args.n % len(relations))
        taken = 0
        for e in pool:
            if taken == want:
                break
            if per_doc[e["doc"]] >= args.per_doc:
                continue
            per_doc[e["doc"]] += 1
            sample.append(e)
            taken += 1
        if taken < want:
            sys.exit(f"{args.events}: only {taken} {r} candidates in [{args.low}, {args.high}] outside the excluded sets")
    write_sample(args.out, f"{args.n} candidates of {args.events} with confidence in [{args.low}, {args.high}] "
                           f"(seed {args.seed}), outside {', '.join(args.exclude + args.exclude_gold) or 'no excluded set'}; "
                           f"verdict: correct | wrong | hedged", sample)
    print(f"{args.out}: {len(sample)} candidates ({', '.join(f'{r} {len(by_relation[r])}' for r in relations)} eligible)")


def triples(path):
    """(doc, begin, source, relation, target) of every row of a judged TSV."""
    return {tuple(row[k] for k in TRIPLE) for _, row in judged_rows(path)}


def one_line(text):
    """A field for a TSV without quoting: one line, no tabs, no double quotes."""
    return " ".join((text or "").replace('"', "'").split())


def add_judged(args):
    excluded = set().union(*(triples(path) for path in args.exclude_judged))
    existing = triples(args.to)
    added, skipped = [], collections.Counter()
    for path in args.judged:
        for number, row in judged_rows(path):
            verdict = (row.get("verdict") or "").strip()
            if verdict not in VERDICTS + ("ignore",):
                sys.exit(f"{path}:{number}: verdict '{verdict}' (expected correct, wrong, hedged or ignore)")
            key = tuple(row[k] for k in TRIPLE)
            if verdict == "ignore" or key in existing or key in excluded:
                skipped["ignore" if verdict == "ignore" else "excluded" if key in excluded else "already judged"] += 1
                continue
            existing.add(key)
            added.append(list(key) + [verdict, one_line(row.get("error_type")) if verdict == "wrong" else "",
                                      one_line(row.get("note"))])
    with open(args.to, "a", encoding="utf-8") as f:
        for row in added:
            f.write("\t".join(row) + "\n")
    print(f"{args.to}: {len(added)} judged sentences added ({dict(skipped) or 'none'} left out)")


def strip(args):
    """The audit without its sentence column, for committing."""
    with open(args.audit, encoding="utf-8") as f:
        text = f.read().splitlines()
    comments = [line for line in text if line.startswith("#")]
    rows = list(csv.DictReader((line for line in text if not line.startswith("#")), delimiter="\t"))
    columns = [c for c in COLUMNS if c != "sentence"]
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        for line in comments:
            f.write(line + "\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(columns)
        for row in rows:
            w.writerow([row.get(c, "") for c in columns])
    print(f"{args.out}: {len(rows)} judged events, without their sentences")


def score(args):
    counts = collections.defaultdict(lambda: [0, 0])
    for _, row in judged_rows(args.audit):
        verdict = row["verdict"].strip()
        if verdict not in VERDICTS:
            sys.exit(f"{args.audit}: event {row['n']}: verdict '{verdict}' (expected correct, wrong or hedged)")
        for key in (row["relation"], "all"):
            counts[key][0] += verdict == "correct"
            counts[key][1] += 1
    for key in sorted(counts, key=lambda k: (k == "all", k)):
        right, total = counts[key]
        print(f"{key:<12} {right:>4} / {total:<4} precision {right / total:.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("graph")
    d.add_argument("out")
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--exclude", nargs="*", default=[])
    d.add_argument("--exclude-judged", nargs="*", default=[])
    t = sub.add_parser("strip")
    t.add_argument("audit")
    t.add_argument("out")
    s = sub.add_parser("score")
    s.add_argument("audit")
    u = sub.add_parser("draw-uncertain")
    u.add_argument("events")
    u.add_argument("out")
    u.add_argument("--n", type=int, default=900)
    u.add_argument("--seed", type=int, default=2031)
    u.add_argument("--low", type=float, default=0.15)
    u.add_argument("--high", type=float, default=0.75)
    u.add_argument("--per-doc", type=int, default=2)
    u.add_argument("--exclude", nargs="*", default=[])
    u.add_argument("--exclude-gold", nargs="*", default=[])
    u.add_argument("--exclude-judged", nargs="*", default=[])
    u.add_argument("--skip-entity", nargs="*", default=[])
    a = sub.add_parser("add-judged")
    a.add_argument("judged", nargs="+")
    a.add_argument("--to", required=True)
    a.add_argument("--exclude-judged", nargs="*", default=[])
    args = ap.parse_args()
    {"draw": draw, "strip": strip, "score": score, "draw-uncertain": draw_uncertain,
     "add-judged": add_judged}[args.command](args)


if __name__ == "__main__":
    main()
