// Criticism in the drawings: dashed orange with an arrowhead in the graph, a
// hollow arrowhead in the diff image (its metrics: tests/graphs/criticism_test.cpp).
#include <catch2/catch.hpp>

#include "engine/render/diff_dot.hpp"
#include "engine/render/render.hpp"
#include "sample_graph.hpp"
#include "observations.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;
using namespace actorgraph::engine;

using test_support::obs;

TEST_CASE("to_dot draws criticism dashed orange with an arrowhead and a legend entry") {
    auto s = test_support::sample_graph();
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    // iran (n0) -> usa (n4): directed, so not merged and not reversed.
    CHECK(dot.find("\"n0\" -> \"n4\" [id=\"tie-iran--usa--criticism\", color=\"#ef6c00\", style=dashed, penwidth=4.34, dir=forward, "
                   "tooltip=\"Iran -> United States: criticism, weight 1.5") != std::string::npos);
    CHECK(dot.find("<font point-size=\"15\" color=\"#ef6c00\"><b>- - - &gt;</b></font> <font face=\"Noto Sans\" "
                   "point-size=\"15\">criticism (directed)   </font>") != std::string::npos);
    // The other relations keep their colours; criticism is not drawn as conflict.
    CHECK(dot.find("\"n0\" -> \"n4\" [color=\"#c62828\"") == std::string::npos);
    const std::string svg = render_dot(dot, "svg", "dot");
    CHECK(svg.find("criticism (directed)") != std::string::npos);
    CHECK(svg.find("stroke=\"#ef6c00\"") != std::string::npos);
}

TEST_CASE("the diff image marks criticism with a hollow arrowhead") {
    const ActorGraph before = build_graph({}, {obs("a", "b", Relation::support, 1, 0)});
    const ActorGraph after =
        build_graph({}, {obs("a", "b", Relation::support, 1, 0), obs("b", "a", Relation::criticism, 2, 1)});
    const std::string dot = diff_to_dot(before, after, LabelLanguage::en);
    CHECK(dot.find("\"b\" -> \"a\" [color=\"#542788\", fontcolor=\"#542788\", style=dashed, penwidth=5.00, "
                   "arrowhead=onormal, label=\"+2\", tooltip=\"b -> a: criticism new, weight 0 -> 2\"]") != std::string::npos);
    CHECK(dot.find("- - - -&gt; (hollow head)</b>  criticism (directed)") != std::string::npos);
}
