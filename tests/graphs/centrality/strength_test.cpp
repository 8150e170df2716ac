// total_strength: every relation, both directions, by hand and against the
// per-relation strength columns of compute_metrics.
#include <algorithm>

#include <catch2/catch.hpp>

#include "graphs/centrality/strength.hpp"
#include "graphs/metrics.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;

using test_support::obs;

namespace {


const std::vector<Observation> sample = {
    obs("a", "b", Relation::support, 2, 0),     obs("b", "a", Relation::support, 1, 1),
    obs("c", "a", Relation::conflict, 1.5, 2),  obs("c", "b", Relation::criticism, 1, 3),
    obs("d", "c", Relation::negotiation, 4, 4), obs("a", "b", Relation::conflict, 0.5, 5),
};

}  // namespace

TEST_CASE("strength sums every relation in both directions") {
    const ActorGraph g = build_graph({{"e", "E", "", 1}}, sample);
    const std::vector<double> s = total_strength(g);
    REQUIRE(s.size() == 5);
    CHECK(s[g.index.at("a")] == 2 + 1 + 1.5 + 0.5);
    CHECK(s[g.index.at("b")] == 2 + 1 + 1 + 0.5);
    CHECK(s[g.index.at("c")] == 1.5 + 1 + 4);
    CHECK(s[g.index.at("d")] == 4);
    CHECK(s[g.index.at("e")] == 0);  // an actor without ties
    CHECK(total_strength(ActorGraph{}).empty());
}

TEST_CASE("strength is a metric and equals the summed per-relation strengths") {
    const ActorGraph g = build_graph({}, sample);
    const Metrics m = compute_metrics(g);
    const auto& names = actor_metric_names();
    CHECK(std::find(names.begin(), names.end(), default_size_metric) != names.end());
    for (std::size_t v = 0; v < g.actor_count(); ++v) {
        double sum = 0.0;
        for (Relation r : all_relations) {
            const std::string name(relation_name(r));
            sum += m.actor_values[v].at("strength_in_" + name) + m.actor_values[v].at("strength_out_" + name);
        }
        CHECK(m.actor_values[v].at("strength") == Approx(sum));
    }
}
