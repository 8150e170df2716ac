// compare.json on two graphs built for the test (compared_sets.hpp):
//   before: a --support 1--> b, a --conflict 1--> c
//   after:  a --support 3--> b, b --conflict 1--> c
// so a->b support strengthened, a->c conflict vanished, b->c conflict new.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "compared_sets.hpp"
#include "engine/formats/compare_json.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;
using test_support::analysis_of;


TEST_CASE("compare: relation changes with weights and evidence from the stronger side") {
    const Analysis before = analysis_of({{"a", "b", Relation::support, 1, "قبل"}, {"a", "c", Relation::conflict, 1, "نزاع"}});
    const Analysis after = analysis_of({{"a", "b", Relation::support, 3, "بعد"}, {"b", "c", Relation::conflict, 1, "جديد"}});
    const ComparedSets sets{before, after, "A", "B"};
    const auto comparison = compare_sets(sets);
    rapidjson::Document json;
    json.Parse(comparison_to_json(sets, comparison).c_str());
    REQUIRE_FALSE(json.HasParseError());
    CHECK(std::string(json["before"].GetString()) == "A");
    REQUIRE(json["relations"].Size() == 3);
    std::map<std::string, const rapidjson::Value*> by_pair;
    for (const auto& change : json["relations"].GetArray())
        by_pair[std::string(change["source"].GetString()) + change["target"].GetString()] = &change;
    const auto& ab = *by_pair.at("ab");
    CHECK(std::string(ab["change"].GetString()) == "strengthened");
    CHECK(ab["weight_before"].GetDouble() == 1.0);
    CHECK(ab["weight_after"].GetDouble() == 3.0);
    CHECK(std::string(ab["evidence"][0]["text"].GetString()) == "بعد");
    const auto& ac = *by_pair.at("ac");
    CHECK(std::string(ac["change"].GetString()) == "vanished");
    CHECK(std::string(ac["evidence"][0]["text"].GetString()) == "نزاع");
    CHECK(std::string(by_pair.at("bc")->operator[]("change").GetString()) == "new");
    CHECK(json["summary"]["relations"]["change"].GetDouble() == 0.0);
}
