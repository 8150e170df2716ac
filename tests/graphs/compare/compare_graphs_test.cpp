#include <catch2/catch.hpp>

#include "graphs/compare/compare_graphs.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

using test_support::obs;

TEST_CASE("compare_graphs on hand-built graphs with known answers") {
    // Before: a+b (2), c-d (1), b+c (1). Alliances {a,b,c}, {d}.
    ActorGraph before = build_graph({}, {obs("a", "b", Relation::support, 2), obs("c", "d", Relation::conflict, 1),
                                         obs("b", "c", Relation::support, 1)});
    // After: a+b weaker (1), c-d stronger (3), b+c gone, a-c conflict new,
    // e appears supporting d. Alliances {a,b}, {c,d,e}? c-d is conflict,
    // so {a,b}, {c}, {d,e}.
    ActorGraph after = build_graph({}, {obs("a", "b", Relation::support, 1), obs("c", "d", Relation::conflict, 3),
                                        obs("a", "c", Relation::conflict, 1), obs("e", "d", Relation::support, 1)});
    Metrics mb = compute_metrics(before), ma = compute_metrics(after);
    REQUIRE(mb.cluster == std::vector<int>{0, 0, 0, 1});
    REQUIRE(ma.cluster == std::vector<int>{0, 0, 1, 2, 2});
    GraphComparison c = compare_graphs(before, mb, after, ma);

    CHECK(c.actors_added == std::vector<std::string>{"e"});
    CHECK(c.actors_removed.empty());
    REQUIRE(c.relations.size() == 5);
    // Largest absolute change first (c-d +2), then key order among the changes of 1.
    CHECK(c.relations[0].source == "c");
    CHECK(c.relations[0].kind == RelationChangeKind::strengthened);
    CHECK(c.relations[0].weight_after == 3);
    CHECK(c.relations[0].change() == 2);
    CHECK(c.relations[1].source == "a");
    CHECK(c.relations[1].target == "b");
    CHECK(c.relations[1].kind == RelationChangeKind::weakened);
    CHECK(c.relations[1].weight_before == 2);
    CHECK(c.relations[1].weight_after == 1);
    CHECK(c.relations[2].target == "c");
    CHECK(c.relations[2].kind == RelationChangeKind::added);
    CHECK(c.relations[3].source == "b");
    CHECK(c.relations[3].kind == RelationChangeKind::vanished);
    CHECK(c.relations[3].weight_after == 0);
    CHECK(c.relations[4].source == "e");
    CHECK(change_kind_name(c.relations[4].kind) == "new");
    // Without article counts the per-100 figures are the weights.
    CHECK(c.relations[1].per100_before == 2);

    // Before, betweenness: b (on a-c, a-d... ) path a-b-c-d: b = 2, c = 2, ties by id: b 1st, c 2nd, a 3rd, d 4th.
    // After: b-a-c-d-e path: a 3 (b to c,d,e), c 4 (a,b to d,e), d 3 (e to a,b,c), so c 1st, a 2nd, d 3rd, b 4th, e 5th.
    REQUIRE(!c.ranks.empty());
    CHECK(c.ranks[0].actor == "c");
    CHECK(c.ranks[0].rank_before == 2);
    CHECK(c.ranks[0].rank_after == 1);
    CHECK(c.ranks[0].value_after == Approx(4.0));
    // e (absent before, betweenness 0 after) is tied at 0: not listed.
    CHECK(c.ranks.back().actor == "b");
    CHECK(std::none_of(c.ranks.begin(), c.ranks.end(), [](const RankChange& r) { return r.actor == "e"; }));

    // Before cluster 0 {a,b,c} overlaps after cluster 0 {a,b} most; before 1 {d} matches after 2 {d,e}.
    CHECK(c.cluster_match == std::vector<int>{0, 2});
    REQUIRE(c.cluster_changes.size() == 1);
    CHECK(c.cluster_changes[0].actor == "c");
    CHECK(c.cluster_changes[0].cluster_before == 0);
    CHECK(c.cluster_changes[0].cluster_after == 1);

    auto actors = std::find_if(c.summary.begin(), c.summary.end(), [](auto& s) { return s.key == "actors"; });
    REQUIRE(actors != c.summary.end());
    CHECK(actors->before == 4);
    CHECK(actors->after == 5);
}

TEST_CASE("renumbered clusters are not changes, and identical graphs compare empty") {
    ActorGraph g = build_graph({}, {obs("a", "b", Relation::support, 1), obs("c", "d", Relation::support, 1),
                                    obs("a", "c", Relation::conflict, 1)});
    Metrics m = compute_metrics(g);
    Metrics renumbered = m;
    for (int& x : renumbered.cluster) x = 1 - x;
    std::swap(renumbered.clusters[0], renumbered.clusters[1]);
    GraphComparison c = compare_graphs(g, m, g, renumbered);
    CHECK(c.relations.empty());
    CHECK(c.ranks.empty());
    CHECK(c.cluster_changes.empty());
    CHECK(c.cluster_match == std::vector<int>{1, 0});
    CompareOptions bad;
    bad.rank_metric = "fame";
    CHECK_THROWS_WITH(compare_graphs(g, m, g, m, bad), "compare: unknown rank metric 'fame'");
}

TEST_CASE("with article counts, relations are strengthened or weakened by weight per 100 articles") {
    // a+b: 4 in 400 articles (1 per 100) -> 2 in 100 (2 per 100): strengthened although the weight fell.
    ActorGraph before = build_graph({}, {obs("a", "b", Relation::support, 4), obs("c", "d", Relation::support, 1)});
    ActorGraph after = build_graph({}, {obs("a", "b", Relation::support, 2)});
    const Metrics mb = compute_metrics(before), ma = compute_metrics(after);
    CompareOptions options;
    options.articles_before = 400;
    options.articles_after = 100;
    const GraphComparison c = compare_graphs(before, mb, after, ma, options);
    REQUIRE(c.relations.size() == 2);
    CHECK(c.relations[0].source == "a");  // |-2| before |-1|
    CHECK(c.relations[0].kind == RelationChangeKind::strengthened);
    CHECK(c.relations[0].per100_before == 1);
    CHECK(c.relations[0].per100_after == 2);
    CHECK(c.relations[1].kind == RelationChangeKind::vanished);  // per-article weight fell to 0
    CHECK(c.relations[1].per100_before == 0.25);
    CHECK(c.relations[1].per100_after == 0);
}

TEST_CASE("no noise: actors tied at 0 have no rank change, an unchanged cluster is no alliance change") {
    // Betweenness is 0 for everyone on both sides (pairs only); ranks move
    // only because of the id order of the ties at 0.
    ActorGraph before = build_graph({}, {obs("a", "b", Relation::support, 1), obs("c", "d", Relation::conflict, 1)});
    ActorGraph after = build_graph({}, {obs("a", "b", Relation::support, 1), obs("c", "d", Relation::conflict, 1),
                                        obs("0x", "0y", Relation::support, 1)});
    const Metrics mb = compute_metrics(before), ma = compute_metrics(after);
    const GraphComparison c = compare_graphs(before, mb, after, ma);
    CHECK(c.ranks.empty());

    // {a, b} and {c} {d} keep their shared members; the matching can pair a
    // cluster elsewhere when a new actor joins, but no shared actor moved.
    CHECK(c.cluster_changes.empty());
}
