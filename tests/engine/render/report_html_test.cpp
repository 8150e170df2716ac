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
#include "engine/render/sha256.hpp"
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
    const std::string svg =
        engine::render_dot(engine::to_dot(s.graph, s.metrics, test_support::sample_render_options()), "svg", "dot");
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
    CHECK(contains(html, "<figure class=\"graph\" id=\"graph-view\">\n<svg"));
    CHECK_FALSE(contains(html, "<?xml"));
    // the actor table, numeric sort keys, starting sorted by betweenness (column 4: id, actor, Arabic, mentions, betweenness)
    CHECK(contains(html, "<table class=\"sortable compact\" id=\"actors\" data-sort-column=\"4\">"));
    CHECK(contains(html, "<button type=\"button\" id=\"toggle-columns\""));
    CHECK(contains(html, "<th data-type=\"number\" class=\"extra\">degree</th>"));  // not a main column
    CHECK(contains(html, "<td dir=\"rtl\" lang=\"ar\">الولايات المتحدة</td>"));
    CHECK(contains(html, "<td class=\"number\" data-value=\"0.1666667\" title=\"0.1666667\">0.167</td>"));
    CHECK(contains(html, "<div><dt><a href=\"#g-frustration_index\" title=\"The fewest signed ties whose removal makes the "
                         "whole graph balanced.\">frustration_index</a></dt><dd title=\"0.5\">0.5</dd></div>"));
    // the glossary at the end, with references
    CHECK(contains(html, "<dt id=\"g-betweenness\">betweenness</dt><dd>How often the actor lies on the shortest paths"));
    CHECK(contains(html, "(Brandes 2001, A faster algorithm for betweenness centrality)"));
    // alliances and the frustrated tie with its evidence sentence
    CHECK(contains(html, "<strong>Alliance 1</strong>: <bdi>Iran</bdi> (<bdi lang=\"ar\">إيران</bdi>)"));
    CHECK(contains(html, "<bdi>Turkey</bdi> (<bdi lang=\"ar\">تركيا</bdi>)<span class=\"negotiation\"> — negotiation — </span>"));
    CHECK(contains(html, "تفاوضت تركيا مع روسيا حول الهدنة."));
    // every relation with right-to-left evidence linked to its article, escaped
    CHECK(contains(html, "<details class=\"relation\" id=\"rel-russia-syria-support\" data-source=\"russia\" "
                         "data-target=\"syria\" data-relation=\"support\" data-weight=\"3\" data-documents=\"2\">"));
    CHECK(contains(html, "<li id=\"ev-0\"><blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\">أعلنت روسيا دعمها الكامل لسوريا.</blockquote>"));
    CHECK(contains(html, "<a href=\"articles/doc1.txt\"><bdi lang=\"ar\">عنوان doc1</bdi></a> · 2024-01-01"));
    CHECK(contains(html, "دعمت الولايات المتحدة تركيا &lt;&quot;&amp;&quot;&gt;."));
    // heaviest relation first: russia -> syria support (3) before usa -> russia conflict (2.5)
    CHECK(html.find("rel-russia-syria-support") < html.find("rel-usa-russia-conflict"));
    // criticism is listed as its own directed relation, in its own colour
    CHECK(contains(html, "<details class=\"relation\" id=\"rel-iran-usa-criticism\" data-source=\"iran\" data-target=\"usa\" "
                         "data-relation=\"criticism\" data-weight=\"1.5\" data-documents=\"1\"><summary><bdi>Iran</bdi> (<bdi "
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
    // an article with a <URL> links there, its local file next to it
    info.article_urls = {{"doc1", "https://example.org/a?x=1&y=2"}};
    const std::string web = sample_report(info);
    CHECK(contains(web, "<a href=\"https://example.org/a?x=1&amp;y=2\"><bdi lang=\"ar\">عنوان doc1</bdi></a> "
                        "(<a href=\"file:///data/run%20one/articles/doc1.txt\">local file</a>)"));

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
    const std::string russia_row = "<tr data-order=\"1\" data-id=\"russia\"";
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
    CHECK(contains(html, "<dt>articles</dt><dd title=\"31500\">31,500</dd>"));
    CHECK(contains(html, ">modularity</a></dt><dd title=\"0.653061224489796\">0.653</dd>"));
    CHECK(contains(html, "<dt>weight</dt><dd title=\"1234.5678\">1,235</dd>"));
    CHECK(contains(html, "<dt>tiny</dt><dd title=\"0\">0</dd>"));
    s.metrics.summary = {{"small", 0.000123456}, {"big", 1234567}, {"negative", -2.5}, {"third", 1.0 / 3}};
    const std::string more = engine::report_html(s.graph, s.metrics, s.events, "", {});
    CHECK(contains(more, "<dt>small</dt><dd title=\"0.000123456\">0.000123</dd>"));
    CHECK(contains(more, "<dt>big</dt><dd title=\"1234567\">1,234,567</dd>"));
    CHECK(contains(more, "<dt>negative</dt><dd title=\"-2.5\">-2.5</dd>"));
    CHECK(contains(more, "\">0.333</dd>"));
}

namespace {

struct Chromium {
    test_support::TempDir dir{"report_chromium"};
    int runs = 0;
    std::string log;
    // The DOM after the page's own script ran, for the page at `url_suffix`
    // (a hash); the browser's stderr goes into `log`.
    std::string dump(const std::string& html, const std::string& url_suffix = "") {
        const auto page = dir.path() / "report.html";
        std::ofstream(page, std::ios::binary) << html;
        const std::string run_name = std::to_string(++runs);
        const auto out = dir.path() / ("dom" + run_name), err = dir.path() / ("log" + run_name);
        const std::string command =
            "timeout 90 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
            "--disable-background-networking --disable-component-update --disable-sync --enable-logging=stderr --v=0 "
            "--user-data-dir='" + (dir.path() / ("profile" + run_name)).string() + "' --dump-dom 'file://" +
            page.string() + url_suffix + "'";
        const int status = run(command, out, err);
        log = test_support::read_file(err);
        REQUIRE(status == 0);
        return test_support::read_file(out);
    }
};

// The start tag of the element with `id` in a dumped DOM ("" if none).
std::string start_tag(const std::string& dom, const std::string& id) {
    const auto at = dom.find("id=\"" + id + "\"");
    if (at == std::string::npos) return "";
    const auto open = dom.rfind('<', at), close = dom.find('>', at);
    return dom.substr(open, close - open + 1);
}

// The text between the element with `id`'s start tag and the next `end`.
std::string content_of(const std::string& dom, const std::string& id, const std::string& end) {
    const auto at = dom.find("id=\"" + id + "\"");
    if (at == std::string::npos) return "";
    const auto from = dom.find('>', at) + 1;
    return dom.substr(from, dom.find(end, from) - from);
}

}  // namespace

TEST_CASE("report.html allows only its own script, by hash") {
    const std::string html = sample_report();
    const auto csp = html.find("script-src 'sha256-");
    REQUIRE(csp != std::string::npos);
    CHECK_FALSE(contains(html, "unsafe-inline'; img") );
    CHECK(html.find("script-src 'unsafe-inline'") == std::string::npos);
    // exactly one script element, and the policy names its hash
    const auto open = html.find("<script>");
    REQUIRE(open != std::string::npos);
    CHECK(html.find("<script", open + 1) == std::string::npos);
    const auto close = html.find("</script>", open);
    const std::string body = html.substr(open + 8, close - open - 8);
    CHECK(contains(html, "script-src 'sha256-" + engine::sha256_base64(body) + "'"));
    CHECK(contains(html, "default-src 'none'"));
}

TEST_CASE("Chromium runs none of the script payloads in an article's title, DOCNO and text") {
    if (!std::filesystem::exists("/usr/bin/chromium")) {
        SKIP_TEST("chromium is not installed");
    }
    auto s = test_support::sample_graph();
    const std::string mark = "document.documentElement.setAttribute('data-pwned', ";
    for (extract::Event& e : s.events) {
        e.title = "<script>" + mark + "'title')</script><img src=x onerror=\"" + mark + "'title-img')\">";
        e.doc = "\"><img src=x onerror=" + mark + "'docno')>";
        e.text = "</textarea><script>" + mark + "'text')</script><svg onload=\"" + mark + "'svg')\"></svg>" + e.text;
        e.cue = "<iframe srcdoc=\"<script>" + mark + "'cue')</script>\"></iframe>";
    }
    const std::string svg =
        engine::render_dot(engine::to_dot(s.graph, s.metrics, test_support::sample_render_options()), "svg", "dot");
    const std::string html = engine::report_html(s.graph, s.metrics, s.events, svg, sample_info());
    Chromium chromium;
    const std::string dom = chromium.dump(html, "#select=tie-russia--syria--support");
    INFO("chromium stderr:\n" << chromium.log);
    CHECK(contains(dom, "data-report-ready=\"yes\""));  // the page's own script ran
    CHECK_FALSE(contains(dom, "data-pwned=\""));  // the payloads' own text names it, as text
    CHECK(contains(dom, "&lt;/textarea&gt;&lt;script&gt;"));  // shown as text, in the evidence panel too
    CHECK(contains(content_of(dom, "panel", "</aside>"), "&lt;script&gt;"));
    CHECK_FALSE(contains(chromium.log, "Uncaught"));

    // Had a payload slipped past escaping, the policy would still stop it.
    std::string raw = html;
    raw.insert(raw.find("</body>"), "<script>" + mark + "'raw')</script><img src=x onerror=\"" + mark + "'raw-img')\">");
    const std::string blocked = chromium.dump(raw);
    CHECK(contains(blocked, "data-report-ready=\"yes\""));
    CHECK_FALSE(contains(blocked, "data-pwned=\""));
    CHECK(contains(chromium.log, "Content Security Policy"));  // refused, not run
}

TEST_CASE("report.html in Chromium: a tie shows its evidence, an actor its allies, filters hide ties") {
    if (!std::filesystem::exists("/usr/bin/chromium")) {
        SKIP_TEST("chromium is not installed");
    }
    const std::string html = sample_report();
    Chromium chromium;
    // a click on the russia -> syria support tie, with the conflict ties filtered out
    const std::string dom = chromium.dump(html, "#select=tie-russia--syria--support&hide=conflict");
    INFO("chromium stderr:\n" << chromium.log);
    CHECK_FALSE(contains(chromium.log, "Uncaught"));
    CHECK_FALSE(contains(chromium.log, ":CONSOLE("));
    CHECK(contains(start_tag(dom, "panel"), "data-selected=\"tie-russia--syria--support\""));
    const std::string panel = content_of(dom, "panel", "</aside>");
    CHECK(contains(panel, "أعلنت روسيا دعمها الكامل لسوريا."));
    CHECK(contains(panel, "جددت موسكو دعمها لدمشق."));
    CHECK(contains(start_tag(dom, "tie-russia--syria--support"), "data-state=\"on\""));
    CHECK(contains(start_tag(dom, "tie-russia--usa--conflict"), "data-hidden=\"yes\""));
    CHECK_FALSE(contains(start_tag(dom, "tie-russia--syria--support"), "data-hidden"));
    CHECK(contains(start_tag(dom, "rel-usa-russia-conflict"), "data-hidden=\"yes\""));  // the evidence list too

    // a click on russia: its ties highlighted, allies and enemies listed
    const std::string actor = chromium.dump(html, "#select=actor-russia");
    CHECK_FALSE(contains(chromium.log, ":CONSOLE("));
    CHECK(contains(start_tag(actor, "actor-russia"), "data-state=\"on\""));
    CHECK(contains(start_tag(actor, "tie-usa--turkey--support"), "data-state=\"dim\""));
    const std::string allies = content_of(actor, "panel", "</aside>");
    CHECK(contains(allies, "Allies (support) (1)</h4><ul><li>Syria (support, 3)</li>"));
    CHECK(contains(allies, "Enemies (conflict, criticism) (1)</h4><ul><li>United States (conflict, 3.5)</li>"));
    CHECK(contains(allies, "Negotiates with (1)</h4><ul><li>Turkey (negotiation, 1)</li>"));

    // the search ignores hamza: "ايران" finds إيران and selects it
    const std::string found = chromium.dump(html, "#search=%D8%A7%D9%8A%D8%B1%D8%A7%D9%86");
    CHECK_FALSE(contains(chromium.log, ":CONSOLE("));
    CHECK(contains(start_tag(found, "actor-search"), "data-matches=\"1\""));
    CHECK(contains(start_tag(found, "panel"), "data-selected=\"actor-iran\""));
    CHECK(contains(start_tag(found, "actor-iran"), "data-match=\"yes\""));
}
