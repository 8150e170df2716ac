// model.json: what the trainer writes reads back to the same text, and a
// malformed file is refused with the file's name and the problem.
#include <catch2/catch.hpp>

#include <string>

#include "common/error.hpp"
#include "extract/model/relation_model.hpp"

using namespace actorgraph;
using namespace actorgraph::extract;

namespace {

std::string small_model_text(double threshold, double graph_threshold) {
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named;
    named[static_cast<std::size_t>(Relation::support)] = {{"bias", -1.5}, {"cue:support_verb", 2.25}};
    named[static_cast<std::size_t>(Relation::conflict)] = {{"bias", -0.5}};
    TrainingSummary training;
    training.data_hash = "00000000000000ff";
    training.documents = 3;
    training.candidates = 10;
    training.positives = 4;
    training.folds = 5;
    training.c = 1.0;
    std::array<double, relation_count> by_relation;
    by_relation.fill(threshold);
    by_relation[static_cast<std::size_t>(Relation::support)] = 0.3;
    return model_to_json(named, threshold, by_relation, graph_threshold, training);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
    try {
        RelationModel::from_json(text, "m.json");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("relation model: model_to_json reads back to the same weights, thresholds and text") {
    const std::string text = small_model_text(0.44, 0.73);
    const auto model = RelationModel::from_json(text, "m.json");
    CHECK(model->threshold() == Approx(0.44));
    CHECK(model->graph_threshold() == Approx(0.73));
    CHECK(model->threshold(Relation::support) == Approx(0.3));
    CHECK(model->threshold(Relation::conflict) == Approx(0.44));
    CHECK(model->threshold(Relation::criticism) == Approx(0.44));  // unscored: the pooled one
    CHECK(model->weight(Relation::support, "cue:support_verb") == Approx(2.25));
    CHECK(model->weight(Relation::support, "absent") == 0.0);
    CHECK(model->scores(Relation::support));
    CHECK_FALSE(model->scores(Relation::criticism));
    CHECK(model->training().documents == 3);
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named;
    for (Relation r : all_relations) named[static_cast<std::size_t>(r)] = model->named_weights(r);
    std::array<double, relation_count> by_relation;
    for (Relation r : all_relations) by_relation[static_cast<std::size_t>(r)] = model->threshold(r);
    CHECK(model_to_json(named, model->threshold(), by_relation, model->graph_threshold(), model->training()) == text);
}

TEST_CASE("relation model: the built-in model's thresholds are probabilities, the graph's not below the F1 one") {
    const auto model = RelationModel::builtin();
    CHECK(model->threshold() > 0.0);
    CHECK(model->graph_threshold() < 1.0);
    CHECK(model->graph_threshold() >= model->threshold());
    for (Relation r : all_relations) CHECK((model->threshold(r) > 0.0 && model->threshold(r) < 1.0));
}

TEST_CASE("relation model: malformed files are refused with the file and the problem") {
    const std::string good = small_model_text(0.5, 0.6);
    CHECK(error_of(good).empty());
    CHECK(error_of("[1]") == "m.json: expected a JSON object");
    CHECK(error_of("{\"format\": 1") .rfind("m.json:1:", 0) == 0);
    CHECK(error_of(replaced(good, "\"graph_threshold\": 0.6,", "")) == "m.json: missing \"graph_threshold\"");
    CHECK(error_of(replaced(good, "\"graph_threshold\": 0.6", "\"graph_threshold\": 1.5")) ==
          "m.json: \"graph_threshold\" must be between 0 and 1");
    CHECK(error_of(replaced(good, "\"threshold\": 0.5", "\"threshold\": \"high\"")) ==
          "m.json: \"threshold\" must be a number");
    CHECK(error_of(replaced(good, "actorgraph relation model 1", "other")) ==
          "m.json: \"format\" must be \"actorgraph relation model 1\"");
    CHECK(error_of(replaced(good, "\"relations\": {\n  \"conflict\"", "\"relations\": {\n  \"friendship\"")) ==
          "m.json: unknown relation \"friendship\"");
    CHECK(error_of(replaced(good, "\"support\": 0.3", "\"support\": 3")) ==
          "m.json: \"relation_thresholds\": \"support\" must be a number between 0 and 1");
    CHECK(error_of(replaced(good, "\"support\": 0.3", "\"love\": 0.3")) ==
          "m.json: \"relation_thresholds\": unknown relation \"love\"");
    CHECK(error_of(replaced(good, "2.25", "\"x\"")) == "m.json: relation \"support\": weights must be numbers");
}
