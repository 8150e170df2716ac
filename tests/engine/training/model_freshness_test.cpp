// The embedded model is what `train` makes of the current code and data: a
// change to the candidates or features that was not followed by retraining
// (README "Training the relation scorer") fails here. Skipped without ../shared.
#include <catch2/catch.hpp>

#include <string>

#include "test_support.hpp"

TEST_CASE("model freshness: retraining with the documented command gives extract/data/model.json byte for byte") {
    if (!test_support::shared_available()) {
        SKIP_TEST("../shared not available");
    }
    test_support::TempDir dir("model_freshness");
    const auto shared = [](const char* path) { return "'" + (test_support::shared_dir / path).string() + "'"; };
    const std::string model = (dir.path() / "model.json").string();
    const auto r = test_support::run_actorgraph(
        "train " + shared("gold/dev-train.tsv") + " " + shared("gold/seeds.tsv") + " " + shared("corpora/dev-train") +
        " " + shared("corpora/seeds") + " " + shared("corpora/ant") + " --judged '" +
        (test_support::source_dir / "extract/data/judgments.tsv").string() + "' -q -o " + model);
    REQUIRE(r.exit_code == 0);
    CHECK(test_support::read_file(model) == test_support::read_file(test_support::source_dir / "extract/data/model.json"));
}
