// Every actor metric and summary figure compute_metrics gives has a glossary entry.
#include <catch2/catch.hpp>

#include "engine/render/glossary.hpp"
#include "graphs/metrics.hpp"

using namespace actorgraph;

TEST_CASE("the glossary explains every metric and summary figure") {
    const graphs::Metrics m = graphs::compute_metrics(graphs::build_graph(
        {}, {{"a", "b", Relation::support, 1.0, "d1", 0}, {"b", "c", Relation::conflict, 1.0, "d2", 1}}));
    std::vector<std::string> names{"alliance"};
    for (const auto& [name, value] : m.actor_values.front()) names.push_back(name);
    for (const auto& [name, value] : m.summary) names.push_back(name);
    for (const std::string& name : names) {
        INFO(name);
        CHECK_FALSE(engine::glossary_entry(name).explanation.empty());
    }
    CHECK(engine::glossary_entry("strength_in_conflict").explanation ==
          "Summed weight of the conflict ties towards this actor.");
    CHECK(engine::glossary_entry("betweenness").reference == "Brandes 2001, A faster algorithm for betweenness centrality");
    CHECK(engine::glossary_entry("no_such_metric").explanation.empty());
}
