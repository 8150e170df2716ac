// Arabic word shapes (proclitics, nisba endings, the article) with the
// affixes of the built-in words.json.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/lexicon/lexicon_data.hpp"
#include "extract/lexicon/morphology.hpp"
#include "extract/text/normalizer.hpp"

using namespace actorgraph::extract;

namespace {

const Affixes& affixes() { return Lexicon::builtin()->data().affixes; }

// Words are written as in text; the functions take normalised words.
std::string n(const char* word) { return normalize_form(word); }

struct ProcliticCase {
    const char* word;
    const char* stem;
    bool conjunction;
    char preposition;
    bool article_from_lam;
};

void check_proclitics(const std::vector<ProcliticCase>& cases) {
    for (const auto& c : cases) {
        INFO("word: " << c.word);
        const std::string w = n(c.word);
        const Proclitics p = split_proclitics(affixes(), w);
        CHECK(std::string(p.stem) == n(c.stem));
        CHECK(p.conjunction == c.conjunction);
        CHECK(p.preposition == c.preposition);
        CHECK(p.article_from_lam == c.article_from_lam);
    }
}

}  // namespace

TEST_CASE("the built-in affixes are words.json's, normalised") {
    const Affixes& a = affixes();
    CHECK(a.conjunctions == std::vector<std::string>{"و", "ف"});
    CHECK(a.prepositions == std::vector<std::string>{"ب", "ل", "ك"});
    CHECK(a.article == "ال");
    CHECK(a.lam_article == "لل");
    CHECK(a.nisba_endings == std::vector<std::string>{"ي", "يه"});  // ية, its ة normalised
    CHECK(a.future_prefix == "س");
}

TEST_CASE("split_proclitics strips a conjunction, then a preposition or lam-article") {
    const std::vector<ProcliticCase> cases{
        {"روسيا", "روسيا", false, 0, false},
        {"وروسيا", "روسيا", true, 0, false},
        {"فروسيا", "روسيا", true, 0, false},
        {"بروسيا", "روسيا", false, 'b', false},
        {"لروسيا", "روسيا", false, 'l', false},
        {"كروسيا", "روسيا", false, 'k', false},
        {"ولروسيا", "روسيا", true, 'l', false},
        {"فبروسيا", "روسيا", true, 'b', false},
        {"بالنظام", "النظام", false, 'b', false},
        {"فالنظام", "النظام", true, 0, false},
        {"وكالنظام", "النظام", true, 'k', false},
        // لل is ل + ال: the stem is read without its alif, and says so.
        {"للنظام", "نظام", false, 'l', true},
        {"وللنظام", "نظام", true, 'l', true},
        {"فللسورية", "سوريه", true, 'l', true},
        // Only one conjunction and one preposition.
        {"ووروسيا", "وروسيا", true, 0, false},
        {"بلروسيا", "لروسيا", false, 'b', false},
    };
    check_proclitics(cases);
}

TEST_CASE("split_proclitics leaves a stem of at least two letters") {
    const std::vector<ProcliticCase> cases{
        {"ول", "ول", false, 0, false},     // و + one letter: not stripped
        {"به", "به", false, 0, false},     // ب + one letter
        {"لك", "لك", false, 0, false},
        {"ولد", "لد", true, 0, false},     // و + two letters: stripped, but not ل + one letter
        {"بها", "ها", false, 'b', false},  // ب + two letters
        {"وبه", "به", true, 0, false},
        {"لله", "له", false, 'l', false},  // لل + one letter is ل + two letters
        {"للي", "لي", false, 'l', false},
        {"و", "و", false, 0, false},
        {"", "", false, 0, false},
    };
    check_proclitics(cases);
}

TEST_CASE("conjunction_of and strip_conjunction") {
    const Affixes& a = affixes();
    CHECK(conjunction_of(a, n("وروسيا")) == "و");
    CHECK(conjunction_of(a, n("فالنظام")) == "ف");
    CHECK(conjunction_of(a, n("روسيا")) == "");
    CHECK(conjunction_of(a, n("بروسيا")) == "");
    CHECK(conjunction_of(a, "") == "");
    CHECK(conjunction_of(a, n("و")) == "و");  // the letter alone is one too
    // strip_conjunction keeps min_rest bytes (default one) after it.
    CHECK(strip_conjunction(a, n("وروسيا")) == n("روسيا"));
    CHECK(strip_conjunction(a, n("فالنظام")) == n("النظام"));
    CHECK(strip_conjunction(a, n("روسيا")) == n("روسيا"));
    CHECK(strip_conjunction(a, n("و")) == n("و"));
    CHECK(strip_conjunction(a, n("وا")) == n("ا"));
    CHECK(strip_conjunction(a, n("ولد"), 4) == n("لد"));
    CHECK(strip_conjunction(a, n("ول"), 4) == n("ول"));
    CHECK(strip_conjunction(a, n("وولد")) == n("ولد"));  // one conjunction only
}

