// Every input under fuzz/corpus/<target>/ and fuzz/regressions/<target>/ (the
// crashes and hangs the fuzzers found, kept after the fix) fed to the same
// body the libFuzzer target runs. The bodies are compiled here from fuzz/*.cpp
// without their LLVMFuzzerTestOneInput, so this runs in every build (gcc too).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#define ACTORGRAPH_FUZZ_BODY_ONLY
#include "fuzz/article_reader_fuzz.cpp"
#include "fuzz/edge_list_fuzz.cpp"
#include "fuzz/extractor_fuzz.cpp"
#include "fuzz/graph_json_fuzz.cpp"
#include "fuzz/lexicon_fuzz.cpp"
#include "fuzz/normalizer_fuzz.cpp"

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

// The files of fuzz/corpus/<target>/ and fuzz/regressions/<target>/, sorted.
std::vector<fs::path> inputs_of(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* kind : {"corpus", "regressions"}) {
        const fs::path dir = test_support::source_dir / "fuzz" / kind / target;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void replay(const std::string& target, const std::function<void(std::string_view)>& body) {
    const auto files = inputs_of(target);
    CHECK(files.size() >= 1);  // every target has a seed corpus
    for (const fs::path& file : files) {
        INFO(file.string());
        const std::string bytes = test_support::read_file(file);
        CHECK_NOTHROW(body(bytes));
    }
}

}  // namespace

TEST_CASE("fuzz regressions: normalizer") { replay("normalizer", actorgraph::fuzz::normalizer_body); }
TEST_CASE("fuzz regressions: article reader") { replay("article_reader", actorgraph::fuzz::article_reader_body); }
TEST_CASE("fuzz regressions: extractor") { replay("extractor", actorgraph::fuzz::extractor_body); }
TEST_CASE("fuzz regressions: lexicon") { replay("lexicon", actorgraph::fuzz::lexicon_body); }
TEST_CASE("fuzz regressions: edge list") { replay("edge_list", actorgraph::fuzz::edge_list_body); }
TEST_CASE("fuzz regressions: graph.json") { replay("graph_json", actorgraph::fuzz::graph_json_body); }

TEST_CASE("fuzz regressions: the bodies detect a broken invariant") {
    // The harness itself must be able to fail: a Violation is not swallowed.
    CHECK_THROWS_AS(actorgraph::fuzz::require(false, "x"), actorgraph::fuzz::Violation);
    CHECK(actorgraph::fuzz::valid_utf8("عربي abc"));
    CHECK_FALSE(actorgraph::fuzz::valid_utf8("\xC0\xAF"));        // overlong '/'
    CHECK_FALSE(actorgraph::fuzz::valid_utf8("\xED\xA0\x80"));    // surrogate
    CHECK_FALSE(actorgraph::fuzz::valid_utf8("\xE2\x82"));        // truncated
}
