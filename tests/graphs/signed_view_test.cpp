// The layers the metrics and the queries read: the signed tie of a pair is
// the sum of both directions' signed weights; one relation's directed layer.
#include <catch2/catch.hpp>

#include "graphs/signed_view.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

using test_support::obs;

TEST_CASE("signed_layer: both directions summed, looked up with tie_weight") {
    const ActorGraph g = build_graph({}, {obs("a", "b", Relation::support, 2), obs("b", "a", Relation::conflict, 0.5),
                                          obs("b", "c", Relation::negotiation, 1), obs("a", "c", Relation::criticism, 1)});
    const auto a = *g.find("a"), b = *g.find("b"), c = *g.find("c");
    const WeightedAdjacency plain = signed_layer(g, {});
    CHECK(tie_weight(plain, a, b) == 1.5);
    CHECK(tie_weight(plain, b, a) == 1.5);
    CHECK(tie_weight(plain, b, c) == 0.0);  // negotiation at sign weight 0: no tie
    CHECK(tie_weight(plain, a, c) == 0.0);
    const WeightedAdjacency weighted = signed_layer(g, SignWeights{0.5, -2.0});
    CHECK(tie_weight(weighted, c, b) == 0.5);
    CHECK(tie_weight(weighted, a, c) == -2.0);
}

TEST_CASE("relation_layer: one relation, directed") {
    const ActorGraph g = build_graph({}, {obs("a", "b", Relation::support, 2), obs("b", "a", Relation::conflict, 1)});
    const auto a = *g.find("a"), b = *g.find("b");
    const WeightedAdjacency support = relation_layer(g, Relation::support);
    CHECK_FALSE(support.undirected);
    CHECK(tie_weight(support, a, b) == 2.0);
    CHECK(tie_weight(support, b, a) == 0.0);
    CHECK(support.arc_count() == 1);
}
