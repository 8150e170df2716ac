#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "graphs/actor_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

namespace {

Observation obs(std::string s, std::string t, Relation r, double w, std::string doc, std::size_t evidence) {
    return Observation{std::move(s), std::move(t), r, w, std::move(doc), evidence};
}

const Tie& tie(const ActorGraph& g, const std::string& s, const std::string& t) {
    auto [e, found] = boost::edge(*g.find(s), *g.find(t), g.graph);
    REQUIRE(found);
    return g.graph[e];
}

}  // namespace

TEST_CASE("build_graph aggregates observations per ordered pair and relation") {
    std::vector<Actor> actors = {{"usa", "United States", "الولايات المتحدة", 7}, {"iran", "Iran", "إيران", 3},
                                 {"qatar", "Qatar", "قطر", 1}};
    std::vector<Observation> o = {
        obs("usa", "iran", Relation::conflict, 2.0, "d1", 4),
        obs("usa", "iran", Relation::conflict, 1.5, "d1", 1),
        obs("usa", "iran", Relation::conflict, 1.0, "d2", 9),
        obs("iran", "usa", Relation::negotiation, 1.0, "d3", 2),
        obs("usa", "iran", Relation::support, 0.5, "d2", 3),
        obs("usa", "usa", Relation::support, 1.0, "d2", 5),  // self-relation: dropped
        obs("syria", "iran", Relation::support, 1.0, "d4", 6),
    };
    ActorGraph g = build_graph(actors, o);
    REQUIRE(g.actor_count() == 4);
    // Vertices in id order; unknown actors get their id as label and a mention per observation.
    CHECK(g.graph[0].id == "iran");
    CHECK(g.graph[1].id == "qatar");
    CHECK(g.graph[2].id == "syria");
    CHECK(g.graph[2].label_en == "syria");
    CHECK(g.graph[2].mentions == 1);
    CHECK(g.graph[3].mentions == 7);
    CHECK(boost::num_edges(g.graph) == 3);
    const Tie& ui = tie(g, "usa", "iran");
    CHECK(ui[Relation::conflict].weight == 4.5);
    CHECK(ui[Relation::conflict].mentions == 3);
    CHECK(ui[Relation::conflict].documents == 2);
    CHECK(ui[Relation::conflict].evidence == std::vector<std::size_t>{1, 4, 9});
    CHECK(ui[Relation::support].weight == 0.5);
    CHECK_FALSE(ui[Relation::negotiation].present());
    CHECK(tie(g, "iran", "usa")[Relation::negotiation].documents == 1);
    CHECK_FALSE(g.find("nobody"));
}

TEST_CASE("build_graph prunes by weight, documents and relation") {
    std::vector<Observation> o = {
        obs("a", "b", Relation::conflict, 1.0, "d1", 0), obs("a", "b", Relation::conflict, 1.0, "d2", 1),
        obs("a", "b", Relation::support, 5.0, "d1", 2),  obs("b", "c", Relation::support, 0.5, "d1", 3),
        obs("c", "d", Relation::negotiation, 3.0, "d1", 4), obs("c", "d", Relation::negotiation, 3.0, "d3", 5),
    };
    PruneOptions min_docs;
    min_docs.min_docs = 2;
    ActorGraph g = build_graph({}, o, min_docs);
    CHECK(g.actor_count() == 4);  // actors stay unless drop_isolated
    CHECK(boost::num_edges(g.graph) == 2);
    CHECK(tie(g, "a", "b")[Relation::conflict].present());
    CHECK_FALSE(tie(g, "a", "b")[Relation::support].present());

    PruneOptions min_weight;
    min_weight.min_weight = 1.0;
    min_weight.drop_isolated = true;
    min_weight.keep[static_cast<int>(Relation::negotiation)] = false;
    ActorGraph h = build_graph({}, o, min_weight);
    CHECK(h.actor_count() == 2);
    CHECK(h.graph[0].id == "a");
    CHECK(boost::num_edges(h.graph) == 1);
    CHECK(tie(h, "a", "b")[Relation::support].weight == 5.0);

    CHECK(build_graph({}, {}).actor_count() == 0);
}

TEST_CASE("build_graph rejects bad input with specific messages") {
    CHECK_THROWS_WITH(build_graph({{"a", "A", "A", 0}, {"a", "B", "B", 0}}, {}), "graph: duplicate actor id 'a'");
    CHECK_THROWS_WITH(build_graph({}, {obs("a", "", Relation::support, 1, "d", 0)}),
                      "graph: observation 0 has an empty actor id");
    CHECK_THROWS_WITH(build_graph({}, {obs("a", "b", Relation::support, -1, "d", 0)}),
                      "graph: observation 0 has a weight that is not a finite number >= 0");
    PruneOptions bad;
    bad.min_weight = -1;
    CHECK_THROWS_WITH(build_graph({}, {}, bad), "graph: --min-weight must be a finite number >= 0");
}
