// End-to-end tests of the actorgraph binary: exit codes, messages, and every
// output of `analyze` on the embedded example set.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <rapidjson/document.h>

#include "engine/cli/commands.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::read_file;
using test_support::run_actorgraph;

namespace {

// How Graphviz writes text into SVG.
std::string xml_escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '\'': out += "&#39;"; break;
        case '"': out += "&quot;"; break;
        case '-': out += "&#45;"; break;
        default: out += c;
        }
    }
    return out;
}

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("cli: --version and --help") {
    const auto version = run_actorgraph("--version");
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("actorgraph ", 0) == 0);
    const auto help = run_actorgraph("--help");
    CHECK(help.exit_code == 0);
    for (const std::string& name : actorgraph::engine::command_names()) {
        INFO(name);
        CHECK(help.out.find("\n  " + name + " ") != std::string::npos);  // each command has its line
    }
    const auto command_help = run_actorgraph("analyze --help");
    CHECK(command_help.exit_code == 0);
    CHECK(command_help.out.rfind("usage: actorgraph analyze", 0) == 0);
}

TEST_CASE("cli: unknown command or flag is a usage error (exit 2)") {
    const auto command = run_actorgraph("frobnicate");
    CHECK(command.exit_code == 2);
    CHECK(command.err.rfind("actorgraph: unknown command 'frobnicate'\n", 0) == 0);
    const auto flag = run_actorgraph("analyze --frobnicate");
    CHECK(flag.exit_code == 2);
    CHECK(flag.err.rfind("actorgraph analyze: unknown option '--frobnicate'\n", 0) == 0);
    const auto none = run_actorgraph("");
    CHECK(none.exit_code == 2);
}

TEST_CASE("cli: a missing input path is one line naming it (exit 1)") {
    const auto result = run_actorgraph("analyze /no/such/input -o /tmp/unused");
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: /no/such/input: no such file or directory\n");
    CHECK(result.out.empty());
}

TEST_CASE("cli: no input article found (exit 1)") {
    test_support::TempDir dir("empty_input");
    const auto result = run_actorgraph("extract " + dir.path().string());
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + dir.path().string() + ": no input article found (0 files read)\n");
}

TEST_CASE("cli: analyze on the example set writes every documented output") {
    test_support::TempDir dir("analyze_examples");
    const fs::path out = dir.path() / "out";
    const auto result = run_actorgraph("analyze -o " + out.string());
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("Actors by strength") != std::string::npos);  // the default ranking metric
    CHECK(result.out.find("Alliance clusters") != std::string::npos);

    // events.jsonl: every line an object with the documented keys.
    const std::string events = read_file(out / "events.jsonl");
    REQUIRE(line_count(events) > 10);
    std::istringstream lines(events);
    std::set<std::string> relations, actors;
    for (std::string line; std::getline(lines, line);) {
        rapidjson::Document event;
        event.Parse(line.c_str());
        REQUIRE_FALSE(event.HasParseError());
        for (const char* key : {"doc", "sentence", "begin", "end", "source", "target", "relation", "negated",
                                "cue", "text", "date", "title", "weight"})
            CHECK(event.HasMember(key));
        relations.insert(event["relation"].GetString());
        actors.insert(event["source"].GetString());
        actors.insert(event["target"].GetString());
        CHECK(event["negated"].IsBool());
        CHECK(event["begin"].GetUint64() < event["end"].GetUint64());
    }
    CHECK(relations == std::set<std::string>{"conflict", "negotiation", "support"});
    // A negated reading (01: "نفت تركيا أنها تدعم") is flagged; whether it passes the default
    // threshold is the model's call, so it is looked for among all the scored events.
    const auto all = run_actorgraph("extract --min-confidence 0 " +
                                    (test_support::source_dir / "examples/articles").string());
    REQUIRE(all.exit_code == 0);
    CHECK(all.out.find("\"negated\":true") != std::string::npos);

    // graph.json: the documented keys, and actors with their metrics.
    rapidjson::Document graph;
    const std::string graph_text = read_file(out / "graph.json");
    graph.Parse(graph_text.c_str());
    REQUIRE_FALSE(graph.HasParseError());
    for (const char* key : {"actors", "relations", "clusters", "summary", "evidence", "frustrated"})
        CHECK(graph.HasMember(key));
    REQUIRE(graph["actors"].Size() >= 5);
    for (const auto& actor : graph["actors"].GetArray()) {
        for (const char* key : {"id", "label_en", "label_ar", "mentions", "cluster", "metrics"})
            CHECK(actor.HasMember(key));
        CHECK(actor["metrics"].HasMember("betweenness"));
    }
    for (const auto& relation : graph["relations"].GetArray())
        for (const char* key : {"source", "target", "relation", "weight", "mentions", "documents"})
            CHECK(relation.HasMember(key));

    // Images: SVG names the actors, PNG has the signature.
    const std::string svg = read_file(out / "graph.svg");
    CHECK(svg.find("<svg") != std::string::npos);
    for (const auto& actor : graph["actors"].GetArray()) CHECK(svg.find(xml_escaped(actor["label_en"].GetString())) != std::string::npos);
    const std::string png = read_file(out / "graph.png");
    CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(read_file(out / "graph.dot").find("digraph") != std::string::npos);
}

