#include <catch2/catch.hpp>

#include "graphs/metrics.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

using test_support::obs;

TEST_CASE("compute_metrics on a hand-drawn graph") {
    // a and b support each other; c attacks both; d negotiates with c.
    std::vector<Observation> o = {
        obs("a", "b", Relation::support, 2, 0), obs("b", "a", Relation::support, 1, 1),
        obs("c", "a", Relation::conflict, 1, 2), obs("c", "b", Relation::conflict, 1, 3),
        obs("d", "c", Relation::negotiation, 1, 4),
    };
    ActorGraph g = build_graph({}, o);
    Metrics m = compute_metrics(g);
    REQUIRE(m.actor_values.size() == 4);
    const auto& a = m.actor_values[0];
    CHECK(a.at("degree_out_support") == 1);
    CHECK(a.at("strength_out_support") == 2);
    CHECK(a.at("strength_in_support") == 1);
    CHECK(a.at("degree_in_conflict") == 1);
    CHECK(a.at("net_signed_degree") == 0);     // + with b, - with c
    CHECK(a.at("net_signed_strength") == 2);   // 3 - 1
    CHECK(m.actor_values[3].at("degree_out_negotiation") == 1);
    // All-relations layer is the path b-a... a-b (3), a-c (1), b-c (1), c-d (1): c is the cut vertex.
    CHECK(m.actor_values[2].at(default_rank_metric) == Approx(2.0));  // d-a and d-b go through c
    CHECK(m.actor_values[0].at("betweenness") == 0.0);
    for (const auto& values : m.actor_values) CHECK(values.size() == m.actor_values[0].size());
    // Alliances: {a, b}, {c}, {d} (negotiation counts 0 in the sign by default).
    CHECK(m.cluster == std::vector<int>{0, 0, 1, 2});
    CHECK(m.summary.at("criterion") == 0.0);
    CHECK(m.frustrated.empty());
    CHECK(m.summary.at("actors") == 4);
    CHECK(m.summary.at("pairs") == 5);
    CHECK(m.summary.at("relations") == 5);
    CHECK(m.summary.at("signed_ties") == 3);
    CHECK(m.summary.at("triangles_pmm") == 1);
    CHECK(m.summary.at("triangle_balance") == 1.0);
    CHECK(m.community[0] == m.community[1]);

    // Counting negotiation as positive with weight 1 adds the tie c-d.
    MetricsOptions with_negotiation;
    with_negotiation.negotiation_sign_weight = 1.0;
    Metrics n = compute_metrics(g, with_negotiation);
    CHECK(n.summary.at("positive_ties") == 2);
    CHECK(n.cluster == std::vector<int>{0, 0, 1, 1});
    // With alpha = 0 negative ties inside cost nothing: everyone joins up.
    MetricsOptions lax;
    lax.alpha = 0.0;
    Metrics l = compute_metrics(g, lax);
    CHECK(l.summary.at("criterion") == 0.0);
}

TEST_CASE("frustrated ties carry their evidence") {
    // a+b, b+c, a-c: one tie must break.
    std::vector<Observation> o = {obs("a", "b", Relation::support, 3, 0), obs("b", "c", Relation::support, 3, 1),
                                  obs("a", "c", Relation::conflict, 1, 2), obs("c", "a", Relation::conflict, 1, 7)};
    Metrics m = compute_metrics(build_graph({}, o));
    CHECK(m.clusters.size() == 1);
    REQUIRE(m.frustrated.size() == 2);
    CHECK(m.frustrated[0].source == "a");
    CHECK(m.frustrated[0].target == "c");
    CHECK(m.frustrated[0].relation == Relation::conflict);
    CHECK(m.frustrated[0].weight == -1.0);
    CHECK(m.frustrated[0].inside);
    CHECK(m.frustrated[1].evidence == std::vector<std::size_t>{7});
    CHECK(m.summary.at("criterion") == 1.0);  // 0.5 * 2
    CHECK(m.summary.at("frustrated_ties") == 1);
    CHECK(m.summary.at("frustration_index") == 1);
    // two relations (a -> c, c -> a) behind one frustrated pair: counted once
    CHECK(frustrated_pair_count(m.frustrated) == 1);
}

TEST_CASE("an empty graph gives valid empty metrics") {
    Metrics m = compute_metrics(build_graph({}, {}));
    CHECK(m.actor_values.empty());
    CHECK(m.cluster.empty());
    CHECK(m.clusters.empty());
    CHECK(m.communities.empty());
    CHECK(m.summary.at("actors") == 0);
    CHECK(m.summary.at("criterion") == 0);
    CHECK(m.summary.at("modularity") == 0);
    CHECK(m.summary.at("triangle_balance") == 1);
    Metrics lone = compute_metrics(build_graph({{"x", "X", "X", 2}}, {}));
    CHECK(lone.actor_values[0].at("mentions") == 2);
    CHECK(lone.actor_values[0].at("pn_index") == 1);
    CHECK(lone.actor_values[0].at("pagerank") == 1);
}
