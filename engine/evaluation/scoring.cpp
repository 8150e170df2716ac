#include "engine/evaluation/scoring.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace actorgraph::engine {

namespace {

// Confidences are written with 3 decimals and thresholds have at most two, so
// a confidence equal to a threshold but for rounding reaches it.
constexpr double threshold_tolerance = 1e-9;

// os.path.basename: what follows the last '/'.
std::string basename_of(const std::string& doc) { return doc.substr(doc.rfind('/') + 1); }

struct Predicted {
    std::size_t first_event = 0;  // index into the events
    double best = 0.0;            // the most confident event's confidence
    double confidence = 0.0;      // noisy-or so far
};

// The gold and the predictions as document-level triples, before any threshold.
struct Triples {
    std::map<TripleKey, const GoldTriple*> gold;  // the first line of each gold triple
    std::map<TripleKey, Predicted> predicted;     // in gold documents, not ignored
};

Triples collect_triples(const GoldSet& gold, const std::vector<extract::Event>& events) {
    Triples triples;
    std::set<std::string> docs;
    std::set<TripleKey> ignore;
    // A gold line's doc is compared as written, as score.py does (no basename).
    for (const GoldTriple& line : gold.gold) {
        docs.insert(line.doc);
        triples.gold.try_emplace(triple_key(line.doc, line.source, line.relation, line.target), &line);
    }
    for (const GoldTriple& line : gold.ignore) {
        docs.insert(line.doc);
        TripleKey key = triple_key(line.doc, line.source, line.relation, line.target);
        if (!triples.gold.count(key)) ignore.insert(std::move(key));  // gold wins over ignore
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const extract::Event& event = events[i];
        if (event.hedged()) continue;  // negated, speculative, claimed: no prediction
        const std::string relation(relation_name(event.relation));
        if (!is_scored_relation(relation) || event.source == event.target || !gold.scores_actor(event.source) ||
            !gold.scores_actor(event.target))
            continue;
        TripleKey key = triple_key(basename_of(event.doc), event.source, relation, event.target);
        if (!docs.count(key.doc) || ignore.count(key)) continue;
        Predicted& predicted = triples.predicted.try_emplace(std::move(key), Predicted{i, 0.0}).first->second;
        // 1 - (1 - p)(1 - c), written so that one event's triple has exactly its c.
        predicted.confidence += event.confidence * (1.0 - predicted.confidence);
        predicted.best = std::max(predicted.best, event.confidence);
    }
    return triples;
}

// A triple is predicted at a threshold when one of its events is kept there, as
// --min-confidence keeps events: the same figures as extracting at that threshold.
bool reaches(const Predicted& predicted, double min_confidence) {
    return predicted.best >= min_confidence - threshold_tolerance;
}

std::size_t relation_index(const std::string& relation) {
    return static_cast<std::size_t>(std::find(scored_relations.begin(), scored_relations.end(), relation) -
                                    scored_relations.begin());
}

// score.py's prf(), operation for operation, so the doubles are the same.
Figures with_ratios(std::size_t tp, std::size_t fp, std::size_t fn) {
    Figures f{tp, fp, fn};
    f.precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
    f.recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0;
    f.f1 = f.precision + f.recall > 0.0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0.0;
    return f;
}

std::vector<RelationFigures> figures_at(const Triples& triples, double min_confidence) {
    constexpr std::size_t all = scored_relations.size();
    std::array<std::size_t, all + 1> tp{}, fp{}, fn{};
    for (const auto& [key, line] : triples.gold) {
        const auto found = triples.predicted.find(key);
        auto& count = found != triples.predicted.end() && reaches(found->second, min_confidence) ? tp : fn;
        ++count[relation_index(key.relation)];
        ++count[all];
    }
    for (const auto& [key, predicted] : triples.predicted)
        if (reaches(predicted, min_confidence) && !triples.gold.count(key)) {
            ++fp[relation_index(key.relation)];
            ++fp[all];
        }
    std::vector<RelationFigures> rows;
    for (std::size_t r = 0; r <= all; ++r)
        rows.push_back({r < all ? std::string(scored_relations[r]) : std::string("all"), with_ratios(tp[r], fp[r], fn[r])});
    return rows;
}

}  // namespace

bool is_scored_relation(std::string_view relation) {
    return std::find(scored_relations.begin(), scored_relations.end(), relation) != scored_relations.end();
}

bool is_canonical_actor(std::string_view id) {
    return std::find(canonical_actors.begin(), canonical_actors.end(), id) != canonical_actors.end();
}

TripleKey triple_key(std::string doc, std::string source, std::string relation, std::string target) {
    if (relation != "support" && target < source) std::swap(source, target);
    return TripleKey{std::move(doc), std::move(source), std::move(relation), std::move(target)};
}

Score score_events(const GoldSet& gold, const std::vector<extract::Event>& events, double min_confidence) {
    const Triples triples = collect_triples(gold, events);
    Score score;
    score.min_confidence = min_confidence;
    score.relations = figures_at(triples, min_confidence);
    for (const auto& [key, line] : triples.gold) {
        const auto found = triples.predicted.find(key);
        if (found == triples.predicted.end() || !reaches(found->second, min_confidence))
            score.misses.push_back({key, line->evidence, line->line});
    }
    for (const auto& [key, predicted] : triples.predicted) {
        if (!reaches(predicted, min_confidence) || triples.gold.count(key)) continue;
        const extract::Event& first = events[predicted.first_event];
        score.false_positives.push_back({key, first.text, first.cue, first.rule, first.confidence, predicted.confidence});
    }
    return score;
}

std::vector<CurvePoint> confidence_curve(const GoldSet& gold, const std::vector<extract::Event>& events) {
    const Triples triples = collect_triples(gold, events);
    std::vector<CurvePoint> curve;
    for (const double threshold : curve_thresholds) curve.push_back({threshold, figures_at(triples, threshold)});
    return curve;
}

}  // namespace actorgraph::engine
