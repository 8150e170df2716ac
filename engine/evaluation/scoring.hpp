// Scores relation events against a gold set exactly as the reference scorer
// ../shared/eval/score.py does, so `actorgraph evaluate` prints its figures:
// document-level triples keyed by (basename of doc, source, relation,
// target); support directed, conflict and negotiation unordered; only pairs
// of two different canonical actors predicted; negated, speculative and
// claimed events are no predictions; `ignore` triples (unless also gold)
// count neither way; only the documents the gold file names are scored.
// Like score.py, the gold is not filtered: a `gold` line naming another
// actor (or one actor twice) is a triple no prediction can find.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/evaluation/gold_file.hpp"
#include "extract/event.hpp"

namespace actorgraph::engine {

// The relations the gold files annotate, in the order of the score table.
// Events of any other relation (e.g. a newer `criticism`) are not scored.
inline constexpr std::array<std::string_view, 3> scored_relations{"support", "conflict", "negotiation"};
bool is_scored_relation(std::string_view relation);

// The gold's convention (GUIDELINES.md, "Canonical actor ids"; score.py's
// CANONICAL): the 19 ids scored, the one copy of the list in the engine. A
// predicted pair naming any other actor is neither right nor wrong.
inline constexpr std::array<std::string_view, 19> canonical_actors{
    "russia", "iran", "turkey", "usa", "regime", "opposition", "sdf", "isis", "nusra", "hezbollah",
    "shia_militias", "saudi_arabia", "qatar", "jordan", "iraq", "israel", "un", "france", "uk"};
bool is_canonical_actor(std::string_view id);

struct TripleKey {
    std::string doc, source, relation, target;
    friend auto operator<=>(const TripleKey&, const TripleKey&) = default;
};

// The key score.py compares: source and target sorted unless `relation` is support.
TripleKey triple_key(std::string doc, std::string source, std::string relation, std::string target);

struct Figures {
    std::size_t tp = 0, fp = 0, fn = 0;
    double precision = 0.0, recall = 0.0, f1 = 0.0;  // 0 when undefined, as score.py
};

struct RelationFigures {
    std::string relation;  // one of scored_relations, or "all" (micro)
    Figures figures;
};

struct Miss {
    TripleKey triple;
    std::string evidence;  // the gold line's evidence column
    std::size_t line = 0;  // its line in the gold file (the first, if repeated)
};

struct FalsePositive {
    TripleKey triple;
    std::string text, cue, rule;      // of the triple's first event (input order)
    double confidence = 1.0;          // of that event
    double triple_confidence = 1.0;   // noisy-or of all the triple's events
};

struct Score {
    std::vector<RelationFigures> relations;      // scored_relations in order, then "all"
    std::vector<Miss> misses;                    // sorted by triple
    std::vector<FalsePositive> false_positives;  // sorted by triple
    double min_confidence = 0.0;                 // the threshold scored at
    const Figures& micro() const { return relations.back().figures; }
};

// Scores `events` against `gold`. A document-level triple is predicted when
// one of its events has a confidence of at least `min_confidence` (0: every
// triple, as score.py); its own confidence is the noisy-or of its events',
// 1 - prod(1 - c). O(E log E + G log G).
Score score_events(const GoldSet& gold, const std::vector<extract::Event>& events, double min_confidence = 0.0);

struct CurvePoint {
    double threshold = 0.0;
    std::vector<RelationFigures> relations;  // as Score::relations
};

// The thresholds of the confidence curve.
inline constexpr std::array<double, 9> curve_thresholds{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

// The figures at each of curve_thresholds as min_confidence.
std::vector<CurvePoint> confidence_curve(const GoldSet& gold, const std::vector<extract::Event>& events);

}  // namespace actorgraph::engine
