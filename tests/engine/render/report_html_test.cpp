// report.html: content and escaping, self-containment, errors, and a real
// load in headless Chromium (console errors fail; skipped without it).
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/render/render.hpp"
#include "engine/render/report_html.hpp"
#include "png_decode.hpp"
#include "sample_graph.hpp"
#include "test_support.hpp"

using namespace actorgraph;

using test_support::error_text;

namespace {

// The sample graph's hand-filled metrics have no strength: size and sort by betweenness.
engine::ReportInfo sample_info() {
    engine::ReportInfo info;
    info.sort_metric = "betweenness";
    return info;
}

std::string sample_report(engine::ReportInfo info = sample_info()) {
    auto s = test_support::sample_graph();
    engine::RenderOptions options;
    options.size_metric = "betweenness";
    const std::string svg = engine::render_dot(engine::to_dot(s.graph, s.metrics, options), "svg", "dot");
    return engine::report_html(s.graph, s.metrics, s.events, svg, info);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("report_html shows the graph, actors, alliances and evidence") {
    engine::ReportInfo info = sample_info();
    info.title = "Levant <2024> & co";
    info.input = "examples/articles";
    const std::string html = sample_report(info);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<title>Levant &lt;2024&gt; &amp; co</title>"));
    CHECK(contains(html, "<figure class=\"graph\">\n<svg"));
    CHECK_FALSE(contains(html, "<?xml"));
    // the actor table, numeric sort keys, starting sorted by betweenness (column 5)
    CHECK(contains(html, "<table class=\"sortable\" id=\"actors\" data-sort-column=\"5\">"));
    CHECK(contains(html, "<td dir=\"rtl\" lang=\"ar\">الولايات المتحدة</td>"));
    CHECK(contains(html, "<td class=\"number\" data-value=\"0.1666667\">0.1667</td>"));
    CHECK(contains(html, "<div><dt>frustration_index</dt><dd title=\"0.5\">0.5</dd></div>"));
    // alliances and the frustrated tie with its evidence sentence
    CHECK(contains(html, "<strong>Alliance 1</strong>: <bdi>Iran</bdi> (<bdi lang=\"ar\">إيران</bdi>)"));
    CHECK(contains(html, "<bdi>Turkey</bdi> (<bdi lang=\"ar\">تركيا</bdi>)<span class=\"negotiation\"> — negotiation — </span>"));
    CHECK(contains(html, "تفاوضت تركيا مع روسيا حول الهدنة."));
    // every relation with right-to-left evidence linked to its article, escaped
    CHECK(contains(html, "<details class=\"relation\" id=\"rel-russia-syria-support\">"));
    CHECK(contains(html, "<li id=\"ev-0\"><blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\">أعلنت روسيا دعمها الكامل لسوريا.</blockquote>"));
    CHECK(contains(html, "<a href=\"articles/doc1.txt\"><bdi lang=\"ar\">عنوان doc1</bdi></a> · 2024-01-01"));
    CHECK(contains(html, "دعمت الولايات المتحدة تركيا &lt;&quot;&amp;&quot;&gt;."));
    // heaviest relation first: russia -> syria support (3) before usa -> russia conflict (2.5)
    CHECK(html.find("rel-russia-syria-support") < html.find("rel-usa-russia-conflict"));
    // criticism is listed as its own directed relation, in its own colour
    CHECK(contains(html, "<details class=\"relation\" id=\"rel-iran-usa-criticism\"><summary><bdi>Iran</bdi> (<bdi "
                         "lang=\"ar\">إيران</bdi>)<span class=\"criticism\"> → criticism → </span>"));
    CHECK(contains(html, ".criticism { color: #ef6c00; }"));
    CHECK(contains(html, "نددت إيران بالعقوبات الأمريكية."));
}

TEST_CASE("report_html is self-contained and repeatable") {
    const std::string html = sample_report();
    CHECK(contains(html, "default-src 'none'"));
    for (const char* external : {"<link", " src=", "@import", "url(", "https://"})
        CHECK_FALSE(contains(html, external));
    CHECK(html == sample_report());
}

TEST_CASE("report_html caps evidence and checks evidence indices") {
    engine::ReportInfo info = sample_info();
    info.max_evidence = 1;
    CHECK(contains(sample_report(info), "… and 1 more (all of them are in events.jsonl)."));

    info.base_dir = "/data/run one";
    const std::string linked = sample_report(info);
    CHECK(contains(linked, "<a href=\"file:///data/run%20one/articles/doc1.txt\">"));

    auto s = test_support::sample_graph();
    s.events.pop_back();
    CHECK(error_text([&] { engine::report_html(s.graph, s.metrics, s.events, "", {}); }) ==
          "report: evidence index 7 is out of range (7 events)");
    graphs::ActorGraph empty;
    const std::string html = engine::report_html(empty, graphs::Metrics{}, {}, "", {});
    CHECK(contains(html, "<p>No image was rendered.</p>"));
    CHECK(contains(html, "<p>No relations.</p>"));
}

namespace {

// Runs a command with its stdout and stderr in files; returns the exit status.
int run(const std::string& command, const std::filesystem::path& out, const std::filesystem::path& err) {
    const std::string line = command + " >'" + out.string() + "' 2>'" + err.string() + "'";
    return std::system(line.c_str());
}

}  // namespace

TEST_CASE("report.html loads in headless Chromium without console errors") {
    const char* chromium = "/usr/bin/chromium";
    if (!std::filesystem::exists(chromium)) {
        SKIP_TEST("chromium is not installed");
    }
    test_support::TempDir dir("report_html");
    const auto page = dir.path() / "report.html";
    std::ofstream(page, std::ios::binary) << sample_report();
    const std::string flags =
        std::string("timeout 90 ") + chromium +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --hide-scrollbars --enable-logging=stderr --v=0";

    const auto dom = dir.path() / "dom.html", dom_log = dir.path() / "dom.log";
    REQUIRE(run(flags + " --user-data-dir='" + (dir.path() / "profile1").string() + "' --dump-dom 'file://" +
                    page.string() + "'",
                dom, dom_log) == 0);
    const std::string dumped = test_support::read_file(dom), log = test_support::read_file(dom_log);
    INFO("chromium stderr:\n" << log);
    CHECK_FALSE(contains(log, "Uncaught"));
    CHECK_FALSE(contains(log, ":CONSOLE("));
    CHECK(contains(dumped, "data-report-ready=\"yes\""));  // the script ran to its end
    // the script sorted the table by betweenness, descending: russia first
    const auto first_row = dumped.find("<tr ", dumped.find("<tbody>", dumped.find("id=\"actors\"")));
    REQUIRE(first_row != std::string::npos);
    const std::string russia_row = "<tr data-order=\"1\"><td><code>russia</code>";
    CHECK(dumped.substr(first_row, russia_row.size()) == russia_row);
    CHECK(contains(dumped, "aria-sort=\"descending\""));

    const auto shot = dir.path() / "shot.png", shot_log = dir.path() / "shot.log";
    REQUIRE(run(flags + " --user-data-dir='" + (dir.path() / "profile2").string() + "' --window-size=1200,1600" +
                    " --screenshot='" + shot.string() + "' 'file://" + page.string() + "'",
                dir.path() / "shot.out", shot_log) == 0);
    const test_support::Image image = test_support::decode_png(test_support::read_file(shot));
    CHECK(image.width == 1200);
    std::size_t dark = 0;
    for (std::size_t y = 0; y < image.height; y += 2)
        for (std::size_t x = 0; x < image.width; x += 2) dark += image.lightness(x, y) < 200.0;
    CHECK(dark > image.width * image.height / 4 / 100);  // more than 1% of the page is ink
    if (const char* keep = std::getenv("ACTORGRAPH_KEEP_IMAGES")) {
        std::filesystem::copy_file(shot, std::filesystem::path(keep) / "report.png",
                                   std::filesystem::copy_options::overwrite_existing);
        std::filesystem::copy_file(page, std::filesystem::path(keep) / "report.html",
                                   std::filesystem::copy_options::overwrite_existing);
    }
}

TEST_CASE("report_html rounds displayed numbers but sorts on exact values") {
    auto s = test_support::sample_graph();
    s.metrics.summary = {{"articles", 31500}, {"modularity", 0.653061224489796}, {"weight", 1234.5678}, {"tiny", -0.0}};
    const std::string html = engine::report_html(s.graph, s.metrics, s.events, "", {});
    CHECK(contains(html, "<dt>articles</dt><dd title=\"31500\">31500</dd>"));
    CHECK(contains(html, "<dt>modularity</dt><dd title=\"0.653061224489796\">0.6531</dd>"));
    CHECK(contains(html, "<dt>weight</dt><dd title=\"1234.5678\">1234.6</dd>"));
    CHECK(contains(html, "<dt>tiny</dt><dd title=\"0\">0</dd>"));
}
