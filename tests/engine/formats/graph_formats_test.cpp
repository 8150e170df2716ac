// GraphML, GEXF and CSV exports: golden files, escaping and quoting,
// well-formed XML, empty graphs and mismatched metrics.
#include <cstdlib>
#include <fstream>
#include <functional>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/formats/cluster_numbers.hpp"
#include "engine/formats/graph_formats.hpp"
#include "engine/formats/text_escape.hpp"
#include "golden.hpp"
#include "sample_graph.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;
using namespace actorgraph::engine;

using test_support::error_text;

namespace {

// Debian's interpreter first: its python3-networkx (2.8 on Debian 12) is
// the reader that matters; another python3 on PATH may carry another NetworkX.
std::string python_with_networkx() {
    for (const char* python : {"/usr/bin/python3", "python3"})
        if (std::system(("command -v " + std::string(python) + " >/dev/null 2>&1 && " + python +
                         " -c 'import networkx' >/dev/null 2>&1")
                            .c_str()) == 0)
            return python;
    return "";
}

bool xmllint_installed() { return std::system("command -v xmllint >/dev/null 2>&1") == 0; }

// xmllint --noout on the text.
bool well_formed_xml(const std::string& xml, const std::string& name) {
    test_support::TempDir dir("formats_" + name);
    const auto path = dir.path() / name;
    std::ofstream(path, std::ios::binary) << xml;
    return std::system(("timeout 30 xmllint --noout '" + path.string() + "'").c_str()) == 0;
}

// A graph whose labels need every kind of escaping.
struct Awkward {
    ActorGraph graph;
    Metrics metrics;
};

Awkward awkward_graph() {
    Awkward a;
    a.graph.index["a&b"] = boost::add_vertex(Actor{"a&b", "Tom \"T\", <Jr>", "سوريا,\nدمشق", 2}, a.graph.graph);
    a.graph.index["c"] = boost::add_vertex(Actor{"c", "C'x", "", 1}, a.graph.graph);
    Tie tie;
    tie[Relation::conflict] = {1.5, 2, 1, {0, 1}};
    boost::add_edge(0, 1, tie, a.graph.graph);
    a.metrics.actor_values = {{{"degree", 1.0}}, {{"degree", 0.5}}};
    a.metrics.cluster = {0, 1};
    return a;
}

}  // namespace

TEST_CASE("exports match the golden files for the sample graph", "[golden]") {
    auto s = test_support::sample_graph();
    test_support::check_golden("sample.graphml", to_graphml(s.graph, s.metrics));
    // Fixed positions: the layout is engine/render/layout_positions' business and test.
    const GexfOptions viz{"degree", {{0, 0}, {120.5, -30.25}, {-7, 44}, {300, 300}, {1.005, 2}}};
    test_support::check_golden("sample.gexf", to_gexf(s.graph, s.metrics, viz));
    test_support::check_golden("sample_nodes.csv", to_csv_nodes(s.graph, s.metrics));
    test_support::check_golden("sample_edges.csv", to_csv_edges(s.graph));
}

TEST_CASE("every export numbers clusters and communities from 1, 0 when not computed") {
    auto a = awkward_graph();
    a.metrics.community = {1, 0};
    const std::string graphml = to_graphml(a.graph, a.metrics), gexf = to_gexf(a.graph, a.metrics);
    CHECK(graphml.find("<data key=\"cluster\">1</data>") != std::string::npos);
    CHECK(graphml.find("<data key=\"cluster\">2</data>") != std::string::npos);
    CHECK(graphml.find("<data key=\"cluster\">0</data>") == std::string::npos);
    CHECK(graphml.find("<data key=\"community\">2</data>") != std::string::npos);
    CHECK(gexf.find("<attvalue for=\"cluster\" value=\"1\"/>") != std::string::npos);
    CHECK(gexf.find("<attvalue for=\"cluster\" value=\"2\"/>") != std::string::npos);
    CHECK(gexf.find("<attvalue for=\"cluster\" value=\"0\"/>") == std::string::npos);
    a.metrics.cluster.clear();  // not computed
    CHECK(to_csv_nodes(a.graph, a.metrics).find("\"سوريا,\nدمشق\",0,1\r\n") != std::string::npos);
    CHECK(displayed_cluster(0) == 1);
    CHECK(displayed_cluster(-1) == 0);
    CHECK(internal_cluster(displayed_cluster(4)) == 4);
    CHECK(internal_cluster(0) == -1);
}

TEST_CASE("CSV exports quote fields as RFC 4180 asks") {
    auto a = awkward_graph();
    CHECK(to_csv_nodes(a.graph, a.metrics) ==
          "\xEF\xBB\xBFid,label_en,label_ar,cluster,degree\r\n"
          "a&b,\"Tom \"\"T\"\", <Jr>\",\"سوريا,\nدمشق\",1,1\r\n"  // clusters numbered from 1
          "c,C'x,,2,0.5\r\n");
    CHECK(to_csv_edges(a.graph) ==
          "\xEF\xBB\xBFsource,target,relation,weight,mentions,documents\r\n"
          "a&b,c,conflict,1.5,2,1\r\n");
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a\rb") == "\"a\rb\"");
}

