#include <catch2/catch.hpp>

#include <cmath>

#include "graphs/metrics.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

namespace {

std::vector<std::string> keys_of(const std::map<std::string, double>& m) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : m) keys.push_back(k);
    return keys;
}

void check_all_finite(const std::map<std::string, double>& m) {
    for (const auto& [k, v] : m) {
        INFO(k);
        CHECK(std::isfinite(v));
    }
}

}  // namespace

TEST_CASE("compute_metrics gives the same keys and finite values for 0, 1 and 2 actors") {
    Metrics empty = compute_metrics(build_graph({}, {}));
    Metrics lone = compute_metrics(build_graph({{"x", "X", "X", 2}}, {}));
    Metrics pair = compute_metrics(build_graph(
        {}, {Observation{"a", "b", Relation::conflict, 2.0, "doc0", 0}}));

    // Same summary keys whatever the size.
    CHECK(keys_of(empty.summary) == keys_of(pair.summary));
    CHECK(keys_of(lone.summary) == keys_of(pair.summary));
    check_all_finite(empty.summary);
    check_all_finite(lone.summary);
    check_all_finite(pair.summary);

    CHECK(empty.summary.at("clusters") == 0);
    CHECK(empty.summary.at("criterion_exact") == 1);
    CHECK(empty.frustrated.empty());
    CHECK(empty.community.empty());

    REQUIRE(lone.actor_values.size() == 1);
    check_all_finite(lone.actor_values[0]);
    CHECK(keys_of(lone.actor_values[0]) == keys_of(pair.actor_values[0]));
    CHECK(lone.cluster == std::vector<int>{0});
    REQUIRE(lone.clusters.size() == 1);
    CHECK(lone.clusters[0].members == std::vector<std::string>{"x"});
    CHECK(lone.community == std::vector<int>{0});
    CHECK(lone.summary.at("criterion") == 0);
    CHECK(lone.summary.at("criterion_exact") == 1);
    CHECK(lone.actor_values[0].at("betweenness") == 0);
    CHECK(lone.actor_values[0].at("harmonic_closeness") == 0);
    CHECK(lone.actor_values[0].at("eigenvector") == 1);  // igraph: 1 for every vertex without arcs

    // Two enemies: apart, nothing frustrated, and the PN index's singular
    // system resolved to 1/2 each (graphs/pn_index.hpp).
    REQUIRE(pair.actor_values.size() == 2);
    for (const auto& values : pair.actor_values) check_all_finite(values);
    CHECK(pair.cluster == std::vector<int>{0, 1});
    CHECK(pair.summary.at("criterion") == 0);
    CHECK(pair.summary.at("negative_ties") == 1);
    CHECK(pair.actor_values[0].at("pn_index") == 0.5);
    CHECK(pair.actor_values[1].at("pn_index") == 0.5);
}
