#include "engine/training/trainer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "common/error.hpp"
#include "engine/training/logistic_regression.hpp"
#include "extract/model/relation_model.hpp"

namespace actorgraph::engine {

namespace {

constexpr double threshold_step = 0.01;

std::uint64_t fnv(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

// A candidate with what training needs: its example and where it scores.
struct Labelled {
    std::size_t candidate;
    TrainingGold::Triple triple;
    bool positive;
    std::size_t fold;
};

// Micro P/R/F1 of document-level predictions: a triple is predicted when one
// of its candidates has probability >= threshold (scored as score.py does).
Prf score_documents(const std::map<TrainingGold::Triple, double>& best, const TrainingGold& gold, double threshold,
                    const std::set<std::string>& documents) {
    Prf s;
    for (const auto& [triple, p] : best) {
        if (p < threshold || !documents.count(std::get<0>(triple))) continue;
        if (gold.gold.count(triple)) ++s.tp;
        else if (!gold.ignore.count(triple)) ++s.fp;
    }
    std::size_t in_documents = 0;
    for (const auto& triple : gold.gold) in_documents += documents.count(std::get<0>(triple));
    s.fn = in_documents - s.tp;
    return s;
}

}  // namespace

TrainingGold::Triple TrainingGold::key(std::string doc, std::string source, Relation r, std::string target) {
    if (!relation_is_directed(r) && target < source) std::swap(source, target);
    return {std::move(doc), std::move(source), r, std::move(target)};
}

TrainingResult train_relation_model(const std::vector<TrainingCandidate>& candidates, const TrainingGold& gold,
                                    const TrainingOptions& options, const std::string& data_hash) {
    if (options.folds < 2) throw Error("train: --folds must be at least 2", ExitCode::usage_error);
    if (!(options.c > 0)) throw Error("train: --c must be a positive number", ExitCode::usage_error);
    TrainingResult result;
    result.candidates = candidates.size();
    // Documents in a fixed pseudo-random order, dealt round-robin into folds.
    std::vector<std::string> docs(gold.documents.begin(), gold.documents.end());
    std::sort(docs.begin(), docs.end(), [](const std::string& a, const std::string& b) {
        return std::make_pair(fnv(a), a) < std::make_pair(fnv(b), b);
    });
    std::map<std::string, std::size_t> fold_of;
    for (std::size_t i = 0; i < docs.size(); ++i) fold_of[docs[i]] = i % options.folds;
    result.documents = docs.size();

    // The examples: scored pairs of gold documents, not hedged, not ignored.
    std::vector<Labelled> labelled;
    std::set<TrainingGold::Triple> with_candidate;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const TrainingCandidate& c = candidates[i];
        if (!gold.documents.count(c.doc) || c.source == c.target) continue;
        if (!gold.scored_ids.count(c.source) || !gold.scored_ids.count(c.target)) continue;
        const auto triple = TrainingGold::key(c.doc, c.source, c.relation, c.target);
        if (gold.gold.count(triple)) with_candidate.insert(triple);
        if (c.hedged) continue;
        const bool positive = gold.gold.count(triple) > 0;
        if (!positive && gold.ignore.count(triple)) continue;
        labelled.push_back({i, triple, positive, fold_of.at(c.doc)});
        result.positives += positive;
    }
    result.examples = labelled.size();
    result.gold_triples = gold.gold.size();
    result.gold_with_candidate = with_candidate.size();

    // Feature indices per relation, in name order.
    std::array<std::map<std::string, std::uint32_t>, relation_count> index;
    for (const Labelled& l : labelled)
        for (const std::string& f : candidates[l.candidate].features)
            index[static_cast<std::size_t>(candidates[l.candidate].relation)].emplace(f, 0);
    for (auto& m : index) {
        std::uint32_t next = 0;
        for (auto& [name, i] : m) i = next++;
    }
    std::vector<std::vector<std::uint32_t>> rows(labelled.size());
    for (std::size_t k = 0; k < labelled.size(); ++k) {
        const TrainingCandidate& c = candidates[labelled[k].candidate];
        const auto& m = index[static_cast<std::size_t>(c.relation)];
        for (const std::string& f : c.features) rows[k].push_back(m.at(f));
        std::sort(rows[k].begin(), rows[k].end());
        rows[k].erase(std::unique(rows[k].begin(), rows[k].end()), rows[k].end());
    }
    const auto fit = [&](Relation r, std::size_t held_out) {
        std::vector<BinaryExample> examples;
        for (std::size_t k = 0; k < labelled.size(); ++k)
            if (candidates[labelled[k].candidate].relation == r && labelled[k].fold != held_out)
                examples.push_back({rows[k], labelled[k].positive});
        return fit_logistic_regression(examples, index[static_cast<std::size_t>(r)].size(), options.c);
    };

    // Cross-validation: each fold scored by the models of the others.
    std::map<TrainingGold::Triple, double> best;  // out-of-fold: the triple's best candidate
    for (std::size_t fold = 0; fold < options.folds; ++fold) {
        for (Relation r : all_relations) {
            const std::vector<double> w = fit(r, fold);
            for (std::size_t k = 0; k < labelled.size(); ++k) {
                if (labelled[k].fold != fold || candidates[labelled[k].candidate].relation != r) continue;
                double& b = best[labelled[k].triple];
                b = std::max(b, logistic_probability(w, rows[k]));
            }
        }
    }
    // Ignored and hedged candidates are no examples but may still be predictions: they count
    // as scored (an ignored triple neither way, a hedged one not at all), so leaving them out is exact.
    const std::set<std::string> all_docs(docs.begin(), docs.end());
    double best_f1 = -1;
    for (double t = threshold_step; t < 1.0 - threshold_step / 2; t += threshold_step) {
        const double rounded = std::round(t * 100.0) / 100.0;
        const Prf s = score_documents(best, gold, rounded, all_docs);
        result.curve.emplace_back(rounded, s);
        if (s.f1() > best_f1) {  // ties keep the lower threshold (more recall)
            best_f1 = s.f1();
            result.threshold = rounded;
            result.cross_validated = s;
        }
    }
    for (std::size_t fold = 0; fold < options.folds; ++fold) {
        std::set<std::string> in_fold;
        for (const auto& d : docs)
            if (fold_of[d] == fold) in_fold.insert(d);
        result.folds.push_back(score_documents(best, gold, result.threshold, in_fold));
    }

    // The model: every relation fitted on all the examples.
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named;
    for (Relation r : all_relations) {
        const std::vector<double> w = fit(r, options.folds);  // no fold held out
        for (const auto& [name, i] : index[static_cast<std::size_t>(r)])
            if (w[i] != 0.0) named[static_cast<std::size_t>(r)].emplace_back(name, w[i]);
    }
    extract::TrainingSummary summary;
    summary.data_hash = data_hash;
    summary.documents = result.documents;
    summary.candidates = result.examples;
    summary.positives = result.positives;
    summary.c = options.c;
    summary.folds = options.folds;
    result.model_json = extract::model_to_json(named, result.threshold, summary);
    return result;
}

}  // namespace actorgraph::engine
