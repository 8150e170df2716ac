#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/formats/graph_json.hpp"
#include "golden.hpp"
#include "sample_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {
Analysis small_analysis() {
    Analysis analysis;
    std::vector<graphs::Observation> observations{{"a", "b", Relation::support, 2, "d1", 0},
                                                  {"c", "a", Relation::conflict, 1, "d2", 1}};
    for (int i = 0; i < 2; ++i) {
        extract::Event event;
        event.doc = "d" + std::to_string(i + 1);
        event.source = observations[i].source;
        event.target = observations[i].target;
        event.relation = observations[i].relation;
        event.text = "جملة " + std::to_string(i);
        analysis.events.push_back(event);
    }
    analysis.graph = graphs::build_graph({{"a", "Alpha", "ألفا", 3}}, observations);
    analysis.metrics = graphs::compute_metrics(analysis.graph);
    return analysis;
}
}  // namespace

TEST_CASE("graph_json: write, read back, write again gives the same bytes") {
    const Analysis analysis = small_analysis();
    const std::string first = graph_to_json(analysis, RunInfo{"test", "top"});
    const Analysis read = graph_from_json(first, "graph.json");
    CHECK(read.graph.actor_count() == 3);
    CHECK(read.events.size() == 2);
    CHECK(graph_to_json(read, RunInfo{"test", "top"}) == first);
}

TEST_CASE("graph_json: clusters are numbered from 1 in the file and from 0 once read back") {
    Analysis analysis = small_analysis();
    analysis.metrics.cluster = {0, 1, 0};
    analysis.metrics.clusters = {{0, {"a", "c"}}, {1, {"b"}}};
    const std::string text = graph_to_json(analysis, RunInfo{"test", "top"});
    CHECK(text.find("\"cluster\": 0") == std::string::npos);
    CHECK(text.find("\"cluster\": 2") != std::string::npos);
    CHECK(text.find("\"id\": 2") != std::string::npos);
    const Analysis read = graph_from_json(text, "graph.json");
    CHECK(read.metrics.cluster == std::vector<int>{0, 1, 0});
    REQUIRE(read.metrics.clusters.size() == 2);
    CHECK(read.metrics.clusters[0].id == 0);
    CHECK(read.metrics.clusters[1].id == 1);
}

TEST_CASE("graph_json: criticism is written as its own relation and read back as one") {
    Analysis analysis;
    const std::vector<graphs::Observation> observations{{"a", "b", Relation::criticism, 1.5, "d1", 0},
                                                        {"a", "b", Relation::conflict, 1, "d2", 1}};
    for (const graphs::Observation& o : observations) {
        extract::Event event;
        event.doc = o.doc;
        event.source = o.source;
        event.target = o.target;
        event.relation = o.relation;
        analysis.events.push_back(event);
    }
    graphs::MetricsOptions options;
    options.criticism_sign_weight = -0.5;
    analysis.graph = graphs::build_graph({}, observations);
    analysis.metrics = graphs::compute_metrics(analysis.graph, options);
    const std::string first = graph_to_json(analysis, RunInfo{"test", "top"});
    CHECK(first.find("\"relation\": \"criticism\"") != std::string::npos);
    CHECK(first.find("\"criticism_sign_weight\": -0.5") != std::string::npos);
    const Analysis read = graph_from_json(first, "graph.json");
    const auto [edge, found] = boost::edge(*read.graph.find("a"), *read.graph.find("b"), read.graph.graph);
    REQUIRE(found);
    CHECK(read.graph.graph[edge][Relation::criticism].weight == 1.5);
    CHECK(read.graph.graph[edge][Relation::criticism].evidence == std::vector<std::size_t>{0});
    CHECK(read.graph.graph[edge][Relation::conflict].weight == 1.0);  // criticism did not add to conflict
    CHECK(read.events[0].relation == Relation::criticism);
    CHECK(read.metrics.summary.at("criticism_sign_weight") == -0.5);
    CHECK(graph_to_json(read, RunInfo{"test", "top"}) == first);
}

TEST_CASE("graph_json: errors name the file and the place") {
    CHECK_THROWS_WITH(graph_from_json("{\"actors\": [", "g.json"), "g.json:1:13: Invalid value.");
    CHECK_THROWS_WITH(graph_from_json("[]", "g.json"), "g.json: expected a graph.json object");
    CHECK_THROWS_WITH(graph_from_json("{\"evidence\": []}", "g.json"), "g.json: missing key \"actors\"");
    std::string text = graph_to_json(small_analysis(), RunInfo{"test", "top"});
    const std::string needle = "\"relation\": \"support\"";
    text.replace(text.find(needle), needle.size(), "\"relation\": \"hug\"");
    CHECK_THROWS_WITH(graph_from_json(text, "g.json"), "g.json: relations[0]: unknown relation \"hug\"");
    // A cluster index beyond int is refused, not converted (undefined behaviour before).
    std::string big = graph_to_json(small_analysis(), RunInfo{"test", "top"});
    const std::size_t at = big.find("\"community\": ");
    REQUIRE(at != std::string::npos);
    big.insert(at + 13, "1e111");
    big.erase(at + 18, big.find_first_of(",\n}", at + 18) - (at + 18));
    CHECK_THROWS_WITH(graph_from_json(big, "g.json"), "g.json: actors[0]: \"community\" must be an integer");
}

TEST_CASE("graph_json: golden file of the fixed sample graph", "[golden]") {
    test_support::SampleGraph sample = test_support::sample_graph();
    Analysis analysis;
    analysis.graph = std::move(sample.graph);
    analysis.metrics = std::move(sample.metrics);
    analysis.events = std::move(sample.events);
    test_support::check_golden("sample_graph.json", graph_to_json(analysis, RunInfo{"sample", "top"}));
}
