// Criticism, the fourth relation: its own directed layer, never conflict; no
// effect on the signed view at sign weight 0, a negative tie below 0; drawn
// dashed orange with an arrowhead (tests/engine/render/criticism_render_test.cpp).
#include <limits>

#include <catch2/catch.hpp>

#include "graphs/metrics.hpp"
#include "graphs/signed_view.hpp"
#include "test_support.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

using test_support::error_text;

using test_support::obs;

namespace {


// a -> b support 2, b -> c support 1, and a -> c criticism 3: a path of
// friends whose ends fall out in words.
std::vector<Observation> words_between_friends() {
    return {obs("a", "b", Relation::support, 2, 0), obs("b", "c", Relation::support, 1, 1),
            obs("a", "c", Relation::criticism, 3, 2)};
}

const Tie& tie(const ActorGraph& g, const std::string& s, const std::string& t) {
    auto [e, found] = boost::edge(*g.find(s), *g.find(t), g.graph);
    REQUIRE(found);
    return g.graph[e];
}

}  // namespace

TEST_CASE("criticism is the fourth relation, directed like support") {
    CHECK(relation_count == 4);
    CHECK(static_cast<int>(Relation::criticism) == 3);
    CHECK(all_relations.back() == Relation::criticism);
    CHECK(relation_name(Relation::criticism) == "criticism");
    CHECK(parse_relation("criticism") == Relation::criticism);
    CHECK(relation_is_directed(Relation::criticism));
    CHECK(relation_is_directed(Relation::support));
    CHECK_FALSE(relation_is_directed(Relation::conflict));
    CHECK_FALSE(relation_is_directed(Relation::negotiation));
    CHECK(relation_name_list() == "support, conflict, negotiation or criticism");
}

TEST_CASE("build_graph keeps criticism apart from conflict and filters it like any relation") {
    std::vector<Observation> o = words_between_friends();
    o.push_back(obs("c", "a", Relation::conflict, 1, 3));
    ActorGraph g = build_graph({}, o);
    CHECK(tie(g, "a", "c")[Relation::criticism].weight == 3.0);
    CHECK_FALSE(tie(g, "a", "c")[Relation::conflict].present());
    CHECK(tie(g, "c", "a")[Relation::conflict].weight == 1.0);
    CHECK_FALSE(tie(g, "c", "a")[Relation::criticism].present());

    PruneOptions only_criticism;
    only_criticism.keep.fill(false);
    only_criticism.keep[static_cast<int>(Relation::criticism)] = true;
    only_criticism.drop_isolated = true;
    ActorGraph h = build_graph({}, o, only_criticism);
    CHECK(h.actor_count() == 2);
    CHECK(boost::num_edges(h.graph) == 1);
    CHECK(tie(h, "a", "c")[Relation::criticism].weight == 3.0);

    PruneOptions without_criticism;
    without_criticism.keep[static_cast<int>(Relation::criticism)] = false;
    ActorGraph k = build_graph({}, o, without_criticism);
    CHECK(boost::num_edges(k.graph) == 3);  // a->b, b->c, c->a
    CHECK_FALSE(boost::edge(*k.find("a"), *k.find("c"), k.graph).second);
    CHECK(PruneOptions{}.keep == std::array<bool, relation_count>{true, true, true, true});
}

TEST_CASE("criticism has its own degree and strength centralities and none of conflict's") {
    Metrics m = compute_metrics(build_graph({}, words_between_friends()));
    const auto& a = m.actor_values[0];
    const auto& c = m.actor_values[2];
    CHECK(a.at("degree_out_criticism") == 1);
    CHECK(a.at("strength_out_criticism") == 3);
    CHECK(c.at("degree_in_criticism") == 1);
    CHECK(c.at("strength_in_criticism") == 3);
    CHECK(c.at("degree_in_conflict") == 0);
    CHECK(c.at("strength_in_conflict") == 0);
    CHECK(m.summary.at("relations") == 3);
}

TEST_CASE("at sign weight 0 a criticism tie changes no alliance, balance or signed figure") {
    std::vector<Observation> friends = words_between_friends();
    friends.pop_back();
    const Metrics with = compute_metrics(build_graph({}, words_between_friends()));
    const Metrics without = compute_metrics(build_graph({}, friends));
    // Both graphs have the actors a, b, c in that order.
    CHECK(with.cluster == std::vector<int>{0, 0, 0});
    CHECK(with.cluster == without.cluster);
    CHECK(with.frustrated.empty());
    for (const char* key : {"signed_ties", "positive_ties", "negative_ties", "criterion", "clusters",
                            "frustrated_ties", "triangles", "triangle_balance", "frustration_index"})
        CHECK(with.summary.at(key) == without.summary.at(key));
    CHECK(with.summary.at("negative_ties") == 0);
    CHECK(with.summary.at("triangles") == 0);
    CHECK(with.summary.at("criticism_sign_weight") == 0);
    for (std::size_t v = 0; v < 3; ++v)
        for (const char* key : {"net_signed_degree", "net_signed_strength", "pn_index", "betweenness_positive"})
            CHECK(with.actor_values[v].at(key) == without.actor_values[v].at(key));
}

