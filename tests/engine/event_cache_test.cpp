// --cache: identical results, and cached articles are not extracted again.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::read_file;
using test_support::run_actorgraph;

namespace {
std::size_t files_under(const fs::path& dir) {
    std::size_t count = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) count += entry.is_regular_file();
    return count;
}
}  // namespace

TEST_CASE("cache: same output as without it, and a grown corpus extracts only new articles") {
    test_support::TempDir dir("cache");
    const fs::path input = dir.path() / "in", cache = dir.path() / "cache";
    fs::create_directories(input);
    std::ofstream(input / "a.txt") << "شنت الطائرات الروسية غارات على مواقع المعارضة.\n";
    std::ofstream(input / "b.txt") << "قدمت الولايات المتحدة أسلحة لقوات سوريا الديمقراطية.\n";

    REQUIRE(run_actorgraph("extract " + input.string() + " -o " + (dir.path() / "plain.jsonl").string()).exit_code == 0);
    REQUIRE(run_actorgraph("extract " + input.string() + " --cache " + cache.string() + " -o " +
                           (dir.path() / "cached.jsonl").string())
                .exit_code == 0);
    CHECK(read_file(dir.path() / "cached.jsonl") == read_file(dir.path() / "plain.jsonl"));
    CHECK(files_under(cache) == 2);

    // Mark every stored result: a second run must return the marked results,
    // which proves it read them instead of extracting again.
    std::size_t marked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(cache)) {
        if (!entry.is_regular_file()) continue;
        std::string text = read_file(entry.path());
        const std::string cue = "\\\"cue\\\":\\\"";  // \"cue\":\" inside the stored JSON string
        for (std::size_t at = 0; (at = text.find(cue, at)) != std::string::npos; at += cue.size()) {
            text.insert(at + cue.size(), "CACHED");
            ++marked;
        }
        std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << text;
    }
    REQUIRE(marked >= 1);
    std::ofstream(input / "c.txt") << "بدأت محادثات بين روسيا وتركيا.\n";
    const auto grown = run_actorgraph("extract " + input.string() + " --cache " + cache.string());
    REQUIRE(grown.exit_code == 0);
    CHECK(files_under(cache) == 3);
    std::size_t cached = 0, fresh = 0;
    for (std::size_t at = 0; (at = grown.out.find("\"cue\":\"", at)) != std::string::npos; ++at)
        (grown.out.compare(at + 7, 6, "CACHED") == 0 ? cached : fresh)++;
    CHECK(cached == marked);  // every stored event came from the cache
    CHECK(fresh >= 1);   // c.txt was extracted
}

TEST_CASE("cache: a damaged entry is extracted again") {
    test_support::TempDir dir("cache_damaged");
    const fs::path input = dir.path() / "a.txt", cache = dir.path() / "cache";
    std::ofstream(input) << "شنت الطائرات الروسية غارات على مواقع المعارضة.\n";
    const auto first = run_actorgraph("extract " + input.string() + " --cache " + cache.string());
    REQUIRE(first.exit_code == 0);
    for (const auto& entry : fs::recursive_directory_iterator(cache))
        if (entry.is_regular_file()) std::ofstream(entry.path(), std::ios::trunc) << "{not json";
    const auto second = run_actorgraph("extract " + input.string() + " --cache " + cache.string());
    REQUIRE(second.exit_code == 0);
    CHECK(second.out == first.out);
}
