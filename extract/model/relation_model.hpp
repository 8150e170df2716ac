// The relation scorer: one L2-regularised logistic regression per relation
// over the named candidate features (extract/model/features.hpp), trained
// by `actorgraph train` with LIBLINEAR and stored as data (model.json:
// feature name -> weight, the threshold, the training data's hash and
// sizes), embedded in the binary like the lexicons. Scoring is a sparse dot
// product: O(features) per candidate.
//
// Reference: R.-E. Fan, K.-W. Chang, C.-J. Hsieh, X.-R. Wang, C.-J. Lin,
// "LIBLINEAR: A Library for Large Linear Classification", JMLR 9 (2008).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/relation.hpp"
#include "extract/model/features.hpp"

namespace actorgraph::extract {

struct TrainingSummary {
    std::string data_hash;        // FNV-1a 64 of the gold file and the training articles, hex
    std::size_t documents = 0;
    std::size_t candidates = 0;
    std::size_t positives = 0;
    double c = 1.0;               // LIBLINEAR's cost parameter
    std::size_t folds = 0;
};

class RelationModel {
public:
    // The model compiled into the binary (extract/data/model.json).
    static std::shared_ptr<const RelationModel> builtin();
    // Parses and checks a model.json; `name` names it in errors.
    static std::shared_ptr<const RelationModel> from_json(std::string_view json, const std::string& name);

    struct Weights {
        std::unordered_map<std::uint64_t, double> by_hash;  // feature hash -> weight
    };
    RelationModel(std::array<Weights, relation_count> weights,
                  std::array<std::vector<std::pair<std::string, double>>, relation_count> named, double threshold,
                  std::array<double, relation_count> relation_thresholds, double graph_threshold,
                  TrainingSummary training);

    // Whether relation r has weights (criticism, with no gold to learn from, has none).
    bool scores(Relation r) const { return !named_[static_cast<std::size_t>(r)].empty(); }
    // The weighted sum of the features, before the logistic function.
    double margin(Relation r, const std::vector<std::uint64_t>& feature_hashes) const;
    // The probability that the candidate states the relation: 1 / (1 + e^-margin).
    double probability(Relation r, const std::vector<std::uint64_t>& feature_hashes) const;
    double weight(Relation r, std::string_view feature) const;
    // The default --min-confidence: the threshold that maximised micro-F1 in cross-validation.
    double threshold() const { return threshold_; }
    // The default --min-confidence of relation r: the threshold that maximised its own F1 in
    // cross-validation (its scores are calibrated apart from the others').
    double threshold(Relation r) const { return relation_thresholds_[static_cast<std::size_t>(r)]; }
    // The default --graph-min-confidence: the threshold at which the events a construction
    // found reached the target precision on judged corpus sentences, in cross-validation.
    double graph_threshold() const { return graph_threshold_; }
    const TrainingSummary& training() const { return training_; }
    // Feature name -> weight, sorted by name (what model.json holds).
    const std::vector<std::pair<std::string, double>>& named_weights(Relation r) const {
        return named_[static_cast<std::size_t>(r)];
    }

private:
    std::array<Weights, relation_count> weights_;
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named_;
    double threshold_;
    std::array<double, relation_count> relation_thresholds_;
    double graph_threshold_;
    TrainingSummary training_;
};

// FNV-1a 64 of a feature name: how names are looked up in a model.
std::uint64_t feature_hash(std::string_view name);

// model.json's text for these weights (sorted keys, 6 significant digits): the
// same model gives byte-identical text.
std::string model_to_json(const std::array<std::vector<std::pair<std::string, double>>, relation_count>& named,
                          double threshold, const std::array<double, relation_count>& relation_thresholds,
                          double graph_threshold, const TrainingSummary& training);

// A sink that hashes the names (scoring).
class FeatureHashes : public FeatureSink {
public:
    void add(std::string_view name) override { hashes.push_back(feature_hash(name)); }
    std::vector<std::uint64_t> hashes;
};

}  // namespace actorgraph::extract
