// timeline.html: the charts and their lines counted in the SVG, every label escaped.
#include <catch2/catch.hpp>

#include "engine/render/timeline_html.hpp"

using namespace actorgraph;
using engine::TimelineRow;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The text of the `index`-th <figure> (a pair chart).
std::string figure(const std::string& html, std::size_t index) {
    std::size_t at = 0;
    for (std::size_t i = 0; i <= index; ++i) at = html.find("<figure>", at + 1);
    return html.substr(at, html.find("</figure>", at) - at);
}

}  // namespace

TEST_CASE("timeline_html: 12 pair charts of the largest changes, a line per relation, ranks and articles") {
    const std::vector<std::string> periods{"2024-01", "2024-02", "2024-03"};
    std::vector<TimelineRow> rows;
    // 14 pairs a0-b .. a13-b, change growing with the index; pair 13 has two relations.
    for (int i = 0; i < 14; ++i) {
        std::string a(1, 'a');
        a += std::to_string(100 + i);  // appended: "a" + s trips GCC 12's false -Wrestrict
        rows.push_back({"2024-01", a, "b", Relation::support, 1.0 + i, 1, 1, 10, 0});
        if (i == 13) rows.push_back({"2024-03", "b", a, Relation::conflict, 2.0, 1, 1, 10, 0});
    }
    // A label an article could have smuggled markup into.
    const std::string evil = "<script>alert(1)</script>&\"x'";
    engine::TimelinePage page{"set <1>", "month", periods, {10, 0, 4}, {}, {}, {{"a113", {evil, evil}}, {"b", {"B", "ب"}}}};
    page.pairs = engine::largest_changes(rows, periods, 12);
    page.ranks = engine::strength_ranks(rows, periods, 10);
    const std::string html = engine::timeline_to_html(page);

    CHECK(count(html, "<svg class=\"chart\"") == 14);  // articles, 12 pairs, ranks
    CHECK(count(html, "<figure>") == 12);
    CHECK(count(html, "<rect class=\"bar\"") == 3);
    // The largest change first: a113-b, with its two relations.
    const std::string first = figure(html, 0);
    CHECK(count(first, "class=\"series\"") == 2);
    CHECK(count(first, "data-relation=\"support\"") == 1);
    CHECK(count(first, "data-relation=\"conflict\"") == 1);
    CHECK(count(figure(html, 1), "class=\"series\"") == 1);
    CHECK(html.find("a101") == std::string::npos);  // 13th and 14th largest are left out
    // The rank chart: one line per top actor (b and the 9 strongest a's).
    const std::string ranks = html.substr(html.rfind("<svg class=\"chart\""));
    CHECK(count(ranks, "<path class=\"series\"") == 10);
    CHECK(count(html, "class=\"series\"") == 12 + 1 + 10);
    CHECK(ranks.find("cy=\"10.0\" r=\"3\"") != std::string::npos);  // rank 1 at the top of the plot
    CHECK(ranks.find(">1. B</text>") != std::string::npos);

    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;x&#39;") != std::string::npos);
    CHECK(html.find("set &lt;1&gt;") != std::string::npos);
    CHECK(html.find("script-src") == std::string::npos);  // default-src 'none': no script at all
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(engine::timeline_to_html(page) == html);  // deterministic
}

TEST_CASE("timeline_html: one period and no tie still give a valid page") {
    engine::TimelinePage page{"x", "year", {"2024"}, {3}, {}, {}, {}};
    const std::string html = engine::timeline_to_html(page);
    CHECK(count(html, "<svg class=\"chart\"") == 1);  // articles only
    CHECK(html.find("</html>\n") == html.size() - 8);
}