TEST_CASE("CSV files open in Excel with Arabic intact (UTF-8 BOM) and numbers to 6 significant digits") {
    auto a = awkward_graph();
    a.metrics.actor_values = {{{"degree", 0.16666666666666666}}, {{"degree", 1234567.891}}};
    a.graph.graph[*boost::edges(a.graph.graph).first][Relation::conflict].weight = 2.0 / 3.0;
    const std::string nodes = to_csv_nodes(a.graph, a.metrics);
    CHECK(nodes.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(nodes.find(",0.166667\r\n") != std::string::npos);
    CHECK(nodes.find(",1234570\r\n") != std::string::npos);
    CHECK(to_csv_edges(a.graph).find(",conflict,0.666667,2,1\r\n") != std::string::npos);
    CHECK(csv_number(26.0) == "26");
    CHECK(csv_number(1.3499999999999999) == "1.35");
}

TEST_CASE("XML exports escape labels") {
    auto a = awkward_graph();
    const std::string graphml = to_graphml(a.graph, a.metrics);
    CHECK(graphml.find("<node id=\"a&amp;b\">") != std::string::npos);
    CHECK(graphml.find("<data key=\"label_en\">Tom &quot;T&quot;, &lt;Jr&gt;</data>") != std::string::npos);
    CHECK(graphml.find("<data key=\"conflict_weight\">1.5</data>") != std::string::npos);
    CHECK(graphml.find("support_weight</data>") == std::string::npos);
    const std::string gexf = to_gexf(a.graph, a.metrics);
    CHECK(gexf.find("<node id=\"a&amp;b\" label=\"Tom &quot;T&quot;, &lt;Jr&gt;\">") != std::string::npos);
    CHECK(gexf.find("<attvalue for=\"label_en\" value=\"C&#39;x\"/>") != std::string::npos);
    CHECK(gexf.find("kind=\"conflict\" label=\"conflict\" weight=\"1.5\"") != std::string::npos);
}

TEST_CASE("GEXF is 1.2draft with the alliance colour, size, position and signed ties") {
    auto s = test_support::sample_graph();
    const GexfOptions viz{"degree", {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}}};
    const std::string gexf = to_gexf(s.graph, s.metrics, viz);
    CHECK(gexf.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"") !=
          std::string::npos);
    CHECK(gexf.find("version=\"1.2\">") != std::string::npos);
    CHECK(gexf.find("1.3") == std::string::npos);
    CHECK(gexf.find("<viz:position x=\"4\" y=\"4\" z=\"0\"/>") != std::string::npos);
    CHECK(gexf.find("<viz:size value=\"") != std::string::npos);
    CHECK(gexf.find("<viz:color r=\"") != std::string::npos);
    // Conflict and criticism: sign -1 and no attraction; support: sign 1, attraction = weight.
    const std::size_t conflict = gexf.find("kind=\"conflict\"");
    REQUIRE(conflict != std::string::npos);
    const std::string conflict_edge = gexf.substr(conflict, gexf.find("</edge>", conflict) - conflict);
    CHECK(conflict_edge.find("<attvalue for=\"sign\" value=\"-1\"/>") != std::string::npos);
    CHECK(conflict_edge.find("<attvalue for=\"attraction\" value=\"0\"/>") != std::string::npos);
    CHECK(conflict_edge.find("weight=\"0\"") == std::string::npos);  // Gephi drops edges of weight 0
    const std::size_t support = gexf.find("kind=\"support\" label=\"support\" weight=\"3\"");
    REQUIRE(support != std::string::npos);
    const std::string support_edge = gexf.substr(support, gexf.find("</edge>", support) - support);
    CHECK(support_edge.find("<attvalue for=\"sign\" value=\"1\"/>") != std::string::npos);
    CHECK(support_edge.find("<attvalue for=\"attraction\" value=\"3\"/>") != std::string::npos);
    // Without options: no size, no position, but the colour.
    const std::string plain = to_gexf(s.graph, s.metrics);
    CHECK(plain.find("viz:size") == std::string::npos);
    CHECK(plain.find("viz:position") == std::string::npos);
    CHECK(plain.find("viz:color") != std::string::npos);
    CHECK(error_text([&] { to_gexf(s.graph, s.metrics, {"nonsense", {}}); }).rfind("export: unknown size metric 'nonsense'", 0) == 0);
    CHECK(error_text([&] { to_gexf(s.graph, s.metrics, {"", {{0, 0}}}); }) == "export: 1 positions for 5 actors");
}

