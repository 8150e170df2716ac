#include "engine/training/trainer.hpp"
#include "common/fnv.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

#include "common/error.hpp"
#include "engine/training/logistic_regression.hpp"
#include "extract/model/relation_model.hpp"

namespace actorgraph::engine {

namespace {

constexpr int threshold_steps = 100;  // thresholds 0.01 ... 0.99
constexpr std::size_t smoothing_steps = 5;  // the F1 threshold is chosen on the curve averaged over +-0.05
constexpr std::size_t min_judged_per_relation = 10;  // fewer judged events of a relation say too little of it

bool overlaps(const extract::Event& c, const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    for (const auto& [b, e] : spans)
        if (c.begin < e && b < c.end) return true;
    return false;
}

// The gold lines of some documents only.
// The index of the best point of an F1 curve, averaged over +-smoothing_steps: the curve is
// flat near its top, and its single highest point moves with a few examples. Ties keep the
// lower threshold (more recall).
std::size_t smoothed_best(const std::vector<double>& f1) {
    std::size_t best = 0;
    double best_mean = -1;
    for (std::size_t i = 0; i < f1.size(); ++i) {
        double sum = 0;
        std::size_t n = 0;
        for (std::size_t j = i >= smoothing_steps ? i - smoothing_steps : 0; j < f1.size() && j <= i + smoothing_steps;
             ++j, ++n)
            sum += f1[j];
        if (sum / double(n) > best_mean + 1e-12) {
            best_mean = sum / double(n);
            best = i;
        }
    }
    return best;
}

GoldSet restricted(const GoldSet& gold, const std::set<std::string>& docs) {
    GoldSet out;
    out.file_name = gold.file_name;
    out.declared_actors = gold.declared_actors;
    for (const GoldTriple& g : gold.gold)
        if (docs.count(g.doc)) out.gold.push_back(g);
    for (const GoldTriple& g : gold.ignore)
        if (docs.count(g.doc)) out.ignore.push_back(g);
    return out;
}

extract::Event prediction(const TrainingCandidate& c, double confidence) {
    extract::Event e = c.event;
    e.confidence = std::round(confidence * 1000.0) / 1000.0;  // as extraction rounds it
    return e;
}

}  // namespace

TrainingResult train_relation_model(const std::vector<TrainingCandidate>& candidates, const GoldSet& gold,
                                    const EvidenceSpans& evidence, const std::vector<Judgment>& judgments,
                                    const TrainingOptions& options, const std::string& data_hash) {
    if (options.folds < 2) throw Error("train: --folds must be at least 2", ExitCode::usage_error);
    if (!(options.c > 0)) throw Error("train: --c must be a positive number", ExitCode::usage_error);
    TrainingResult result;
    result.candidates = candidates.size();
    std::set<TripleKey> gold_keys, ignore_keys;
    std::set<std::string> scored_docs;
    for (const GoldTriple& g : gold.gold) {
        gold_keys.insert(triple_key(g.doc, g.source, g.relation, g.target));
        scored_docs.insert(g.doc);
    }
    for (const GoldTriple& g : gold.ignore) {
        ignore_keys.insert(triple_key(g.doc, g.source, g.relation, g.target));
        scored_docs.insert(g.doc);
    }
    std::set<std::string> docs = scored_docs;
    docs.insert(gold.empty_documents.begin(), gold.empty_documents.end());
    // Documents in a fixed pseudo-random order, dealt round-robin into folds.
    std::vector<std::string> order(docs.begin(), docs.end());
    std::sort(order.begin(), order.end(), [](const std::string& a, const std::string& b) {
        return std::make_pair(fnv1a(a), a) < std::make_pair(fnv1a(b), b);
    });
    std::map<std::string, std::size_t> fold_of;
    for (std::size_t i = 0; i < order.size(); ++i) fold_of[order[i]] = i % options.folds;
    result.documents = docs.size();

    // Scorable candidates (predictions the scorer counts) and, among them and
    // the empty documents' candidates, the examples.
    struct Row {
        std::size_t candidate;
        std::vector<std::uint32_t> features;
        bool example = false, positive = false, scored = false, judged = false;
        std::size_t fold = 0;
    };
    std::vector<Row> rows;
    std::set<TripleKey> with_candidate;
    // Judged sentences: (doc, begin, triple) -> verdict.
    std::map<std::pair<TripleKey, std::size_t>, bool> judged;
    for (const Judgment& j : judgments) judged[{triple_key(j.doc, j.source, j.relation, j.target), j.begin}] = j.correct;
    result.judgments = judged.size();
    std::set<std::pair<TripleKey, std::size_t>> matched;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const extract::Event& c = candidates[i].event;
        if (!judged.empty() && !docs.count(c.doc)) {
            const auto j = judged.find({triple_key(c.doc, c.source, std::string(relation_name(c.relation)), c.target), c.begin});
            if (j == judged.end()) continue;
            Row row;
            row.candidate = i;
            row.fold = fnv1a(c.doc) % options.folds;  // cross-validated too, for the precision estimate
            row.example = true;
            row.judged = true;
            row.positive = j->second;
            matched.insert(j->first);
            ++result.examples;
            result.positives += row.positive;
            rows.push_back(std::move(row));
            continue;
        }
        if (!docs.count(c.doc) || c.source == c.target) continue;
        if (!gold.scores_actor(c.source) || !gold.scores_actor(c.target)) continue;
        const TripleKey key = triple_key(c.doc, c.source, std::string(relation_name(c.relation)), c.target);
        const bool is_gold = gold_keys.count(key) > 0;
        if (is_gold) with_candidate.insert(key);
        if (c.hedged()) continue;
        Row row;
        row.candidate = i;
        row.fold = fold_of.at(c.doc);
        row.scored = scored_docs.count(c.doc) > 0;
        if (is_gold) {
            const auto spans = evidence.find(key);
            row.positive = true;
            const bool in_evidence = spans != evidence.end() && overlaps(c, spans->second);
            row.example = options.labels == Labels::document || in_evidence;
        } else {
            row.example = !ignore_keys.count(key);
        }
        result.examples += row.example;
        result.positives += row.example && row.positive;
        rows.push_back(std::move(row));
    }
    result.judgments_matched = matched.size();
    result.gold_triples = gold_keys.size();
    result.gold_with_candidate = with_candidate.size();

