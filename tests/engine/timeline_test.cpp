// The per-period rows, the largest changes and the strength ranks of `analyze --by`.
#include <catch2/catch.hpp>

#include "engine/timeline.hpp"

using namespace actorgraph;
using engine::PeriodGraph;
using engine::TimelineRow;
using graphs::Observation;

namespace {

graphs::ActorGraph graph_of(const std::vector<Observation>& observations) {
    return graphs::build_graph({}, observations);
}

Observation seen(const char* source, const char* target, Relation relation, double weight, const char* doc) {
    return Observation{source, target, relation, weight, doc, 0};
}

}  // namespace

TEST_CASE("timeline: one row per period, ordered pair and relation, with weight per 100 articles") {
    const auto march = graph_of({seen("russia", "regime", Relation::support, 2.0, "a"),
                                 seen("russia", "regime", Relation::support, 1.0, "b"),
                                 seen("turkey", "sdf", Relation::conflict, 1.5, "a")});
    const auto april = graph_of({seen("sdf", "turkey", Relation::conflict, 0.5, "c")});
    const auto may = graph_of({});
    const std::vector<PeriodGraph> periods{{"2024-03", 4, &march}, {"2024-04", 0, &april}, {"2024-05", 2, &may}};
    const std::vector<TimelineRow> rows = engine::timeline_rows(periods);
    struct Expected {
        const char *period, *source, *target;
        Relation relation;
        double weight;
        std::size_t mentions, documents, articles;
        double per_100;
    };
    const Expected expected[] = {
        {"2024-03", "russia", "regime", Relation::support, 3.0, 2, 2, 4, 75.0},
        {"2024-03", "turkey", "sdf", Relation::conflict, 1.5, 1, 1, 4, 37.5},
        {"2024-04", "sdf", "turkey", Relation::conflict, 0.5, 1, 1, 0, 0.0},  // no article: 0, not a division by 0
    };
    REQUIRE(rows.size() == std::size(expected));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO(i);
        CHECK(rows[i].period == expected[i].period);
        CHECK(rows[i].source == expected[i].source);
        CHECK(rows[i].target == expected[i].target);
        CHECK(rows[i].relation == expected[i].relation);
        CHECK(rows[i].weight == Approx(expected[i].weight));
        CHECK(rows[i].mentions == expected[i].mentions);
        CHECK(rows[i].documents == expected[i].documents);
        CHECK(rows[i].articles == expected[i].articles);
        CHECK(rows[i].weight_per_100 == Approx(expected[i].per_100));
    }
}

TEST_CASE("timeline: the largest changes sum both directions and order by change, then ids") {
    const std::vector<std::string> periods{"p1", "p2", "p3"};
    const std::vector<TimelineRow> rows{
        {"p1", "turkey", "sdf", Relation::conflict, 16.0, 1, 1, 10, 0},
        {"p2", "sdf", "turkey", Relation::conflict, 2.0, 1, 1, 10, 0},
        {"p2", "turkey", "sdf", Relation::conflict, 1.0, 1, 1, 10, 0},
        {"p1", "iran", "regime", Relation::support, 3.0, 1, 1, 10, 0},
        {"p3", "iran", "regime", Relation::support, 4.0, 1, 1, 10, 0},
        {"p1", "a", "b", Relation::negotiation, 4.0, 1, 1, 10, 0},
        {"p9", "x", "y", Relation::support, 99.0, 1, 1, 10, 0},  // not a listed period: ignored
    };
    const auto changes = engine::largest_changes(rows, periods, 2);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].a == "sdf");
    CHECK(changes[0].b == "turkey");
    CHECK(changes[0].change == Approx(16.0));
    CHECK(changes[0].weights[static_cast<int>(Relation::conflict)] == std::vector<double>{16.0, 3.0, 0.0});
    CHECK(changes[1].a == "a");  // change 4, like iran-regime: ids decide
    CHECK(changes[1].change == Approx(4.0));
    CHECK(engine::largest_changes(rows, periods, 12).size() == 3);
}

TEST_CASE("timeline: strength is the summed weight of an actor's ties, ranked per period") {
    const std::vector<std::string> periods{"p1", "p2"};
    const std::vector<TimelineRow> rows{
        {"p1", "russia", "regime", Relation::support, 3.0, 1, 1, 1, 0},
        {"p1", "iran", "regime", Relation::support, 1.0, 1, 1, 1, 0},
        {"p2", "iran", "regime", Relation::conflict, 5.0, 1, 1, 1, 0},
    };
    const auto ranks = engine::strength_ranks(rows, periods, 2);
    REQUIRE(ranks.actors == std::vector<std::string>{"regime", "iran"});  // 9, 6 (russia 3 is third)
    CHECK(ranks.strength[0] == std::vector<double>{4.0, 5.0});
    CHECK(ranks.rank[0] == std::vector<int>{1, 2});  // regime ties iran in p2: ids decide
    CHECK(ranks.rank[1] == std::vector<int>{3, 1});
    CHECK(engine::strength_ranks(rows, periods, 10).actors.size() == 3);
}
