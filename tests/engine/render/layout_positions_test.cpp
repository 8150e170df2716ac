// layout_positions: one position per actor, distinct, the same run to run.
#include <set>

#include <catch2/catch.hpp>

#include "engine/render/layout_positions.hpp"
#include "sample_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

TEST_CASE("layout_positions places every actor apart, deterministically") {
    const auto sample = test_support::sample_graph();
    const auto first = layout_positions(sample.graph);
    REQUIRE(first.size() == sample.graph.actor_count());
    CHECK(layout_positions(sample.graph) == first);
    std::set<std::array<double, 2>> distinct(first.begin(), first.end());
    CHECK(distinct.size() == first.size());
    CHECK(layout_positions(graphs::ActorGraph{}).empty());
}

TEST_CASE("layout_positions lays out a 120-actor graph deterministically") {
    std::vector<graphs::Observation> observations;
    for (int i = 0; i < 120; ++i)
        observations.push_back({"a" + std::to_string(i), "a" + std::to_string((i * 7 + 1) % 120),
                                i % 3 ? Relation::support : Relation::conflict, 1.0, "d" + std::to_string(i), 0});
    const graphs::ActorGraph graph = graphs::build_graph({}, observations);
    const auto first = layout_positions(graph);
    REQUIRE(first.size() == graph.actor_count());
    CHECK(layout_positions(graph) == first);
    std::set<std::array<double, 2>> distinct(first.begin(), first.end());
    CHECK(distinct.size() == first.size());
}
