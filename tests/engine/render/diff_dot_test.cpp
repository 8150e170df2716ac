// The diff image's DOT: only the largest changes, a colour scale apart from
// the main image's relation colours, the relation as line style, a legend.
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "engine/render/diff_dot.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;
using namespace actorgraph::graphs;

namespace {

Observation obs(const std::string& s, const std::string& t, Relation r, double w, int doc) {
    return {s, t, r, w, "d" + std::to_string(doc), 0};
}

// Every drawn line's attribute text, by "from -> to".
std::vector<std::string> lines_of(const std::string& dot) {
    std::vector<std::string> lines;
    const std::regex edge("\\n  (\"[^\"]*\" -> \"[^\"]*\" \\[[^\\n]*)");
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), edge); it != std::sregex_iterator(); ++it)
        lines.push_back((*it)[1]);
    return lines;
}

}  // namespace

TEST_CASE("diff image: gained purple, lost brown, relation as line style, change on the line") {
    const ActorGraph before = build_graph({}, {obs("a", "b", Relation::support, 4, 0), obs("a", "c", Relation::conflict, 16, 1),
                                               obs("b", "c", Relation::negotiation, 1, 2), obs("c", "d", Relation::support, 2, 3)});
    const ActorGraph after = build_graph({}, {obs("a", "b", Relation::support, 6, 0), obs("b", "c", Relation::negotiation, 1, 2),
                                              obs("c", "a", Relation::criticism, 8, 4), obs("c", "d", Relation::support, 2, 3)});
    const std::string dot = diff_to_dot(before, after, LabelLanguage::en);
    const auto lines = lines_of(dot);
    REQUIRE(lines.size() == 3);  // the unchanged negotiation and c -> d support are not drawn
    // Largest change first: conflict vanished (-16), criticism new (+8), support stronger (+2).
    CHECK(lines[0].rfind("\"a\" -> \"c\" [color=\"#8c510a\", fontcolor=\"#8c510a\", style=dashed, penwidth=5.00, "
                         "arrowhead=tee, dir=both, arrowtail=tee, label=\"-16\", tooltip=\"a -- c: conflict vanished, weight 16 -> 0\"]",
                         0) == 0);
    CHECK(lines[1].rfind("\"c\" -> \"a\" [color=\"#8073ac\", fontcolor=\"#542788\", style=dashed, penwidth=3.83, "
                         "arrowhead=onormal, label=\"+8\"",
                         0) == 0);
    CHECK(lines[2].rfind("\"a\" -> \"b\" [color=\"#b2abd2\", fontcolor=\"#542788\", style=solid, penwidth=2.41, "
                         "arrowhead=normal, label=\"+2\"",
                         0) == 0);
    // Only the actors of drawn lines; d takes part in none.
    CHECK(dot.find("\"d\" [label=") == std::string::npos);
    CHECK(dot.find("\"a\" [label=") != std::string::npos);
    // No colour of the main image's relations (to_dot.cpp) anywhere.
    for (const char* colour : {"#2e7d32", "#c62828", "#1565c0", "#ef6c00"}) {
        INFO(colour);
        CHECK(dot.find(colour) == std::string::npos);
    }
    // The legend: the scale, every relation's line, how many are drawn.
    CHECK(dot.find("All 3 changed ties") != std::string::npos);
    CHECK(dot.find("gained (new or stronger)") != std::string::npos);
    CHECK(dot.find("lost (weaker or vanished)") != std::string::npos);
    for (const char* relation : {"</b>  support (directed)", "</b>  conflict<", "</b>  negotiation<", "</b>  criticism (directed)"}) {
        INFO(relation);
        CHECK(dot.find(relation) != std::string::npos);
    }
    CHECK(diff_to_dot(before, after, LabelLanguage::en) == dot);  // deterministic
}

TEST_CASE("diff image: --diff-top N draws the N largest changes and says so") {
    std::vector<Observation> before_obs, after_obs;
    for (int i = 0; i < 50; ++i) {
        const std::string a = "x" + std::to_string(i), b = "y" + std::to_string(i);
        before_obs.push_back(obs(a, b, Relation::support, 1, i));
        after_obs.push_back(obs(a, b, Relation::support, 1 + i, i));  // change i: 0 (unchanged) to 49
    }
    const ActorGraph before = build_graph({}, before_obs), after = build_graph({}, after_obs);
    const std::string dot = diff_to_dot(before, after, LabelLanguage::en);
    const auto lines = lines_of(dot);
    REQUIRE(lines.size() == default_diff_draw_top);
    CHECK(dot.find("The 30 largest of 49 changed ties") != std::string::npos);
    CHECK(lines.front().find("label=\"+49\"") != std::string::npos);
    CHECK(lines.back().find("label=\"+20\"") != std::string::npos);
    std::set<std::string> actors;
    const std::regex node("\\n  \"([^\"]*)\" \\[label=");
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), node); it != std::sregex_iterator(); ++it)
        actors.insert((*it)[1]);
    CHECK(actors.size() == 60);  // the two ends of each drawn line
    CHECK(lines_of(diff_to_dot(before, after, LabelLanguage::en, 5)).size() == 5);
}
