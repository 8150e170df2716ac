// `actorgraph analyze` checks every option value before it reads any input:
// a bad value is one usage line (exit 2) and nothing is written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <utility>

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
