// The --help text is generated from the option tables: help aligned at
// column 28, continuation lines under it, a long option pushing its help on.
#include <catch2/catch.hpp>

#include "engine/cli/usage.hpp"

using namespace actorgraph::engine;

TEST_CASE("usage: one line per option, from the same table the parser reads") {
    const CommandUsage usage{"usage: actorgraph demo [OPTIONS]",
                             "What it does.\n",
                             {{"", {{"--output", "-o", true, "DIR", "output folder"}}},
                              {"more:", {{"--strict", "", false, "", "stop early\nat the first bad file"},
                                         {"--graph-min-confidence", "", true, "X", "a long one"}}}},
                             "trailer\n"};
    CHECK(usage_text(usage) == "usage: actorgraph demo [OPTIONS]\n\nWhat it does.\n\n"
                               "  -o, --output DIR          output folder\n"
                               "more:\n"
                               "      --strict              stop early\n"
                               "                            at the first bad file\n"
                               "      --graph-min-confidence X  a long one\n"
                               "trailer\n");
    const auto options = all_options(usage);
    REQUIRE(options.size() == 3);
    CHECK(options[0].name == "--output");
    CHECK(options[2].takes_value);
    CHECK(only(options, {"--strict"}).size() == 1);
    CHECK(with_help(options, "--strict", "other")[1].help == "other");
}
