// to_dot's choices on graphs of any size: the display filters, the layout by
// size, the caption and legend, and a brief-sized image with legible labels
// whose nodes do not overlap. (render_test.cpp has the styling details.)
#include <algorithm>
#include <random>
#include <regex>

#include <catch2/catch.hpp>

#include "engine/render/render.hpp"
#include "layout_check.hpp"
#include "png_decode.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;
using namespace actorgraph::engine;

namespace {

// 200 actors, a few hundred random ties of every relation (fixed seed).
struct Generated {
    ActorGraph graph;
    Metrics metrics;
};

const Generated& generated_graph() {
    static const Generated g = [] {
        std::mt19937_64 rng(13);
        std::uniform_int_distribution<int> actor(0, 199), relation(0, relation_count - 1), weight(1, 5);
        std::vector<Actor> actors;
        for (int i = 0; i < 200; ++i) {
            const std::string id = "actor" + std::to_string(1000 + i);
            actors.push_back({id, "Actor " + std::to_string(i), "فاعل " + std::to_string(i), 1});
        }
        std::vector<Observation> observations;
        for (std::size_t i = 0; i < 600; ++i) {
            // skewed: low numbers take part more often, so the top actors are dense
            const int a = std::min(actor(rng), actor(rng)), b = actor(rng);
            if (a == b) continue;
            observations.push_back({actors[a].id, actors[b].id, static_cast<Relation>(relation(rng)),
                                    static_cast<double>(weight(rng)), "doc" + std::to_string(i), 0});
        }
        Generated out;
        out.graph = build_graph(actors, observations);
        MetricsOptions options;
        options.starts = 2;
        out.metrics = compute_metrics(out.graph, options);
        return out;
    }();
    return g;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a 200-actor graph gives a default PNG at most 2000 px wide showing the top 30") {
    const Generated& g = generated_graph();
    REQUIRE(g.graph.actor_count() == 200);
    RenderOptions options;
    options.caption.input = "generated";
    options.caption.articles = 1500;
    options.caption.first_date = "2018-01-02";
    options.caption.last_date = "2019-12-30";
    const std::string dot = to_dot(g.graph, g.metrics, options);
    CHECK(test_support::drawn_actor_count(dot) == 30);
    CHECK(contains(dot, "layout=sfdp"));  // 30 drawn: sfdp, alliances as colours
    CHECK_FALSE(contains(dot, "subgraph"));
    CHECK(contains(dot, "Actor graph: generated"));
    CHECK(contains(dot, "1500 articles · 2018-01-02 – 2019-12-30 · top 30 of 200 actors by strength "
                        "(more than 30 actors: --draw-top to change)"));
    // the drawn actors are the 30 of largest strength
    const DrawnActors drawn = drawn_actors(g.graph, g.metrics, options);
    REQUIRE(drawn.vertices.size() == 30);
    CHECK(drawn.default_cut);
    std::vector<double> strengths;
    for (std::size_t v = 0; v < 200; ++v) strengths.push_back(g.metrics.actor_values[v].at("strength"));
    std::sort(strengths.rbegin(), strengths.rend());
    CHECK(g.metrics.actor_values[drawn.vertices.back()].at("strength") >= strengths[29]);

    const test_support::Image png = test_support::decode_png(render_dot(dot, "png", "auto"));
    INFO("PNG " << png.width << "x" << png.height);
    CHECK(png.width <= 2000);
    CHECK(png.width >= 1000);  // not a thumbnail
    const std::string svg = render_dot(dot, "svg", "auto");
    CHECK(test_support::smallest_label_px(svg) >= 12.0);
    const auto layout = test_support::check_layout(render_dot(dot, "json", "auto"));
    CHECK(layout.nodes == 30);
    for (const std::string& problem : layout.problems) FAIL_CHECK(problem);
}

TEST_CASE("more than 30 drawn actors stay apart and legible with sfdp") {
    const Generated& g = generated_graph();
    RenderOptions options;
    options.draw_top = 60;
    const std::string dot = to_dot(g.graph, g.metrics, options);
    CHECK(test_support::drawn_actor_count(dot) == 60);
    CHECK(contains(dot, "layout=sfdp"));
    CHECK_FALSE(contains(dot, "subgraph"));  // no boxes: the legend lists the alliances by colour
    CHECK(contains(dot, "&#9632;</font> <font face=\"Noto Sans\" point-size=\"14\">Alliance "));
    CHECK(contains(dot, "top 60 of 200 actors by strength"));
    CHECK_FALSE(contains(dot, "--draw-top to change"));  // the user chose the cut
    const auto layout = test_support::check_layout(render_dot(dot, "json", "auto"));
    CHECK(layout.nodes == 60);
    for (const std::string& problem : layout.problems) FAIL_CHECK(problem);
    CHECK(test_support::smallest_label_px(render_dot(dot, "svg", "auto")) >= 12.0);
    CHECK(test_support::decode_png(render_dot(dot, "png", "auto")).width <= 2000);
}

TEST_CASE("display filters change the drawing only, and --width sets the image size") {
    const Generated& g = generated_graph();
    RenderOptions options;
    options.draw_min_weight = 8;
    const std::string dot = to_dot(g.graph, g.metrics, options);
    CHECK(contains(dot, "ties of weight at least 8"));
    CHECK_FALSE(contains(dot, "top "));  // a display filter given: no default cut
    // every drawn line is heavy enough, and every drawn actor has one
    const std::regex weight("weight ([0-9.]+), ");
    std::size_t lines = 0;
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), weight); it != std::sregex_iterator(); ++it, ++lines)
        CHECK(std::stod((*it)[1]) >= 8);
    CHECK(lines > 0);
    CHECK(test_support::drawn_actor_count(dot) < 200);
    options.draw_min_weight = 0;
    options.draw_top = 12;
    options.width = 800;
    options.labels = LabelLanguage::ar;
    const std::string small = to_dot(g.graph, g.metrics, options);
    CHECK(test_support::drawn_actor_count(small) == 12);
    CHECK(contains(small, "layout=dot"));  // up to 15 drawn: dot with alliance boxes
    const auto layout = test_support::check_layout(render_dot(small, "json", "auto"));
    CHECK(layout.nodes == 12);
    for (const std::string& problem : layout.problems) FAIL_CHECK(problem);
    CHECK(contains(small, "أعلى 12 من 200 فاعلاً حسب strength"));  // the Arabic caption
    CHECK(contains(small, "شبكة الفاعلين"));
    CHECK(test_support::decode_png(render_dot(small, "png", "auto")).width <= 800);
    // the analysis is untouched: metrics come in, nothing is recomputed
    CHECK(g.metrics.actor_values.size() == 200);
}