TEST_CASE("cli: output is byte-identical across runs and thread counts") {
    test_support::TempDir dir("determinism");
    const auto one = run_actorgraph("analyze -q --threads 1 -o " + (dir.path() / "one").string());
    const auto two = run_actorgraph("analyze -q --threads 3 -o " + (dir.path() / "two").string());
    REQUIRE(one.exit_code == 0);
    REQUIRE(two.exit_code == 0);
    for (const char* name : {"events.jsonl", "graph.json", "graph.dot", "graph.svg"})
        CHECK(read_file(dir.path() / "one" / name) == read_file(dir.path() / "two" / name));
}

TEST_CASE("cli: extract writes JSON Lines to a file or to stdout") {
    test_support::TempDir dir("extract");
    const fs::path input = dir.path() / "article.txt";
    std::ofstream(input) << "شنت الطائرات الروسية غارات على مواقع المعارضة.\n";
    const auto to_stdout = run_actorgraph("extract " + input.string());
    REQUIRE(to_stdout.exit_code == 0);
    const auto to_file = run_actorgraph("extract " + input.string() + " -o " + (dir.path() / "ev.jsonl").string());
    REQUIRE(to_file.exit_code == 0);
    CHECK(read_file(dir.path() / "ev.jsonl") == to_stdout.out);
    CHECK(to_stdout.out.find("\"relation\":\"conflict\"") != std::string::npos);
}

TEST_CASE("cli: an unwritable output is exit 3 with one line") {
    const auto result = run_actorgraph("extract " + (test_support::source_dir / "examples/articles").string() +
                                       " -o /dev/full");
    CHECK(result.exit_code == 3);
    CHECK(result.err == "actorgraph: /dev/full: cannot write: No space left on device\n");
}

