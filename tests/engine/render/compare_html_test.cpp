// compare.html on graphs built for the test (compared_sets.hpp).
#include <catch2/catch.hpp>

#include "compared_sets.hpp"
#include "engine/render/compare_html.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;
using test_support::analysis_of;

TEST_CASE("compare: the page is self-contained and quotes evidence right to left") {
    const Analysis before = analysis_of({{"a", "b", Relation::support, 1, "<نص>"}});
    const Analysis after = analysis_of({});
    const ComparedSets sets{before, after, "A & co", "B"};
    const std::string html = comparison_to_html(sets, compare_sets(sets), "<?xml version=\"1.0\"?><svg></svg>");
    CHECK(html.find("A &amp; co") != std::string::npos);
    CHECK(html.find("dir=\"rtl\" lang=\"ar\">&lt;نص&gt;</p>") != std::string::npos);
    CHECK(html.find("<?xml") == std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
}

TEST_CASE("compare: the page opens with the largest changes and both sets' article counts") {
    Analysis before = analysis_of({{"a", "b", Relation::support, 1, "س"}, {"c", "d", Relation::conflict, 5, "ص"}});
    Analysis after = analysis_of({{"a", "b", Relation::support, 3, "س"}});
    before.record.articles = 10;
    after.record.articles = 20;
    after.record.first_date = after.record.last_date = "2020-05-01";
    const ComparedSets sets{before, after, "A", "B"};
    const std::string html = comparison_to_html(sets, compare_sets(sets), "<svg></svg>");
    const auto largest = html.find("<h2>Largest changes</h2>");
    REQUIRE(largest != std::string::npos);
    CHECK(largest < html.find("<h2>Summary</h2>"));
    CHECK(html.find("(10 articles, undated)") != std::string::npos);
    CHECK(html.find("(20 articles, 2020-05-01)") != std::string::npos);
    // c-d (-5) before a-b (+2: 10 -> 15 per 100 articles).
    const auto cd = html.find("c\xe2\x80\x93" "d conflict: 5 -&gt; 0 (-5), 1 of 10 articles vs 0 of 20");
    REQUIRE(cd != std::string::npos);
    CHECK(cd < html.find("a\xe2\x80\x93" "b support: 1 -&gt; 3 (+2)"));
    CHECK(html.find("a\xe2\x80\x93" "b support: 1 -&gt; 3 (+2)") != std::string::npos);
}
