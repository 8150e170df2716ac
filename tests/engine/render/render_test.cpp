// to_dot and render_dot: styling, escaping, the three image formats, every
// layout, determinism, errors, and shaped right-to-left Arabic in PNG.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/render/render.hpp"
#include "golden.hpp"
#include "png_decode.hpp"
#include "sample_graph.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::graphs;
using namespace actorgraph::engine;

using test_support::error_text;

namespace {

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

TEST_CASE("to_dot matches the golden file for the sample graph", "[golden]") {
    auto s = test_support::sample_graph();
    RenderOptions options = test_support::sample_render_options();
    options.title = "Sample & <test>";
    test_support::check_golden("sample.dot", to_dot(s.graph, s.metrics, options));
    options.labels = LabelLanguage::both;
    options.size_metric = "degree";
    options.title.clear();
    test_support::check_golden("sample_both.dot", to_dot(s.graph, s.metrics, options));
}

TEST_CASE("to_dot styles relations, clusters and node sizes") {
    auto s = test_support::sample_graph();
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    CHECK(dot.find("subgraph \"cluster_alliance_0\"") != std::string::npos);
    CHECK(dot.find("label=\"Alliance 1: Russia, Iran, Syria\"") != std::string::npos);
    CHECK(dot.find("label=\"Alliance 2: United States, Turkey\"") != std::string::npos);
    // support keeps its direction; the two conflict directions merge into one undirected line
    CHECK(dot.find("\"n1\" -> \"n2\" [id=\"tie-russia--syria--support\", color=\"#2e7d32\", style=solid, penwidth=5.64, dir=forward") != std::string::npos);
    CHECK(dot.find("\"n1\" -> \"n4\" [id=\"tie-russia--usa--conflict\", color=\"#c62828\", style=solid, penwidth=6.00, dir=none") != std::string::npos);
    CHECK(dot.find("\"n4\" -> \"n1\"") == std::string::npos);
    CHECK(dot.find("\"n1\" -> \"n3\" [id=\"tie-russia--turkey--negotiation\", color=\"#1565c0\", style=dashed") != std::string::npos);
    // russia has the largest betweenness (largest node), iran and syria the smallest; alliance captions name the largest first
    CHECK(dot.find("\"n1\" [id=\"actor-russia\", label=\"Russia\", width=2.00, height=1.00, fontsize=24.00") !=
          std::string::npos);
    CHECK(dot.find("\"n0\" [id=\"actor-iran\", label=\"Iran\", width=0.90, height=0.50, fontsize=14.00") !=
          std::string::npos);
}

TEST_CASE("to_dot gives every node the middle size when the metric is constant") {
    auto s = test_support::sample_graph();
    for (auto& values : s.metrics.actor_values) values["betweenness"] = 0.0;
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    CHECK(dot.find("width=1.45, height=0.75, fontsize=19.00") != std::string::npos);
    CHECK(dot.find("width=0.90") == std::string::npos);
}

TEST_CASE("to_dot escapes quotes, backslashes and newlines in labels") {
    ActorGraph g;
    g.index["x"] = boost::add_vertex(Actor{"x", "Say \"hi\" \\N", "", 1}, g.graph);
    Metrics m;
    m.actor_values = {{{"betweenness", 0.0}}};
    m.cluster = {0};
    RenderOptions options = test_support::sample_render_options();
    options.title = "a\"b";
    const std::string dot = to_dot(g, m, options);
    CHECK(dot.find("label=\"Say \\\"hi\\\" \\\\N\"") != std::string::npos);
    const std::string svg = render_dot(dot, "svg", "dot");
    CHECK(svg.find("Say &quot;hi&quot; \\N") != std::string::npos);
    CHECK(svg.find("a&quot;b") != std::string::npos);
}

TEST_CASE("to_dot rejects an unknown size metric and mismatched metrics") {
    auto s = test_support::sample_graph();
    RenderOptions options;
    options.size_metric = "pagerank";
    CHECK(error_text([&] { to_dot(s.graph, s.metrics, options); }) ==
          "render: unknown size metric 'pagerank' (known: betweenness, degree)");
    s.metrics.actor_values.pop_back();
    CHECK(error_text([&] { to_dot(s.graph, s.metrics, test_support::sample_render_options()); }) ==
          "render: metrics cover 4 actors but the graph has 5");
}

TEST_CASE("render_dot writes SVG, PNG and PDF with every layout") {
    auto s = test_support::sample_graph();
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    for (std::string_view layout : render_layouts) {
        INFO("layout " << layout);
        const std::string svg = render_dot(dot, "svg", layout);
        CHECK(starts_with(svg, "<?xml"));
        for (const char* label : {"Russia", "Syria", "Iran", "Turkey", "United States"})
            CHECK(svg.find(std::string(">") + label + "</text>") != std::string::npos);
        if (layout == "dot" || layout == "fdp")  // the others ignore clusters
            CHECK(svg.find("Alliance 1: Russia, Iran, Syria") != std::string::npos);
        CHECK(svg.find("support (directed)") != std::string::npos);
    }
    const std::string png = render_dot(dot, "png", "dot");
    CHECK(starts_with(png, "\x89PNG\r\n\x1a\n"));
    const std::string pdf = render_dot(dot, "pdf", "dot");
    CHECK(starts_with(pdf, "%PDF"));
}

TEST_CASE("render_dot is deterministic") {
    auto s = test_support::sample_graph();
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    for (std::string_view layout : render_layouts) {
        if (layout == "fdp") continue;  // not repeatable with clusters in Graphviz 2.43 (render.hpp)
        INFO("layout " << layout);
        CHECK(render_dot(dot, "svg", layout) == render_dot(dot, "svg", layout));
    }
    CHECK(render_dot(dot, "png", "dot") == render_dot(dot, "png", "dot"));
    const std::string pdf = render_dot(dot, "pdf", "dot");
    CHECK(pdf.find("/CreationDate") == std::string::npos);
    CHECK(pdf.find("/Producer (cairo") != std::string::npos);  // the rest of the info dictionary survives
    CHECK(pdf == render_dot(dot, "pdf", "dot"));
}

TEST_CASE("render_dot_formats draws every format from one layout") {
    auto s = test_support::sample_graph();
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    for (std::string_view layout : {"dot", "sfdp"}) {
        INFO("layout " << layout);
        // "json" holds the layout's coordinates: the same before and after
        // the SVG and PNG are drawn, so all of them show one drawing.
        const std::vector<std::string> images = render_dot_formats(dot, {"json", "svg", "png", "json"}, layout);
        REQUIRE(images.size() == 4);
        CHECK(images[0].find("\"objects\"") != std::string::npos);
        CHECK(starts_with(images[1], "<?xml"));
        CHECK(starts_with(images[2], "\x89PNG\r\n\x1a\n"));
        CHECK(images[3] == images[0]);
    }
    CHECK(render_dot_formats(dot, {"svg", "png"}, "dot") ==
          std::vector<std::string>{render_dot(dot, "svg", "dot"), render_dot(dot, "png", "dot")});
    // every format is checked before anything is laid out
    CHECK(error_text([&] { render_dot_formats(dot, {"svg", "gif"}, "dot"); }) ==
          "render: unknown image format 'gif' (expected svg, png, pdf)");
}

TEST_CASE("a graph without actors renders a valid image") {
    ActorGraph empty;
    Metrics none;
    RenderOptions options;
    options.title = "No actors";
    const std::string dot = to_dot(empty, none, options);
    for (std::string_view layout : render_layouts) {
        INFO("layout " << layout);
        const std::string svg = render_dot(dot, "svg", layout);
        CHECK(svg.find("</svg>") != std::string::npos);
        CHECK(svg.find("No actors") != std::string::npos);
    }
    CHECK(starts_with(render_dot(dot, "png", "dot"), "\x89PNG"));
    CHECK(starts_with(render_dot(dot, "pdf", "dot"), "%PDF"));
}

TEST_CASE("render_dot reports bad input as actorgraph::Error") {
    CHECK(error_text([] { render_dot("digraph { a -> }", "svg", "dot"); }).rfind("render: invalid DOT: syntax error", 0) == 0);
    CHECK(error_text([] { render_dot("digraph { a }", "gif", "dot"); }) ==
          "render: unknown image format 'gif' (expected svg, png, pdf)");
    CHECK(error_text([] { render_dot("digraph { a }", "svg", "twopi"); }) ==
          "render: unknown layout 'twopi' (expected auto, dot, neato, fdp, sfdp, circo)");
    // a failed render leaves Graphviz usable
    CHECK(render_dot("digraph { a }", "svg", "dot").find("</svg>") != std::string::npos);
}

namespace {

// A one-label graph: no outline, large type, so the dark pixels are glyphs.
std::string single_label_dot(const std::string& label) {
    return "digraph { graph [pad=0.2]; node [shape=plaintext, fontname=\"Noto Sans Arabic\", fontsize=48]; "
           "a [label=\"" + label + "\"]; }";
}

struct Ink {
    std::size_t dark = 0;
    std::size_t left = SIZE_MAX, right = 0, top = SIZE_MAX, bottom = 0;
    std::size_t width() const { return dark ? right - left + 1 : 0; }
    std::size_t height() const { return dark ? bottom - top + 1 : 0; }
};

Ink ink_of(const test_support::Image& image) {
    Ink ink;
    for (std::size_t y = 0; y < image.height; ++y)
        for (std::size_t x = 0; x < image.width; ++x)
            if (image.dark(x, y)) {
                ++ink.dark;
                ink.left = std::min(ink.left, x);
                ink.right = std::max(ink.right, x);
                ink.top = std::min(ink.top, y);
                ink.bottom = std::max(ink.bottom, y);
            }
    return ink;
}

const std::string alef = "\xD8\xA7", beh = "\xD8\xA8", zwnj = "\xE2\x80\x8C";

}  // namespace

TEST_CASE("Arabic labels are shaped and right-to-left in PNG") {
    // alef + beh beh beh: shaped, the behs join into one stroke; with a
    // zero-width non-joiner between letters each beh stands alone and wider.
    const std::string joined = alef + beh + beh + beh;
    const std::string apart = alef + zwnj + beh + zwnj + beh + zwnj + beh;
    const test_support::Image joined_image = test_support::decode_png(render_dot(single_label_dot(joined), "png", "dot"));
    const test_support::Image apart_image = test_support::decode_png(render_dot(single_label_dot(apart), "png", "dot"));
    const Ink a = ink_of(joined_image), b = ink_of(apart_image);
    INFO("joined: " << a.dark << " dark px, " << a.width() << "x" << a.height() << "; apart: " << b.dark
                    << " dark px, " << b.width() << "x" << b.height());
    REQUIRE(a.dark > 300);  // not blank
    CHECK(b.width() > a.width() + a.width() / 5);  // joining (shaping) happened

    // Right to left: alef, the first letter, is the only tall stroke, so every
    // column reaching the top quarter of the ink must be at the right end.
    // Tofu boxes or left-to-right order put tall columns at the left.
    std::size_t tall_left = SIZE_MAX, tall_right = 0;
    for (std::size_t x = a.left; x <= a.right; ++x)
        for (std::size_t y = a.top; y < a.top + a.height() / 4; ++y)
            if (joined_image.dark(x, y)) {
                tall_left = std::min(tall_left, x);
                tall_right = std::max(tall_right, x);
            }
    INFO("tall columns " << tall_left << ".." << tall_right << " of " << a.left << ".." << a.right);
    REQUIRE(tall_right >= tall_left);
    CHECK(tall_left > a.left + (a.width() * 3) / 4);
}

TEST_CASE("to_dot sets an Arabic font for Arabic labels") {
    auto s = test_support::sample_graph();
    RenderOptions options = test_support::sample_render_options();
    options.labels = LabelLanguage::ar;
    const std::string dot = to_dot(s.graph, s.metrics, options);
    CHECK(dot.find("node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans Arabic\"") != std::string::npos);
    CHECK(dot.find("label=\"روسيا\"") != std::string::npos);
    CHECK(dot.find("label=\"التحالف 1: روسيا، إيران، سوريا\", fontname=\"Noto Sans Arabic\", fontsize=15, "
                   "labelloc=t, labeljust=r") != std::string::npos);
    const std::string svg = render_dot(dot, "svg", "dot");
    CHECK(svg.find(">الولايات المتحدة</text>") != std::string::npos);
    const std::string png = render_dot(dot, "png", "dot");
    CHECK(test_support::decode_png(png).width > 100);
    const std::string pdf = render_dot(dot, "pdf", "dot");
    CHECK(pdf.find("NotoSansArabic") != std::string::npos);  // cairo embedded the Arabic font
    if (const char* keep = std::getenv("ACTORGRAPH_KEEP_IMAGES")) {
        std::ofstream(std::string(keep) + "/sample_ar.png", std::ios::binary) << png;
        std::ofstream(std::string(keep) + "/arabic_label.png", std::ios::binary)
            << render_dot(single_label_dot(alef + beh + beh + beh), "png", "dot");
    }
}

TEST_CASE("to_dot numbers alliances by cluster id and leaves lone actors unboxed") {
    auto s = test_support::sample_graph();
    s.metrics.cluster = {2, 2, 2, 0, 1};
    const std::string dot = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    CHECK(dot.find("label=\"Alliance 3: Russia, Iran, Syria\"") != std::string::npos);
    CHECK(dot.find("Alliance 1") == std::string::npos);
    CHECK(dot.find("subgraph \"cluster_alliance_0\"") == std::string::npos);
    CHECK(dot.find("\"n3\" [id=\"actor-turkey\", label=\"Turkey\", width=1.27, height=0.67, fontsize=17.33, "
                   "fillcolor=\"#eeeeee\", color=\"#9e9e9e\"") != std::string::npos);
    s.metrics.cluster.clear();  // no clustering computed: every actor grey, no boxes
    const std::string plain = to_dot(s.graph, s.metrics, test_support::sample_render_options());
    CHECK(plain.find("subgraph") == std::string::npos);
    CHECK(render_dot(plain, "svg", "dot").find(">United States</text>") != std::string::npos);
}
