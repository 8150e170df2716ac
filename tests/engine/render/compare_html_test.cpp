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
