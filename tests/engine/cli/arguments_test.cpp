#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/cli/arguments.hpp"

using actorgraph::Error;
using actorgraph::ExitCode;
using namespace actorgraph::engine;

namespace {
const std::vector<OptionSpec> specs{
    {"--output", "-o", true, "DIR", "output folder"}, {"--strict", "", false, "", "stop at the first bad file"}, {"--threads", "-j", true, "N", "threads"}};

std::string usage_message(const std::vector<std::string>& words) {
    try {
        parse_arguments(words, specs, "analyze");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::usage_error);
        return error.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("arguments: long, short, inline values, flags and positionals") {
    const Arguments args = parse_arguments({"a", "-o", "out", "--strict", "--threads=4", "b"}, specs, "analyze");
    CHECK(args.positional == std::vector<std::string>{"a", "b"});
    CHECK(args.value("--output") == std::optional<std::string>("out"));
    CHECK(args.flag("--strict"));
    CHECK(args.integer("--threads", 0, 0, "analyze") == 4);
    CHECK(args.value_or("--missing", "x") == "x");
}

TEST_CASE("arguments: '--' ends options and a lone '-' is positional") {
    const Arguments args = parse_arguments({"--", "--strict", "-"}, specs, "analyze");
    CHECK(args.positional == std::vector<std::string>{"--strict", "-"});
    CHECK_FALSE(args.flag("--strict"));
}

TEST_CASE("arguments: exact usage errors") {
    CHECK(usage_message({"--bogus"}) == "actorgraph analyze: unknown option '--bogus'");
    CHECK(usage_message({"-o"}) == "actorgraph analyze: --output needs a value");
    CHECK(usage_message({"--strict=yes"}) == "actorgraph analyze: --strict takes no value");
    const Arguments args = parse_arguments({"--threads", "x"}, specs, "analyze");
    CHECK_THROWS_WITH(args.integer("--threads", 0, 0, "analyze"),
                      "actorgraph analyze: --threads expects a whole number >= 0, got 'x'");
}

TEST_CASE("arguments: split_list drops empty parts and spaces") {
    CHECK(split_list("svg, png,,pdf") == std::vector<std::string>{"svg", "png", "pdf"});
    CHECK(split_list("").empty());
}
