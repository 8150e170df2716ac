// `actorgraph analyze` checks every option value before it reads any input:
// a bad value is one usage line (exit 2) and nothing is written.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <utility>

#include <rapidjson/document.h>

#include "engine/render/render.hpp"
#include "layout_check.hpp"
#include "png_decode.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::run_actorgraph;

TEST_CASE("analyze: a bad --size-by, --by or --threads fails before any work and writes nothing") {
    test_support::TempDir dir("analyze_bad_option");
    const fs::path out = dir.path() / "out";
    const std::string examples = (test_support::source_dir / "examples" / "articles").string();
    struct Case {
        std::string option;
        std::string message;
    };
    const Case cases[] = {
        {"--size-by nonsense", "actorgraph analyze: unknown metric 'nonsense' (known: "},
        {"--by week", "actorgraph analyze: --by must be month, quarter or year, got 'week'"},
        {"--threads -1", "actorgraph analyze: --threads expects a whole number >= 0, got '-1'"},
        {"--min-confidence 2", "actorgraph analyze: --min-confidence must be between 0 and 1"},
    };
    for (const Case& c : cases) {
        INFO(c.option);
        const auto result = run_actorgraph("analyze '" + examples + "' -o '" + out.string() + "' " + c.option);
        CHECK(result.exit_code == 2);
        CHECK(result.err.rfind(c.message, 0) == 0);
        CHECK(result.out.empty());
        CHECK_FALSE(fs::exists(out));  // not even events.jsonl
    }
    // The metric list in the message is the one every graph has.
    const auto result = run_actorgraph("analyze -o '" + out.string() + "' --size-by nonsense");
    CHECK(result.err.find("betweenness, betweenness_positive, degree_in_conflict") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("analyze: bad display options fail before any work") {
    test_support::TempDir dir("analyze_bad_display");
    const fs::path out = dir.path() / "out";
    const std::pair<const char*, const char*> cases[] = {
        {"--draw-top 0", "actorgraph analyze: --draw-top expects a whole number >= 1, got '0'"},
        {"--draw-min-weight -1", "actorgraph analyze: --draw-min-weight must be a number >= 0"},
        {"--width 50", "actorgraph analyze: --width expects a whole number >= 200, got '50'"},
        {"--width 30000", "actorgraph analyze: --width must be at most 20000 pixels, got 30000"},
        {"--layout twopi", "actorgraph analyze: unknown layout 'twopi' (expected auto, dot, neato, fdp, sfdp, circo)"},
    };
    for (const auto& [option, message] : cases) {
        INFO(option);
        const auto result = run_actorgraph("analyze -o '" + out.string() + "' " + option);
        CHECK(result.exit_code == 2);
        CHECK(result.err.rfind(std::string(message) + "\n", 0) == 0);
        CHECK_FALSE(fs::exists(out));
    }
}

TEST_CASE("analyze: the example set's images keep every label inside and no two nodes overlapping") {
    test_support::TempDir dir("analyze_example_layout");
    for (const char* labels : {"en", "ar"}) {
        INFO("--labels " << labels);
        const fs::path out = dir.path() / labels;
        const auto result = run_actorgraph("analyze -q --format png -o '" + out.string() + "' --labels " + labels);
        REQUIRE(result.exit_code == 0);
        const std::string dot = test_support::read_file(out / "graph.dot");
        CHECK(dot.find("layout=dot") != std::string::npos);  // 14 actors: dot with alliance boxes
        const auto layout = test_support::check_layout(actorgraph::engine::render_dot(dot, "json", "auto"));
        CHECK(layout.nodes == test_support::drawn_actor_count(dot));
        CHECK(layout.nodes == 14);
        CHECK(layout.clusters >= 2);
        for (const std::string& problem : layout.problems) FAIL_CHECK(problem);
        CHECK(test_support::smallest_label_px(actorgraph::engine::render_dot(dot, "svg", "auto")) >= 12.0);
        const test_support::Image png = test_support::decode_png(test_support::read_file(out / "graph.png"));
        CHECK(png.width <= 2000);
    }
}

// graph.json's provenance: the options that changed the result, as given,
// the lexicon and model hashes (filled, stable), and the date range of every
// selected article, also one without any actor.
TEST_CASE("analyze: graph.json records the options given, the lexicon and model hashes and every article's dates") {
    test_support::TempDir dir("analyze_provenance");
    const std::string examples = (test_support::source_dir / "examples" / "articles").string();
    const fs::path quiet_article = dir.path() / "quiet.txt";
    std::ofstream(quiet_article) << "2001-02-03\nA quiet day\nNothing happened anywhere.\n";
    auto provenance = [&](const std::string& name, const std::string& options) {
        const fs::path out = dir.path() / name;
        const auto result = run_actorgraph("analyze '" + examples + "' '" + quiet_article.string() + "' -o '" +
                                           out.string() + "' --quiet --format svg --threads 1 " + options);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        const std::string text = test_support::read_file(out / "graph.json");
        auto document = std::make_unique<rapidjson::Document>();
        document->Parse(text.c_str());
        REQUIRE_FALSE(document->HasParseError());
        REQUIRE((*document)["provenance"].IsObject());
        return std::pair{std::move(document), text};
    };
    const auto [low, low_text] = provenance("low", "--min-weight 0.5");
    const auto [high, high_text] = provenance("high", "--min-weight 1.5 --relations support,conflict");
    const auto [again, again_text] = provenance("again", "--min-weight 0.5");
    const rapidjson::Value& a = (*low)["provenance"];
    const rapidjson::Value& b = (*high)["provenance"];
    CHECK(again_text == low_text);  // byte-identical run to run: no clock
    // Only the options that change the result, as given (not --format, --threads, --quiet).
    CHECK(a["options"].MemberCount() == 1);
    CHECK(std::string(a["options"]["--min-weight"].GetString()) == "0.5");
    CHECK(b["options"].MemberCount() == 2);
    CHECK(std::string(b["options"]["--min-weight"].GetString()) == "1.5");
    CHECK(std::string(b["options"]["--relations"].GetString()) == "support,conflict");
    // Hashes: 16 hex digits, the same in both runs.
    for (const char* key : {"lexicon_hash", "model_hash"}) {
        INFO(key);
        const std::string hash = a[key].GetString();
        CHECK(hash.size() == 16);
        CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
        CHECK(hash == b[key].GetString());
    }
    CHECK(std::string(a["lexicon_hash"].GetString()) != a["model_hash"].GetString());
    // The article without any actor still dates the set; the inputs are as given.
    CHECK(std::string(a["first_date"].GetString()) == "2001-02-03");
    CHECK(std::string(a["last_date"].GetString()) >= "2024-01-01");
    CHECK(a["articles"].GetUint64() == 7);
    REQUIRE(a["inputs"].Size() == 2);
    CHECK(std::string(a["inputs"][0].GetString()) == std::min(examples, quiet_article.string()));
    // --model none: the option is recorded and there is no model hash.
    const auto [none, none_text] = provenance("none", "--model none");
    CHECK(std::string((*none)["provenance"]["options"]["--model"].GetString()) == "none");
    CHECK(std::string((*none)["provenance"]["model_hash"].GetString()).empty());
    CHECK(std::string((*none)["provenance"]["lexicon_hash"].GetString()) == a["lexicon_hash"].GetString());
}
