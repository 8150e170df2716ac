// `actorgraph analyze` checks every option value before it reads any input:
// a bad value is one usage line (exit 2) and nothing is written.
#include <catch2/catch.hpp>

#include <filesystem>

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
