// The article selection (--from/--to, --about, --match) as pure functions.
#include <catch2/catch.hpp>

#include "engine/query/lexicon_actors.hpp"
#include "engine/selection.hpp"
#include "extract/text/normalizer.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using engine::Selection;
using engine::Verdict;

namespace {

extract::Article article(const std::string& date, const std::string& text, const std::string& title = "") {
    return extract::Article{"d", "", title, date, text, 0};
}

}  // namespace

TEST_CASE("selection: dates, undated articles and the word, table-driven") {
    Selection dates;
    dates.from = "2024-03-01";
    dates.to = "2024-04-30";
    Selection from_only;
    from_only.from = "2024-04-01";
    Selection word;
    word.match = extract::normalize_form("الأسد");
    Selection latin;
    latin.match = "ran";
    struct Case {
        const Selection* selection;
        extract::Article article;
        Verdict verdict;
    };
    const Selection none;
    const Case cases[] = {
        {&none, article("", "x"), Verdict::kept},
        {&dates, article("2024-03-01", "x"), Verdict::kept},  // bounds are inclusive
        {&dates, article("2024-04-30", "x"), Verdict::kept},
        {&dates, article("2024-02-29", "x"), Verdict::outside_dates},
        {&dates, article("2024-05-01", "x"), Verdict::outside_dates},
        {&dates, article("", "x"), Verdict::undated},
        {&from_only, article("2030-01-01", "x"), Verdict::kept},
        {&from_only, article("", "x"), Verdict::undated},
        {&word, article("", "قال الاسد"), Verdict::kept},      // hamza does not matter
        {&word, article("", "وقال والأسد"), Verdict::kept},    // an Arabic word may carry clitics
        {&word, article("", "قال بوتين", "الأسد يرد"), Verdict::kept},  // the title counts
        {&word, article("", "قال بوتين"), Verdict::no_word},
        {&latin, article("", "Ran away"), Verdict::kept},      // Latin: any case, whole word
        {&latin, article("", "Iran said"), Verdict::no_word},
    };
    for (const Case& c : cases) {
        INFO(c.article.date << " " << c.article.text);
        CHECK(engine::check_article(*c.selection, c.article) == c.verdict);
    }
}

TEST_CASE("selection: --about keeps articles with a mention of the actors or their factions") {
    const auto lexicon = extract::Lexicon::builtin();
    Selection about;
    about.about = engine::with_descendants(engine::resolve_lexicon_actors({"Russia"}, *lexicon), *lexicon);
    REQUIRE(std::binary_search(about.about.begin(), about.about.end(), "russia"));
    // Every lexicon entry whose parent chain reaches russia is covered.
    std::size_t factions = 0;
    for (const auto& entry : lexicon->actors())
        if (entry.parent == "russia") {
            ++factions;
            CHECK(std::binary_search(about.about.begin(), about.about.end(), entry.id));
        }
    CHECK(about.about.size() == factions + 1);
    extract::ArticleResult with_russia, without;
    with_russia.mentions = {{"iran", 1}, {"russia", 2}};
    without.mentions = {{"iran", 3}};
    CHECK(engine::check_mentions(about, with_russia) == Verdict::kept);
    CHECK(engine::check_mentions(about, without) == Verdict::no_actor);
    CHECK(engine::check_mentions(Selection{}, without) == Verdict::kept);
}

TEST_CASE("selection: actor names resolve like query (labels, Arabic, hamza) or fail naming the closest") {
    const auto lexicon = extract::Lexicon::builtin();
    CHECK(engine::resolve_lexicon_actors({"russia", "RUSSIA", "روسيا", "Iran", "ايران"}, *lexicon) ==
          std::vector<std::string>{"russia", "russia", "russia", "iran", "iran"});
    const std::string error = test_support::error_text([&] { engine::resolve_lexicon_actors({"russsia"}, *lexicon); });
    CHECK(error.rfind("unknown actor 'russsia' (closest: russia", 0) == 0);
}

TEST_CASE("selection: calendar dates and the summary of what was left out") {
    for (const char* good : {"2024-02-29", "2000-02-29", "1999-12-31"}) CHECK(engine::is_iso_date(good));
    for (const char* bad : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-01",
                            "20240401", "", "2024-04-01x"})
        CHECK_FALSE(engine::is_iso_date(bad));
    CHECK(engine::selection_summary({}) == "");
    CHECK(engine::selection_summary({{"undated", 1}}) == " (1 article left out: 1 undated)");
    CHECK(engine::selection_summary({{"outside --from/--to", 3}, {"undated", 2}}) ==
          " (5 articles left out: 3 outside --from/--to, 2 undated)");
}
