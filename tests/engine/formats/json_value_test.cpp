#include "engine/formats/json_value.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "common/rounding.hpp"

using namespace actorgraph::engine;

TEST_CASE("json numbers are the shortest text that reads back to the same double") {
    CHECK(json_number(1.35) == "1.35");
    CHECK(json_number(0.1 + 0.2) == "0.30000000000000004");  // a different double than 0.3: kept exact
    CHECK(json_number(26.0) == "26");
    CHECK(json_number(-3.0) == "-3");
    CHECK(json_number(-0.0) == "0");
    CHECK(json_number(0.1666666666666667) == "0.1666666666666667");
    CHECK(json_number(1e300) == "1e+300");
    CHECK(json_number(std::nan("")) == "null");
    CHECK(json_number(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("the JSON writer uses the shortest numbers and integral counts") {
    const std::string text = to_json_text(JsonObject{{"count", 26.0}, {"share", 1.35}, {"n", 3}});
    CHECK(text == "{\n  \"count\": 26,\n  \"n\": 3,\n  \"share\": 1.35\n}\n");
}

TEST_CASE("summed weights are snapped to 12 significant digits so they print short") {
    CHECK(actorgraph::clean_sum(0.35 + 0.35 + 0.35) == 1.05);
    CHECK(json_number(actorgraph::clean_sum(0.35 + 0.35 + 0.35)) == "1.05");
    CHECK(actorgraph::round_significant(0.16666666666, 6) == 0.166667);
    CHECK(actorgraph::round_significant(0.0, 6) == 0.0);
}
