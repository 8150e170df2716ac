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

TEST_CASE("compare: largest change first, in words, with both sets' sizes and dates and weights per 100 articles") {
    Analysis before = analysis_of({{"turkey", "sdf", Relation::conflict, 16, "قبل"}, {"a", "b", Relation::support, 1.2, "س"}});
    Analysis after = analysis_of({{"a", "b", Relation::support, 2.55, "ص"}});
    before.record.articles = 325;
    before.record.first_date = "2016-01-03";
    before.record.last_date = "2016-12-30";
    after.record.articles = 115;
    const ComparedSets sets{before, after, "A", "B"};
    const std::string text = comparison_to_json(sets, compare_sets(sets));
    rapidjson::Document json;
    json.Parse(text.c_str());
    REQUIRE_FALSE(json.HasParseError());
    CHECK(std::string(json["relations"][0]["source"].GetString()) == "turkey");
    CHECK(std::string(json["relations"][0]["change"].GetString()) == "vanished");
    REQUIRE(json["largest_changes"].Size() == 2);
    CHECK(std::string(json["largest_changes"][0].GetString()) ==
          "turkey\xe2\x80\x93sdf conflict: 16 -> 0 (-16), 1 of 325 articles vs 0 of 115");
    CHECK(std::string(json["largest_changes"][1].GetString()) ==
          "a\xe2\x80\x93" "b support: 1.2 -> 2.55 (+1.35), 1 of 325 articles vs 1 of 115");
    CHECK(json["before_set"]["articles"].GetInt() == 325);
    CHECK(std::string(json["before_set"]["first_date"].GetString()) == "2016-01-03");
    CHECK(json["after_set"]["articles"].GetInt() == 115);
    CHECK(json["relations"][1]["weight_per_100_articles_after"].GetDouble() == Approx(2.55 * 100 / 115));
    // The difference prints short (1.35, not 1.3499999999999999), counts as integers.
    CHECK(text.find("\"weight_change\": 1.35,") != std::string::npos);
    CHECK(text.find("\"articles\": 325,") != std::string::npos);
}