TEST_CASE("cli: metrics on an edge list, then query and compare the graph.json") {
    test_support::TempDir dir("metrics");
    const fs::path csv = dir.path() / "edges.csv";
    std::ofstream(csv) << "source,target,sign,weight\na,b,1,2\nb,c,-1,1\na,a,1,1\nc,d,1,1\n";
    const auto metrics = run_actorgraph("metrics " + csv.string() + " -o " + (dir.path() / "m").string());
    INFO(metrics.err);
    REQUIRE(metrics.exit_code == 0);
    CHECK(metrics.err == "actorgraph: warning: " + csv.string() + ": 1 self-loop dropped\n");
    for (const char* name : {"graph.json", "graph.dot", "graph.svg", "graph.png", "report.html", "graph.graphml",
                             "graph.gexf", "nodes.csv", "edges.csv"})
        CHECK(fs::exists(dir.path() / "m" / name));
    const std::string graph = (dir.path() / "m" / "graph.json").string();

    const auto allies = run_actorgraph("query " + graph + " allies a --json");
    REQUIRE(allies.exit_code == 0);
    CHECK(allies.out.find("\"actor\": \"b\"") != std::string::npos);
    const auto evidence = run_actorgraph("query " + graph + " evidence a b");
    CHECK(evidence.out.find("a,b,1,2") != std::string::npos);  // the row is the evidence
    const auto unknown = run_actorgraph("query " + graph + " actor zz");
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.rfind("actorgraph: unknown actor 'zz' (closest: ", 0) == 0);

    std::ofstream(dir.path() / "later.csv") << "source,target,relation,weight\na,b,support,5\nc,d,conflict,1\n";
    REQUIRE(run_actorgraph("metrics -q " + (dir.path() / "later.csv").string() + " -o " + (dir.path() / "l").string())
                .exit_code == 0);
    const auto compare = run_actorgraph("compare " + graph + " " + (dir.path() / "l" / "graph.json").string() +
                                        " -o " + (dir.path() / "c").string());
    INFO(compare.err);
    REQUIRE(compare.exit_code == 0);
    CHECK(compare.out.rfind("relations: 1 new, 2 vanished, 1 strengthened, 0 weakened", 0) == 0);
    for (const char* name : {"compare.json", "compare.dot", "compare.svg", "compare.png", "compare.html"})
        CHECK(fs::exists(dir.path() / "c" / name));
    // --diff-top limits the diff image, not compare.json; a bad value is refused first.
    const std::string later = (dir.path() / "l" / "graph.json").string();
    REQUIRE(run_actorgraph("compare -q " + graph + " " + later + " --diff-top 1 -o " + (dir.path() / "c1").string())
                .exit_code == 0);
    CHECK(read_file(dir.path() / "c1" / "compare.dot").find("The 1 largest of 4 changed ties") != std::string::npos);
    CHECK(read_file(dir.path() / "c1" / "compare.json") == read_file(dir.path() / "c" / "compare.json"));
    const auto bad_top = run_actorgraph("compare " + graph + " " + later + " --diff-top 0 -o " + (dir.path() / "c0").string());
    CHECK(bad_top.exit_code == 2);
    CHECK(bad_top.err.rfind("actorgraph compare: --diff-top", 0) == 0);
    CHECK_FALSE(fs::exists(dir.path() / "c0"));
}

TEST_CASE("cli: analyze --by month slices by article date and compares consecutive months") {
    test_support::TempDir dir("by_month");
    const auto result = run_actorgraph("analyze -q --by month -o " + dir.path().string());
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    // The example set spans March to June 2024.
    for (const char* name : {"2024-03/graph.json", "2024-04/graph.json", "2024-03_to_2024-04/compare.json",
                             "2024-05_to_2024-06/compare.html", "timeline.json"})
        CHECK(fs::exists(dir.path() / name));
    const auto bad = run_actorgraph("analyze --by week -o " + dir.path().string());
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.rfind("actorgraph analyze: --by must be month, quarter or year, got 'week'\n", 0) == 0);
}

TEST_CASE("cli: frustrated ties are counted once per pair in the terminal, the report and graph.json") {
    // a+b, b+c, a-c both ways: the a-c pair breaks the one alliance, with two
    // relations (a -> c and c -> a conflict) behind it.
    test_support::TempDir dir("frustrated_counts");
    const fs::path edges = dir.path() / "edges.csv";
    std::ofstream(edges) << "source,target,relation,weight\na,b,support,3\nb,c,support,3\na,c,conflict,1\nc,a,conflict,1\n";
    const fs::path out = dir.path() / "out";
    const auto result = test_support::run_actorgraph("metrics '" + edges.string() + "' -o '" + out.string() + "'");
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("  frustrated ties: 1 pair (2 relations)\n") != std::string::npos);
    const std::string report = test_support::read_file(out / "report.html");
    CHECK(report.find("<h3 id=\"frustrated\">Frustrated ties: 1</h3>") != std::string::npos);
    CHECK(report.find("(1 pair, 2 relations behind them)") != std::string::npos);
    CHECK(report.find(">frustrated_ties</a></dt><dd title=\"1\">1</dd>") != std::string::npos);
    rapidjson::Document graph;
    graph.Parse(test_support::read_file(out / "graph.json").c_str());
    REQUIRE_FALSE(graph.HasParseError());
    CHECK(graph["summary"]["frustrated_ties"].GetDouble() == 1);
    CHECK(graph["frustrated"].Size() == 2);  // the relations, each with its evidence
}