TEST_CASE("at a negative sign weight criticism is a negative tie") {
    // With a-c = 3 * -1 the triangle is + + -, unbalanced. Splitting off c
    // leaves only b-c (1) between clusters, cheaper than splitting off a
    // (a-b, 2) or keeping a-c inside (3): {a, b}, {c}, criterion 0.5 * 1.
    MetricsOptions options;
    options.criticism_sign_weight = -1.0;
    const Metrics m = compute_metrics(build_graph({}, words_between_friends()), options);
    CHECK(m.cluster == std::vector<int>{0, 0, 1});
    CHECK(m.summary.at("criterion") == 0.5);
    CHECK(m.summary.at("negative_ties") == 1);
    CHECK(m.summary.at("triangles_ppm") == 1);
    CHECK(m.summary.at("triangle_balance") == 0);
    CHECK(m.summary.at("frustration_index") == 1);
    CHECK(m.summary.at("criticism_sign_weight") == -1);
    REQUIRE(m.frustrated.size() == 1);
    CHECK(m.frustrated[0].source == "b");
    CHECK(m.frustrated[0].relation == Relation::support);
    CHECK(m.actor_values[0].at("net_signed_degree") == 0);     // + with b, - with c
    CHECK(m.actor_values[0].at("net_signed_strength") == -1);  // 2 - 3
    CHECK(m.actor_values[2].at("degree_in_conflict") == 0);    // still criticism, not conflict

    // Half a conflict's weight: a-c = -1.5 still breaks the triangle.
    options.criticism_sign_weight = -0.5;
    const Metrics half = compute_metrics(build_graph({}, words_between_friends()), options);
    CHECK(half.cluster == std::vector<int>{0, 0, 1});
    CHECK(half.actor_values[0].at("net_signed_strength") == 0.5);
}

TEST_CASE("criticism inside an alliance is a frustrated tie of its own relation") {
    // a backs c (5) and c criticises a (1); both are close to b (4 each). At
    // -1 the pair a-c is still positive (5 - 1), so nothing breaks; at -6 it
    // is negative (5 - 6) but cheaper inside (0.5 * 1) than any split (0.5 *
    // 4), and the criticism, not a conflict, is named as what frustrates.
    std::vector<Observation> o = {obs("a", "c", Relation::support, 5, 0), obs("c", "a", Relation::criticism, 1, 1),
                                  obs("a", "b", Relation::support, 4, 2), obs("b", "c", Relation::support, 4, 3)};
    MetricsOptions options;
    options.criticism_sign_weight = -1.0;
    CHECK(compute_metrics(build_graph({}, o), options).frustrated.empty());
    options.criticism_sign_weight = -6.0;
    const Metrics m = compute_metrics(build_graph({}, o), options);
    CHECK(m.cluster == std::vector<int>{0, 0, 0});
    REQUIRE(m.frustrated.size() == 1);
    CHECK(m.frustrated[0].source == "c");
    CHECK(m.frustrated[0].target == "a");
    CHECK(m.frustrated[0].relation == Relation::criticism);
    CHECK(m.frustrated[0].weight == -6.0);
    CHECK(m.frustrated[0].evidence == std::vector<std::size_t>{1});
    CHECK(m.frustrated[0].inside);
}

TEST_CASE("compute_metrics rejects a criticism sign weight above 0 or not finite") {
    const ActorGraph g = build_graph({}, words_between_friends());
    MetricsOptions options;
    options.criticism_sign_weight = 0.5;
    CHECK(error_text([&] { compute_metrics(g, options); }) ==
          "metrics: the criticism sign weight must be a finite number <= 0");
    options.criticism_sign_weight = std::numeric_limits<double>::quiet_NaN();
    CHECK(error_text([&] { compute_metrics(g, options); }) ==
          "metrics: the criticism sign weight must be a finite number <= 0");
}

TEST_CASE("the layers: criticism adds to all-relations, is directed for PageRank, signed only by its weight") {
    const ActorGraph g = build_graph({}, words_between_friends());
    const WeightedAdjacency all = all_relations_layer(g);
    CHECK(all.degree(0) == 2);  // a-b and a-c
    const WeightedAdjacency directed = directed_relations_layer(g);
    // a -> c carries the criticism; c -> a nothing (arcs of weight 0 are dropped).
    CHECK(directed.degree(0) == 2);
    CHECK(directed.degree(2) == 0);
    CHECK(signed_layer(g, SignWeights{}).degree(0) == 1);
    const WeightedAdjacency harsh = signed_layer(g, SignWeights{0.0, -1.0});
    REQUIRE(harsh.degree(0) == 2);
    CHECK(harsh.weights[harsh.begin(0) + 1] == -3.0);
    CHECK(SignWeights{0.5, -0.25}.of(Relation::criticism) == -0.25);
    CHECK(SignWeights{0.5, -0.25}.of(Relation::conflict) == -1.0);
}