TEST_CASE("ends_with is a proper suffix, starts_with any prefix") {
    CHECK(ends_with(n("روسي"), n("ي")));
    CHECK_FALSE(ends_with(n("ي"), n("ي")));  // nothing before it
    CHECK_FALSE(ends_with("", ""));
    CHECK(ends_with("ab", ""));
    CHECK_FALSE(ends_with(n("روسيا"), n("ي")));
    CHECK(starts_with(n("النظام"), n("ال")));
    CHECK(starts_with(n("ال"), n("ال")));
    CHECK(starts_with("x", ""));
    CHECK_FALSE(starts_with(n("ا"), n("ال")));
    const Affixes& a = affixes();
    CHECK(ends_with_any(n("السوريين"), a.sound_plural_endings));
    CHECK(ends_with_any(n("المسلحون"), a.sound_plural_endings));
    CHECK_FALSE(ends_with_any(n("ين"), a.sound_plural_endings));
    CHECK(starts_with_any(n("يقصف"), a.imperfect_prefixes));
    CHECK_FALSE(starts_with_any(n("قصف"), a.imperfect_prefixes));
    CHECK(is_any(n("ها"), a.object_pronouns));
    CHECK_FALSE(is_any(n("هاء"), a.object_pronouns));
}

TEST_CASE("has_nisba_ending: a word ending in ي or ية, with something before it") {
    const Affixes& a = affixes();
    for (const char* w : {"روسي", "التركية", "الأمريكي", "سورية", "أميركية"}) {
        INFO(w);
        CHECK(has_nisba_ending(a, n(w)));
    }
    for (const char* w : {"روسيا", "النظام", "ي", "ية", "الروس", ""}) {
        INFO(w);
        CHECK_FALSE(has_nisba_ending(a, n(w)));
    }
}

TEST_CASE("is_definite_nisba: the article and a nisba ending, also after proclitics and lam-article") {
    const Affixes& a = affixes();
    struct NisbaCase {
        const char* word;
        bool as_word;        // is_definite_nisba(a, word)
        bool as_proclitics;  // is_definite_nisba(a, split_proclitics(a, word))
    };
    const std::vector<NisbaCase> cases{
        {"الروسي", true, true},
        {"الروسية", true, true},
        {"روسي", false, false},        // no article
        {"النظام", false, false},      // no nisba ending
        {"للسورية", false, true},      // ل + ال: only once the proclitics are read
        {"وللروسي", false, true},
        {"بالروسية", false, true},
        {"والتركي", false, true},
        {"لروسية", false, false},      // ل without the article
        {"السوريين", false, false},    // a plural, not a nisba adjective
    };
    for (const auto& c : cases) {
        INFO("word: " << c.word);
        const std::string w = n(c.word);
        CHECK(is_definite_nisba(a, w) == c.as_word);
        CHECK(is_definite_nisba(a, split_proclitics(a, w)) == c.as_proclitics);
    }
}

TEST_CASE("stem_starts_with reads the article back into a lam-article stem") {
    const Affixes& a = affixes();
    struct StemCase {
        const char* word;
        const char* prefix;
        bool expected;
    };
    const std::vector<StemCase> cases{
        {"للتدخل", "الت", true},     // ل + التدخل
        {"للتدخل", "ال", true},
        {"للتدخل", "ت", true},       // the stem itself starts with ت
        {"للتدخل", "الا", false},
        {"بالتدخل", "الت", true},
        {"التدخل", "الت", true},
        {"لتدخل", "الت", false},     // no article at all
        {"وللانتشار", "الان", true},
        {"للاحتلال", "الاحت", true},
        {"للاستيلاء", "الاست", true},
    };
    for (const auto& c : cases) {
        INFO(c.word << " / " << c.prefix);
        const std::string w = n(c.word);
        CHECK(stem_starts_with(a, split_proclitics(a, w), n(c.prefix)) == c.expected);
    }
    CHECK(stem_starts_with_any(a, split_proclitics(a, n("للتمدد")), a.action_noun_prefixes));
    CHECK_FALSE(stem_starts_with_any(a, split_proclitics(a, n("للقوات")), a.action_noun_prefixes));
}
