// Accuracy floors, through `actorgraph evaluate` (the one scorer): seeds,
// dev-train (in sample), dev-test (never read) and the held-out ANT articles
// (bench/ant_heldout_gold.tsv, never trained on) against their gold files.
// The floors sit a margin under the reached figures (README "Accuracy"), so
// a change that loses accuracy fails here. Skipped without ../shared.
#include <catch2/catch.hpp>

#include <string>

#include <rapidjson/document.h>

#include "test_support.hpp"

namespace {

struct Floor {
    std::string set, gold, corpus;
    double f1, precision;
};

}  // namespace

TEST_CASE("accuracy floors: seeds, dev-train, dev-test and held-out ANT through evaluate") {
    if (!test_support::shared_available()) {
        SKIP_TEST("../shared not available");
    }
    const auto shared_set = [](const std::string& set, double f1, double precision) {
        return Floor{set, (test_support::shared_dir / "gold" / (set + ".tsv")).string(),
                     (test_support::shared_dir / "corpora" / set).string(), f1, precision};
    };
    // Reached: seeds 0.933 (P 0.942), dev-train 0.935 in sample (P 0.982), dev-test 0.720 (P 0.812),
    // held-out ANT 0.732 (P 0.800); the floors for the unseen sets are reached - 0.03.
    const Floor floors[] = {
        shared_set("seeds", 0.85, 0.85), shared_set("dev-train", 0.88, 0.95), shared_set("dev-test", 0.69, 0.75),
        Floor{"held-out ANT", (test_support::source_dir / "bench/ant_heldout_gold.tsv").string(),
              (test_support::shared_dir / "corpora/ant").string(), 0.70, 0.75}};
    for (const Floor& floor : floors) {
        const auto r = test_support::run_actorgraph("evaluate '" + floor.gold + "' '" + floor.corpus + "' --json");
        REQUIRE(r.exit_code == 0);
        rapidjson::Document doc;
        doc.Parse(r.out.c_str());
        REQUIRE(doc.IsObject());
        const rapidjson::Value& all = doc["relations"]["all"];
        INFO(floor.set << ": P " << all["precision"].GetDouble() << " R " << all["recall"].GetDouble() << " F1 "
                       << all["f1"].GetDouble());
        CHECK(all["f1"].GetDouble() >= floor.f1);
        CHECK(all["precision"].GetDouble() >= floor.precision);
    }
}
