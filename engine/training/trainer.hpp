// Training the relation scorer: candidates of the training articles,
// labelled from document-level gold (a candidate is positive when its triple
// is gold in its document; candidates of `ignore` triples, hedged ones and
// pairs the gold does not score are left out), a logistic regression per
// relation, K-fold cross-validation by document to choose the confidence
// threshold that maximises micro-F1, then the model fitted on everything.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "common/relation.hpp"

namespace actorgraph::engine {

// A candidate as the trainer sees it.
struct TrainingCandidate {
    std::string doc;              // the article's doc id (file name or DOCNO), as the gold names it
    Relation relation = Relation::support;
    std::string source, target;   // top-level actor ids
    bool hedged = false;          // negated, speculative or claimed: never a prediction
    std::vector<std::string> features;
};

// The gold of the training set, as document-level triples. A conflict or
// negotiation triple is stored with its two ids in sorted order.
struct TrainingGold {
    using Triple = std::tuple<std::string, std::string, Relation, std::string>;  // doc, source, relation, target
    std::set<Triple> gold, ignore;
    std::set<std::string> documents;   // every document the gold speaks of
    std::set<std::string> scored_ids;  // the actor ids the gold scores
    static Triple key(std::string doc, std::string source, Relation r, std::string target);
};

struct TrainingOptions {
    std::size_t folds = 5;
    double c = 1.0;
};

struct Prf {
    std::size_t tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct TrainingResult {
    std::string model_json;
    double threshold = 0.5;
    std::vector<Prf> folds;                          // each fold at the chosen threshold (micro)
    Prf cross_validated;                             // all folds together at the chosen threshold
    std::vector<std::pair<double, Prf>> curve;       // cross-validated micro P/R/F1 by threshold
    std::size_t documents = 0, candidates = 0, examples = 0, positives = 0;
    std::size_t gold_triples = 0, gold_with_candidate = 0;  // candidate recall
};

// Trains on `candidates` against `gold`. Deterministic: folds by a hash of
// the document id, features indexed in name order.
TrainingResult train_relation_model(const std::vector<TrainingCandidate>& candidates, const TrainingGold& gold,
                                    const TrainingOptions& options, const std::string& data_hash);

}  // namespace actorgraph::engine
