// Training the relation scorer: the candidates of the training articles,
// labelled from document-level gold, one logistic regression per relation,
// K-fold cross-validation by document to choose the confidence threshold
// that maximises micro-F1 (scored as `evaluate` scores), then the model
// fitted on everything.
//
// Labels: every candidate of a gold triple is positive (Labels::document,
// the default: distant supervision), or only those whose sentence holds the
// gold's evidence quote, the triple's other sentences left out
// (Labels::evidence). Candidates of
// `ignore` triples, hedged ones and pairs the gold does not score are left
// out; every other candidate of an annotated document is negative.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/relation.hpp"
#include "engine/evaluation/gold_file.hpp"
#include "engine/evaluation/scoring.hpp"
#include "engine/training/judgments.hpp"
#include "extract/event.hpp"

namespace actorgraph::engine {

// A candidate as the trainer sees it: the event it would give (its doc as
// the gold names it: file name or DOCNO) and its features.
struct TrainingCandidate {
    extract::Event event;
    std::vector<std::string> features;
};

// Where each gold triple's evidence quote stands in its file (byte spans).
using EvidenceSpans = std::map<TripleKey, std::vector<std::pair<std::size_t, std::size_t>>>;

enum class Labels { evidence, document };

struct TrainingOptions {
    std::size_t folds = 5;
    double c = 1.0;
    Labels labels = Labels::document;
    double graph_precision = 0.87;  // the judged precision the graph's threshold must reach
};

struct TrainingResult {
    std::string model_json;
    double threshold = 0.5;
    std::vector<Figures> folds;                 // each fold at the chosen threshold (micro)
    Figures cross_validated;                    // all folds together at the chosen threshold
    std::vector<std::pair<double, Figures>> curve;  // cross-validated micro figures by threshold
    std::size_t documents = 0, candidates = 0, examples = 0, positives = 0;
    std::size_t gold_triples = 0, gold_with_candidate = 0;  // candidate recall
    std::size_t judgments = 0, judgments_matched = 0;       // judged sentences, and those a candidate matched
    std::vector<extract::Event> cross_validated_events;  // every scored candidate with its out-of-fold confidence
    // Cross-validated precision on the judged sentences, by threshold: the sentences a
    // reader judged correct among those accepted (an estimate of a corpus audit's precision).
    struct JudgedPoint {
        double threshold = 0.0;
        std::size_t accepted = 0, correct = 0;              // every event
        std::size_t graph_accepted = 0, graph_correct = 0;  // those a construction found (the graph's)
    };
    std::vector<JudgedPoint> judged_curve;
    // The graph's default threshold: the lowest (not below `threshold`) at which the judged
    // events a construction found reach options.graph_precision; `threshold` without judgments.
    double graph_threshold = 0.5;
    // Each relation's threshold (its own smoothed F1 curve); `cross_validated` and `folds` are there.
    std::array<double, relation_count> relation_thresholds{};
};

// Trains on `candidates` against `gold` (the union of the training gold
// files). Deterministic: folds by a hash of the document id, features
// indexed in name order, LIBLINEAR's deterministic solver.
// Judged sentences (`judgments`) label the candidates they name; they fall
// in folds by document like the gold's, so their out-of-fold confidences give
// the judged precision curve (judged_curve) and the graph's threshold, while
// the F1 threshold is still chosen on the gold documents only.
TrainingResult train_relation_model(const std::vector<TrainingCandidate>& candidates, const GoldSet& gold,
                                    const EvidenceSpans& evidence, const std::vector<Judgment>& judgments,
                                    const TrainingOptions& options, const std::string& data_hash);

}  // namespace actorgraph::engine
