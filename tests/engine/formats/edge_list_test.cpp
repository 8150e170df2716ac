#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/formats/edge_list.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;
using namespace actorgraph::engine;

TEST_CASE("edge lists with a relation or a sign column") {
    auto r = parse_edge_list("source,target,relation,weight\r\nUSA,Iran,conflict,2\n\n\"Hamas, Gaza\",Israel,Negotiation,0.5\n",
                             "acled.csv");
    CHECK_FALSE(r.signed_columns);
    REQUIRE(r.observations.size() == 2);
    CHECK(r.observations[0].source == "USA");
    CHECK(r.observations[0].relation == Relation::conflict);
    CHECK(r.observations[0].weight == 2.0);
    CHECK(r.observations[0].doc == "acled.csv:2");
    CHECK(r.observations[1].source == "Hamas, Gaza");
    CHECK(r.observations[1].relation == Relation::negotiation);
    CHECK(r.observations[1].evidence == 1);
    CHECK(r.lines == std::vector<std::size_t>{2, 4});

    auto s = parse_edge_list("\xEF\xBB\xBFSource, Target ,SIGN,weight\na,b,+1,1\nb,c,-1,2\nc,d,positive,1\nd,e,negative,1\nx,x,1,1\n",
                             "s.csv");
    CHECK(s.signed_columns);
    REQUIRE(s.observations.size() == 4);
    CHECK(s.observations[0].relation == Relation::support);
    CHECK(s.observations[1].relation == Relation::conflict);
    CHECK(s.observations[2].relation == Relation::support);
    CHECK(s.observations[3].relation == Relation::conflict);
    CHECK(s.self_loops_dropped == 1);

    auto empty = parse_edge_list("source,target,sign,weight\n", "e.csv");
    CHECK(empty.observations.empty());
}

TEST_CASE("malformed edge lists name the file, line and column") {
    CHECK_THROWS_WITH(parse_edge_list("", "e.csv"),
                      "e.csv:1:1: empty edge list: expected the header source,target,relation,weight or "
                      "source,target,sign,weight");
    CHECK_THROWS_WITH(parse_edge_list("source,target,kind,weight\n", "e.csv"),
                      "e.csv:1:15: expected header column 'relation' or 'sign', found 'kind'");
    CHECK_THROWS_WITH(parse_edge_list("from,target,sign,weight\n", "e.csv"),
                      "e.csv:1:1: expected header column 'source', found 'from'");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign\n", "e.csv"),
                      "e.csv:1:1: expected the header source,target,relation,weight or source,target,sign,weight, "
                      "found 3 columns");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\na,b,1,1\na,b,1\n", "e.csv"),
                      "e.csv:3:1: expected 4 columns, found 3");
    CHECK_THROWS_WITH(parse_edge_list("source,target,relation,weight\na,b,alliance,1\n", "e.csv"),
                      "e.csv:2:5: unknown relation 'alliance' (expected support, conflict, negotiation or criticism)");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\na,b,2,1\n", "e.csv"),
                      "e.csv:2:5: unknown sign '2' (expected +1, 1, -1, positive or negative)");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\na,b,1,heavy\n", "e.csv"),
                      "e.csv:2:7: weight 'heavy' is not a number");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\na,b,1,-3\n", "e.csv"),
                      "e.csv:2:7: weight '-3' must be a finite number >= 0");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\n,b,1,1\n", "e.csv"), "e.csv:2:1: empty source");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\na, ,1,1\n", "e.csv"), "e.csv:2:3: empty target");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\n\"a,b,1,1\n", "e.csv"),
                      "e.csv:2:1: unterminated quoted field");
    CHECK_THROWS_WITH(parse_edge_list("source,target,sign,weight\n\"a\"x,b,1,1\n", "e.csv"),
                      "e.csv:2:4: unexpected text after a quoted field");
}

TEST_CASE("edge lists may carry further columns, such as analyze's edges.csv") {
    auto r = parse_edge_list("source,target,relation,weight,mentions,documents\nrussia,regime,support,2.5,3,2\n",
                             "edges.csv");
    REQUIRE(r.observations.size() == 1);
    CHECK(r.observations[0].weight == 2.5);
    CHECK_THROWS_WITH(parse_edge_list("source,target,relation,weight,mentions\na,b,support,1\n", "edges.csv"),
                      "edges.csv:2:1: expected 5 columns, found 4");
}

TEST_CASE("edge lists read criticism rows as criticism, not conflict") {
    auto r = parse_edge_list("source,target,relation,weight\nfrance,iran,Criticism,1.5\n", "e.csv");
    REQUIRE(r.observations.size() == 1);
    CHECK(r.observations[0].relation == Relation::criticism);
}