    // Feature indices per relation, in name order, from the examples.
    std::array<std::map<std::string, std::uint32_t>, relation_count> index;
    for (const Row& r : rows)
        if (r.example)
            for (const std::string& f : candidates[r.candidate].features)
                index[static_cast<std::size_t>(candidates[r.candidate].event.relation)].emplace(f, 0);
    for (auto& m : index) {
        std::uint32_t next = 0;
        for (auto& [name, i] : m) i = next++;
    }
    for (Row& r : rows) {
        const auto& m = index[static_cast<std::size_t>(candidates[r.candidate].event.relation)];
        for (const std::string& f : candidates[r.candidate].features)
            if (const auto it = m.find(f); it != m.end()) r.features.push_back(it->second);
        std::sort(r.features.begin(), r.features.end());
        r.features.erase(std::unique(r.features.begin(), r.features.end()), r.features.end());
    }
    const auto fit = [&](Relation relation, std::size_t held_out) {
        std::vector<BinaryExample> examples;
        for (const Row& r : rows)
            if (r.example && candidates[r.candidate].event.relation == relation && r.fold != held_out)
                examples.push_back({r.features, r.positive});
        return fit_logistic_regression(examples, index[static_cast<std::size_t>(relation)].size(), options.c);
    };

    // Cross-validation: each fold's candidates scored by the models of the others.
    std::vector<extract::Event> predictions;
    std::vector<std::size_t> prediction_fold;
    struct JudgedPrediction {
        double confidence;
        bool correct, construction;
        Relation relation;
    };
    std::vector<JudgedPrediction> judged_predictions;  // out-of-fold
    for (std::size_t fold = 0; fold < options.folds; ++fold)
        for (Relation relation : all_relations) {
            if (relation == Relation::criticism) continue;  // the gold has none to learn from
            const std::vector<double> w = fit(relation, fold);
            for (const Row& r : rows) {
                if (r.fold != fold || candidates[r.candidate].event.relation != relation) continue;
                const double p = logistic_probability(w, r.features);
                if (r.scored) {
                    predictions.push_back(prediction(candidates[r.candidate], p));
                    prediction_fold.push_back(fold);
                } else if (r.judged && !candidates[r.candidate].event.hedged()) {
                    const extract::Event& e = candidates[r.candidate].event;
                    judged_predictions.push_back({std::round(p * 1000.0) / 1000.0, r.positive, e.rule != "model", e.relation});
                }
            }
        }
    // Criticism has no weights: its rules decide (confidence 1), so its judged events that a
    // construction found are in the graph at every threshold.
    for (const Row& r : rows) {
        const extract::Event& e = candidates[r.candidate].event;
        if (r.judged && e.relation == Relation::criticism && e.rule != "model" && !e.hedged())
            judged_predictions.push_back({1.0, r.positive, true, e.relation});
    }
    result.cross_validated_events = predictions;
    std::array<std::vector<double>, relation_count> relation_f1;  // by relation, by threshold step
    for (int step = 1; step < threshold_steps; ++step) {
        const double t = step / static_cast<double>(threshold_steps);
        const Score score = score_events(gold, predictions, t);
        result.curve.emplace_back(t, score.micro());
        for (const RelationFigures& f : score.relations)
            if (const auto r = parse_relation(f.relation)) relation_f1[static_cast<std::size_t>(*r)].push_back(f.figures.f1);
    }
    std::vector<double> micro_f1;
    for (const auto& [t, f] : result.curve) micro_f1.push_back(f.f1);
    result.threshold = result.curve[smoothed_best(micro_f1)].first;
    // Each relation's own threshold (its scores are calibrated apart), and the pooled figures there.
    result.relation_thresholds.fill(result.threshold);
    for (Relation r : all_relations)
        if (!relation_f1[static_cast<std::size_t>(r)].empty() && r != Relation::criticism)
            result.relation_thresholds[static_cast<std::size_t>(r)] =
                result.curve[smoothed_best(relation_f1[static_cast<std::size_t>(r)])].first;
    std::vector<extract::Event> kept;
    for (const extract::Event& e : predictions)
        if (e.confidence >= result.relation_thresholds[static_cast<std::size_t>(e.relation)] - 1e-9) kept.push_back(e);
    result.cross_validated = score_events(gold, kept, 0.0).micro();
    // The judged sentences' precision by threshold: what a corpus audit would find.
    bool graph_threshold_found = false;
    for (int step = 1; step < threshold_steps; ++step) {
        const double t = step / static_cast<double>(threshold_steps);
        std::size_t accepted = 0, correct = 0;
        std::size_t graph_accepted = 0, graph_correct = 0;
        std::array<std::size_t, relation_count> rel_accepted{}, rel_correct{};
        for (const JudgedPrediction& j : judged_predictions) {
            // Events below their relation's threshold are not extracted at all.
            if (j.confidence < std::max(t, result.relation_thresholds[static_cast<std::size_t>(j.relation)]) - 1e-9)
                continue;
            ++accepted;
            correct += j.correct;
            if (!j.construction) continue;
            ++graph_accepted;
            graph_correct += j.correct;
            ++rel_accepted[static_cast<std::size_t>(j.relation)];
            rel_correct[static_cast<std::size_t>(j.relation)] += j.correct;
        }
        result.judged_curve.push_back({t, accepted, correct, graph_accepted, graph_correct});
        // The graph's threshold: the lowest at or above the model's whose construction-found events
        // reach the target precision, each scored relation (with enough judged events) within 0.05 of it.
        bool fits = graph_accepted > 0 && t >= result.threshold - 1e-9 &&
                    double(graph_correct) >= options.graph_precision * double(graph_accepted);
        for (Relation rel : {Relation::support, Relation::conflict, Relation::negotiation}) {
            const std::size_t n = rel_accepted[static_cast<std::size_t>(rel)];
            if (n >= min_judged_per_relation &&
                double(rel_correct[static_cast<std::size_t>(rel)]) < (options.graph_precision - 0.05) * double(n))
                fits = false;
        }
        if (fits && !graph_threshold_found) {
            result.graph_threshold = t;
            graph_threshold_found = true;
        }
    }
    if (!graph_threshold_found) result.graph_threshold = judged_predictions.empty() ? result.threshold : 0.99;
    for (std::size_t fold = 0; fold < options.folds; ++fold) {
        std::set<std::string> in_fold;
        for (const auto& d : scored_docs)
            if (fold_of.at(d) == fold) in_fold.insert(d);
        std::vector<extract::Event> mine;
        for (std::size_t k = 0; k < predictions.size(); ++k)
            if (prediction_fold[k] == fold &&
                predictions[k].confidence >= result.relation_thresholds[static_cast<std::size_t>(predictions[k].relation)] - 1e-9)
                mine.push_back(predictions[k]);
        result.folds.push_back(score_events(restricted(gold, in_fold), mine, 0.0).micro());
    }

    // The model: every relation fitted on all the examples.
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named;
    for (Relation relation : all_relations) {
        if (relation == Relation::criticism) continue;
        const std::vector<double> w = fit(relation, std::numeric_limits<std::size_t>::max());  // no fold held out
        for (const auto& [name, i] : index[static_cast<std::size_t>(relation)])
            if (w[i] != 0.0) named[static_cast<std::size_t>(relation)].emplace_back(name, w[i]);
    }
    extract::TrainingSummary summary;
    summary.data_hash = data_hash;
    summary.documents = result.documents;
    summary.candidates = result.examples;
    summary.positives = result.positives;
    summary.c = options.c;
    summary.folds = options.folds;
    result.model_json =
        extract::model_to_json(named, result.threshold, result.relation_thresholds, result.graph_threshold, summary);
    return result;
}

}  // namespace actorgraph::engine
