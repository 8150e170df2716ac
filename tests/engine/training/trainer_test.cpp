// The trainer on candidates built for the test: documents whose candidates
// carry a feature that says whether the gold has their triple. It must learn
// that feature, give the same model twice, and choose the graph's threshold
// from the judged sentences' precision.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "engine/training/trainer.hpp"
#include "extract/model/relation_model.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {

TrainingCandidate candidate(const std::string& doc, std::size_t begin, const char* source, const char* target,
                            const char* rule, std::vector<std::string> features) {
    TrainingCandidate c;
    c.event.doc = doc;
    c.event.begin = begin;
    c.event.end = begin + 10;
    c.event.source = source;
    c.event.target = target;
    c.event.relation = Relation::conflict;
    c.event.rule = rule;
    c.features = std::move(features);
    return c;
}

struct Data {
    std::vector<TrainingCandidate> candidates;
    GoldSet gold;
    std::vector<Judgment> judgments;
};

// 40 gold documents: russia -- isis (feature "attack") is gold, turkey -- iran ("visit") is not.
// 60 judged corpus sentences: a construction found the "attack" ones (correct); the model
// alone proposed the "near" ones, half of which a reader judged wrong.
Data toy_data() {
    Data d;
    d.gold.file_name = "toy.tsv";
    for (int i = 0; i < 40; ++i) {
        const std::string doc = "g" + std::to_string(i);
        d.candidates.push_back(candidate(doc, 0, "russia", "isis", "verb_subject_object", {"bias", "attack"}));
        d.candidates.push_back(candidate(doc, 20, "turkey", "iran", "model", {"bias", "visit"}));
        d.gold.gold.push_back({doc, "russia", "conflict", "isis", "", static_cast<std::size_t>(i + 1)});
    }
    for (int i = 0; i < 60; ++i) {
        const std::string doc = "j" + std::to_string(i);
        const bool construction = i % 2 == 0;
        d.candidates.push_back(candidate(doc, 5, "usa", "isis", construction ? "verb_subject_object" : "model",
                                         {"bias", construction ? "attack" : "near"}));
        d.judgments.push_back({doc, 5, "usa", "conflict", "isis", construction || i % 4 == 1,
                               static_cast<std::size_t>(i + 2)});
    }
    return d;
}

}  // namespace

TEST_CASE("trainer: learns the feature that separates gold from not, the same model twice") {
    const Data d = toy_data();
    TrainingOptions options;
    const TrainingResult a = train_relation_model(d.candidates, d.gold, {}, d.judgments, options, "hash");
    const TrainingResult b = train_relation_model(d.candidates, d.gold, {}, d.judgments, options, "hash");
    CHECK(a.model_json == b.model_json);
    CHECK(a.documents == 40);
    CHECK(a.gold_triples == 40);
    CHECK(a.gold_with_candidate == 40);
    CHECK(a.judgments == 60);
    CHECK(a.judgments_matched == 60);
    CHECK(a.cross_validated.f1 == Approx(1.0));
    CHECK(a.model_json.find("\"attack\"") != std::string::npos);
}

TEST_CASE("trainer: the graph's threshold is where the construction-found judged events reach the precision") {
    const Data d = toy_data();
    TrainingOptions options;
    const TrainingResult with = train_relation_model(d.candidates, d.gold, {}, d.judgments, options, "hash");
    CHECK(with.graph_threshold >= with.threshold);
    REQUIRE_FALSE(with.judged_curve.empty());
    // At the graph's threshold, every construction-found judged event is one of the correct ones.
    std::size_t at_threshold = 0;
    for (const auto& point : with.judged_curve)
        if (std::abs(point.threshold - with.graph_threshold) < 1e-9) {
            ++at_threshold;
            CHECK(point.graph_accepted == 30);
            CHECK(point.graph_correct == 30);
            CHECK(point.accepted > point.graph_accepted);  // the model-only ones are accepted too
        }
    CHECK(at_threshold == 1);
    // Without judged sentences the graph's threshold is the F1 one.
    const TrainingResult without = train_relation_model(d.candidates, d.gold, {}, {}, options, "hash");
    CHECK(without.graph_threshold == without.threshold);
}

TEST_CASE("trainer: labels from document-level gold: gold positive, other pairs negative, ignore left out") {
    GoldSet gold;
    gold.file_name = "labels.tsv";
    std::vector<TrainingCandidate> candidates;
    for (int i = 0; i < 10; ++i) {
        const std::string doc = "d" + std::to_string(i);
        candidates.push_back(candidate(doc, 0, "russia", "isis", "verb_subject_object", {"bias", "attack"}));
        candidates.push_back(candidate(doc, 20, "turkey", "iran", "model", {"bias", "visit"}));
        candidates.push_back(candidate(doc, 40, "usa", "iran", "model", {"bias", "maybe"}));
        TrainingCandidate hedged = candidate(doc, 60, "russia", "isis", "verb_subject_object", {"bias", "attack"});
        hedged.event.negated = true;  // a negated candidate of a gold triple teaches nothing either way
        candidates.push_back(hedged);
        gold.gold.push_back({doc, "russia", "conflict", "isis", "", 1});
        gold.ignore.push_back({doc, "usa", "conflict", "iran", "", 2});
    }
    const TrainingResult r = train_relation_model(candidates, gold, {}, {}, TrainingOptions{}, "hash");
    CHECK(r.examples == 20);   // russia--isis (positive) and turkey--iran (negative) of each document
    CHECK(r.positives == 10);
    const auto model = extract::RelationModel::from_json(r.model_json, "trained");
    CHECK(model->weight(Relation::conflict, "attack") > 0);
    CHECK(model->weight(Relation::conflict, "visit") < 0);
    CHECK(model->weight(Relation::conflict, "maybe") == 0.0);  // only on ignored candidates: never learned
}
