#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "common/error.hpp"
#include "common/fnv.hpp"
#include "engine/article_set.hpp"
#include "test_support.hpp"

using namespace actorgraph::engine;
namespace fs = std::filesystem;

TEST_CASE("article_set: directories are walked recursively, sorted, hidden entries skipped") {
    test_support::TempDir dir("sources");
    fs::create_directories(dir.path() / "b" / "c");
    fs::create_directories(dir.path() / ".hidden");
    for (const char* name : {"b/c/z.txt", "a.txt", ".hidden/x.txt", "b/.y.txt"})
        std::ofstream(dir.path() / name) << "x";
    const auto sources = collect_sources({dir.path().string(), (dir.path() / "a.txt").string()});
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].path == (dir.path() / "a.txt").string());
    CHECK(sources[1].path == (dir.path() / "b" / "c" / "z.txt").string());
}

TEST_CASE("article_set: a symlink loop does not hang the walk") {
    test_support::TempDir dir("loop");
    fs::create_directories(dir.path() / "d");
    std::ofstream(dir.path() / "d" / "a.txt") << "x";
    fs::create_directory_symlink("..", dir.path() / "d" / "up");
    CHECK(collect_sources({dir.path().string()}).size() == 1);
}

TEST_CASE("article_set: a missing input names the path") {
    CHECK_THROWS_WITH(collect_sources({"/no/such/place"}), "/no/such/place: no such file or directory");
}

TEST_CASE("article_set: the example set is embedded") {
    const auto sources = example_sources();
    REQUIRE(sources.size() >= 5);
    for (const auto& source : sources) {
        CHECK(source.embedded);
        CHECK(source.path.rfind("examples/", 0) == 0);
        CHECK_FALSE(source.bytes.empty());
    }
}

TEST_CASE("article_set: the output folder is named after the input") {
    CHECK(input_set_name({}) == "examples");
    CHECK(input_set_name({"../shared/corpora/seeds"}) == "seeds");
    CHECK(input_set_name({"../shared/corpora/seeds/"}) == "seeds");
    CHECK(input_set_name({"a/news.txt", "b"}) == "news_and_1_more");
}

TEST_CASE("article_set: the default output folder never takes another input set's results") {
    test_support::TempDir dir("output_folder");
    const fs::path root = dir.path() / "output";
    const std::string a = (dir.path() / "a" / "news").string(), b = (dir.path() / "b" / "news").string();
    // A new folder, then the same inputs again (in any spelling): the plain name.
    const OutputFolder first = default_output_folder("news", {a}, root);
    CHECK(first.path == root / "news");
    CHECK(first.note.empty());
    fs::create_directories(first.path);
    mark_output_folder(first.path, {a});
    std::ofstream(first.path / "graph.json") << "{}";
    CHECK(default_output_folder("news", {a + "/"}, root).path == root / "news");
    // Another folder also named news: a name with the hash of its inputs, said.
    const OutputFolder second = default_output_folder("news", {b}, root);
    char hash[9];
    std::snprintf(hash, sizeof hash, "%08llx",
                  static_cast<unsigned long long>(actorgraph::fnv1a(b + "\n") & 0xffffffffULL));
    CHECK(second.path == root / ("news-" + std::string(hash)));
    CHECK(second.note == (root / "news").string() + " holds the results of " + a + "; writing to " +
                             second.path.string() + " (-o DIR to choose)");
    // A folder with files and no marker (written by hand, or an older version) is not taken either.
    fs::create_directories(root / "old");
    std::ofstream(root / "old" / "nodes.csv") << "x";
    CHECK(default_output_folder("old", {a}, root).path != root / "old");
    CHECK(input_set_key({}) == "examples\n");
}
