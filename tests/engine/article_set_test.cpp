#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "common/error.hpp"
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
