// End-to-end: --criticism-weight (validated before any work, exact one-line
// errors) and --relations with criticism, on an edge list with a known answer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <rapidjson/document.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::read_file;
using test_support::run_actorgraph;

namespace {

// a -> b support 2, b -> c support 1, a -> c criticism 3: one alliance while
// criticism counts 0; {a, b} and {c} once it counts as a negative tie.
constexpr const char* edges = "source,target,relation,weight\na,b,support,2\nb,c,support,1\na,c,criticism,3\n";

struct Graph {
    std::set<std::string> relations;  // "source relation target"
    std::size_t clusters = 0;
    double criticism_sign_weight = 99;
};

Graph read_graph(const fs::path& file) {
    const std::string text = read_file(file);
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    Graph g;
    for (const auto& r : doc["relations"].GetArray())
        g.relations.insert(std::string(r["source"].GetString()) + " " + r["relation"].GetString() + " " +
                           r["target"].GetString());
    g.clusters = doc["clusters"].Size();
    g.criticism_sign_weight = doc["summary"]["criticism_sign_weight"].GetDouble();
    return g;
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("cli: a bad --criticism-weight is one exact usage line, before any work") {
    test_support::TempDir dir("criticism_weight");
    const fs::path csv = dir.path() / "edges.csv";
    std::ofstream(csv) << edges;
    const fs::path out = dir.path() / "out";
    const std::string to = " -o " + out.string();
    struct Case {
        std::string command, error;
    };
    const Case cases[] = {
        {"metrics " + csv.string() + " --criticism-weight 0.5" + to,
         "actorgraph metrics: --criticism-weight must be a number <= 0 (criticism counts as a negative tie), got '0.5'"},
        {"metrics " + csv.string() + " --criticism-weight=heavy" + to,
         "actorgraph metrics: --criticism-weight expects a number, got 'heavy'"},
        {"metrics " + csv.string() + " --criticism-weight nan" + to,
         "actorgraph metrics: --criticism-weight expects a number, got 'nan'"},
        {"metrics" + to + " " + csv.string() + " --criticism-weight",
         "actorgraph metrics: --criticism-weight needs a value"},
        {"analyze --criticism-weight 2" + to,
         "actorgraph analyze: --criticism-weight must be a number <= 0 (criticism counts as a negative tie), got '2'"},
        {"compare " + csv.string() + " " + csv.string() + " --criticism-weight 1" + to,
         "actorgraph compare: --criticism-weight must be a number <= 0 (criticism counts as a negative tie), got '1'"},
        {"query " + csv.string() + " clusters --criticism-weight 1",
         "actorgraph query: --criticism-weight must be a number <= 0 (criticism counts as a negative tie), got '1'"},
    };
    for (const Case& c : cases) {
        INFO(c.command);
        const auto result = run_actorgraph(c.command);
        CHECK(result.exit_code == 2);
        CHECK(first_line(result.err) == c.error);
        CHECK(result.err.find("usage: actorgraph ") != std::string::npos);  // the usage follows
        CHECK(result.out.empty());
        CHECK_FALSE(fs::exists(out));
    }
    const auto help = run_actorgraph("analyze --help");
    CHECK(help.out.find("--criticism-weight X") != std::string::npos);
    CHECK(help.out.find("(support,conflict,negotiation,criticism)") != std::string::npos);
    CHECK(run_actorgraph("metrics --help").out.find("--criticism-weight") != std::string::npos);
}

TEST_CASE("cli: criticism weight 0 leaves the alliance alone, a negative weight splits it") {
    test_support::TempDir dir("criticism_alliance");
    const fs::path csv = dir.path() / "edges.csv";
    std::ofstream(csv) << edges;
    REQUIRE(run_actorgraph("metrics -q " + csv.string() + " -o " + (dir.path() / "zero").string()).exit_code == 0);
    const Graph zero = read_graph(dir.path() / "zero" / "graph.json");
    CHECK(zero.relations == std::set<std::string>{"a support b", "b support c", "a criticism c"});
    CHECK(zero.clusters == 1);
    CHECK(zero.criticism_sign_weight == 0);
    CHECK(read_file(dir.path() / "zero" / "edges.csv").find("a,c,criticism,3,1,1\r\n") != std::string::npos);
    const std::string dot = read_file(dir.path() / "zero" / "graph.dot");
    CHECK(dot.find("--criticism\", color=\"#ef6c00\", style=dashed") != std::string::npos);
    CHECK(read_file(dir.path() / "zero" / "report.html").find("id=\"rel-a-c-criticism\"") != std::string::npos);

    const auto harsh =
        run_actorgraph("metrics -q " + csv.string() + " --criticism-weight -1 -o " + (dir.path() / "harsh").string());
    INFO(harsh.err);
    REQUIRE(harsh.exit_code == 0);
    const Graph split = read_graph(dir.path() / "harsh" / "graph.json");
    CHECK(split.relations == zero.relations);
    CHECK(split.clusters == 2);
    CHECK(split.criticism_sign_weight == -1);

    // The query reads the weight back from graph.json: c is a's enemy only in the harsh graph.
    const auto enemies = run_actorgraph("query " + (dir.path() / "harsh" / "graph.json").string() + " enemies a --json");
    CHECK(enemies.out.find("\"actor\": \"c\"") != std::string::npos);
    const auto none = run_actorgraph("query " + (dir.path() / "zero" / "graph.json").string() + " enemies a --json");
    CHECK(none.out.find("\"actor\": \"c\"") == std::string::npos);
}

TEST_CASE("cli: --relations keeps or drops criticism") {
    test_support::TempDir dir("criticism_relations");
    const fs::path csv = dir.path() / "edges.csv";
    std::ofstream(csv) << edges;
    REQUIRE(run_actorgraph("metrics -q " + csv.string() + " --relations criticism -o " + (dir.path() / "only").string())
                .exit_code == 0);
    CHECK(read_graph(dir.path() / "only" / "graph.json").relations == std::set<std::string>{"a criticism c"});
    REQUIRE(run_actorgraph("metrics -q " + csv.string() + " --relations support,conflict -o " +
                           (dir.path() / "none").string())
                .exit_code == 0);
    CHECK(read_graph(dir.path() / "none" / "graph.json").relations ==
          std::set<std::string>{"a support b", "b support c"});
    const auto bad = run_actorgraph("metrics " + csv.string() + " --relations criticism,hug -o " +
                                    (dir.path() / "bad").string());
    CHECK(bad.exit_code == 2);
    CHECK(first_line(bad.err) ==
          "actorgraph metrics: unknown relation 'hug' (expected support, conflict, negotiation or criticism)");
}