TEST_CASE("NetworkX reads the GEXF with its colours, sizes, positions and signs") {
    const std::string python = python_with_networkx();
    if (python.empty()) SKIP_TEST("NetworkX is not installed (Debian: python3-networkx)");
    auto s = test_support::sample_graph();
    const GexfOptions viz{"degree", {{0, 0}, {120.5, -30.25}, {-7, 44}, {300, 300}, {1, 2}}};
    test_support::TempDir dir("formats_networkx");
    std::ofstream(dir.path() / "sample.gexf", std::ios::binary) << to_gexf(s.graph, s.metrics, viz);
    std::ofstream(dir.path() / "read.py") << R"(import sys, networkx
g = networkx.read_gexf(sys.argv[1])
out = [type(g).__name__, str(g.number_of_nodes()), str(g.number_of_edges())]
for node in sorted(g.nodes):
    d = g.nodes[node]
    out.append("%s cluster=%d pos=%g,%g size=%s colour=%s" % (node, d["cluster"], d["viz"]["position"]["x"],
               d["viz"]["position"]["y"], d["viz"]["size"] > 0, d["viz"]["color"]["r"] >= 0))
signs = sorted(set((e["relation"], e["sign"], e["attraction"] == (e["weight"] if e["sign"] > 0 else 0))
                   for _, _, e in g.edges(data=True)))
out.append(repr(signs))
open(sys.argv[2], "w").write("".join(line + chr(10) for line in out))
)";
    const auto result = dir.path() / "result.txt";
    REQUIRE(std::system(("timeout 120 " + python + " '" + (dir.path() / "read.py").string() + "' '" +
                         (dir.path() / "sample.gexf").string() + "' '" + result.string() + "'")
                            .c_str()) == 0);
    const std::string text = test_support::read_file(result);
    INFO(text);
    CHECK(text.rfind("DiGraph\n5\n7\n", 0) == 0);  // every actor and every relation
    CHECK(text.find("usa cluster=") != std::string::npos);
    CHECK(text.find("cluster=0") == std::string::npos);  // numbered from 1
    CHECK(text.find("pos=120.5,-30.25 size=True colour=True") != std::string::npos);
    CHECK(text.find("('conflict', -1, True)") != std::string::npos);
    CHECK(text.find("('criticism', -1, True)") != std::string::npos);
    CHECK(text.find("('negotiation', 0, True)") != std::string::npos);
    CHECK(text.find("('support', 1, True)") != std::string::npos);
}

// xmllint checks what the string searches above cannot: the whole file parses.
TEST_CASE("XML exports are well formed (xmllint)") {
    if (!xmllint_installed()) SKIP_TEST("xmllint is not installed (Debian: libxml2-utils)");
    auto a = awkward_graph();
    CHECK(well_formed_xml(to_graphml(a.graph, a.metrics), "awkward.graphml"));
    CHECK(well_formed_xml(to_gexf(a.graph, a.metrics), "awkward.gexf"));
    auto s = test_support::sample_graph();
    CHECK(well_formed_xml(to_graphml(s.graph, s.metrics), "sample.graphml"));
    CHECK(well_formed_xml(to_gexf(s.graph, s.metrics, {"degree", {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}}}),
                          "sample.gexf"));
    ActorGraph empty;
    Metrics none;
    CHECK(well_formed_xml(to_graphml(empty, none), "empty.graphml"));
    CHECK(well_formed_xml(to_gexf(empty, none), "empty.gexf"));
}

TEST_CASE("exports of a graph without actors are empty") {
    ActorGraph empty;
    Metrics none;
    CHECK(to_csv_nodes(empty, none) == "\xEF\xBB\xBFid,label_en,label_ar,cluster\r\n");
    CHECK(to_csv_edges(empty) == "\xEF\xBB\xBFsource,target,relation,weight,mentions,documents\r\n");
    CHECK(to_gexf(empty, none).find("<nodes>\n    </nodes>") != std::string::npos);
}

TEST_CASE("exports reject metrics that do not match the graph") {
    auto s = test_support::sample_graph();
    auto short_metrics = s.metrics;
    short_metrics.actor_values.pop_back();
    CHECK(error_text([&] { to_graphml(s.graph, short_metrics); }) ==
          "export: metrics cover 4 actors but the graph has 5");
    auto missing = s.metrics;
    missing.actor_values[2].erase("degree");
    missing.actor_values[2]["pagerank"] = 0.1;
    CHECK(error_text([&] { to_csv_nodes(s.graph, missing); }) ==
          "export: actor 'syria' has no value for metric 'degree'");
    auto clusters = s.metrics;
    clusters.cluster.push_back(3);
    CHECK(error_text([&] { to_gexf(s.graph, clusters); }) ==
          "export: cluster list covers 6 actors but the graph has 5");
}

TEST_CASE("format_number is shortest round-trip and locale independent") {
    CHECK(format_number(0.25) == "0.25");
    CHECK(format_number(3.0) == "3");
    CHECK(format_number(-0.0) == "0");
    CHECK(format_number(1.0 / 3.0) == "0.3333333333333333");
    CHECK(format_number(1e-7) == "1e-07");
    CHECK(xml_escape("a\x01<b>") == "a&lt;b&gt;");
    CHECK(dot_quote("x\"y\\z\nw") == "\"x\\\"y\\\\z\\nw\"");
}
