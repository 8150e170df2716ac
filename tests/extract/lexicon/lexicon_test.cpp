#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "extract/lexicon/lexicon.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/text/normalizer.hpp"

using namespace actorgraph::extract;

TEST_CASE("builtin lexicon: every canonical id of the guidelines, hierarchy roll-up") {
    const auto lex = Lexicon::builtin();
    for (const char* id : {"russia", "iran", "turkey", "usa", "regime", "opposition", "sdf", "isis", "nusra",
                           "hezbollah", "shia_militias", "saudi_arabia", "qatar", "jordan", "iraq", "israel", "un",
                           "france", "uk", "egypt", "uae", "lebanon", "pkk", "eu", "nato"})
        CHECK(lex->find(id) != nullptr);
    CHECK(lex->top_level("putin") == "russia");
    CHECK(lex->top_level("lavrov") == "russia");
    CHECK(lex->top_level("pentagon") == "usa");
    CHECK(lex->top_level("jaish_islam") == "opposition");
    CHECK(lex->top_level("failaq_rahman") == "opposition");
    CHECK(lex->top_level("ypg") == "sdf");
    CHECK(lex->top_level("russia") == "russia");
    CHECK(std::is_sorted(lex->actors().begin(), lex->actors().end(),
                         [](const auto& a, const auto& b) { return a.id < b.id; }));
}

TEST_CASE("lexicon errors name the file and the problem") {
    const std::string cues = R"({"cues": [], "markers": {}})";
    const std::vector<std::pair<std::string, std::string>> cases{
        {"{\"actors\": [\n  {\"id\": \"a\",}\n]}", "actors.json:2:14: Missing a name for object member."},
        {R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "parent": "b", "forms": ["ا"]}]})",
         "actors.json: actor \"a\": unknown parent \"b\""},
        {R"({"actors": [{"id": "A", "label_en": "A", "label_ar": "ا", "forms": ["ا"]}]})",
         "actors.json: actor 1: id \"A\" must be lower-case letters, digits and '_'"},
        {R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "forms": []}]})",
         "actors.json: actor \"a\": \"forms\" is empty"},
        {R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "parent": "b", "forms": ["ا"]},
                        {"id": "b", "label_en": "B", "label_ar": "ب", "parent": "a", "forms": ["ب"]}]})",
         "actors.json: actor \"a\": parent chain has a cycle"},
        {R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "government": "g", "forms": ["ا"]}]})",
         "actors.json: actor \"a\": unknown actor \"g\" in \"government\""},
    };
    for (const auto& [actors, message] : cases) {
        try {
            Lexicon::from_json({{actors, "actors.json"}, {cues, "cues.json"}, Lexicon::builtin_document("words.json")});
            FAIL("no error for " << actors);
        } catch (const actorgraph::Error& e) {
            CHECK(std::string(e.what()) == message);
        }
    }
    const std::string actors = R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "forms": ["ا"]}]})";
    try {
        Lexicon::from_json(
            {{actors, "actors.json"},
             {R"({"cues": [{"id": "x", "relation": "love", "type": "verb", "weight": 1, "forms": ["x"]}], "markers": {}})",
              "cues.json"},
             Lexicon::builtin_document("words.json")});
        FAIL("no error");
    } catch (const actorgraph::Error& e) {
        CHECK(std::string(e.what()) == "cues.json: cue \"x\": unknown relation \"love\" (support, conflict, negotiation or criticism)");
    }
}

TEST_CASE("words.json: a word or stem class left out or empty is an error, not a rule switched off") {
    const std::string actors = R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "forms": ["ا"]}]})";
    const std::string cues = R"({"cues": [], "markers": {}})";
    const std::string words(Lexicon::builtin_document("words.json").text);
    const auto error_with = [&](const std::string& from, const std::string& to) -> std::string {
        std::string text = words;
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        try {
            Lexicon::from_json({{actors, "actors.json"}, {cues, "cues.json"}, {text, "words.json"}});
        } catch (const actorgraph::Error& e) {
            return e.what();
        }
        return "";
    };
    CHECK(error_with("\"both_sides\":", "\"both_sides_old\":") ==
          "words.json: stems: unknown class \"both_sides_old\" (both_sides, but, possessed, speech)");
    CHECK(error_with("\"speech\": [", "\"unused\": [\"x\"], \"speech\": [") ==
          "words.json: stems: unknown class \"unused\" (both_sides, but, possessed, speech)");
    CHECK(error_with("\"hedge\": [", "\"hedge_old\": [").find("words.json: words: unknown class \"hedge_old\"") == 0);
}

TEST_CASE("words.json: a stem class emptied, renamed or removed is named in the error") {
    const std::string actors = R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "forms": ["ا"]}]})";
    const std::string cues = R"({"cues": [], "markers": {}})";
    std::string words(Lexicon::builtin_document("words.json").text);
    const std::size_t at = words.find("\"speech\": [");
    REQUIRE(at != std::string::npos);
    const std::size_t close = words.find(']', at);
    for (const auto& [replacement, message] : std::vector<std::pair<std::string, std::string>>{
             {"\"speech\": []", "words.json: stems: \"speech\" is empty"},
             {"\"speech_gone\": [\"x\"]", "words.json: stems: unknown class \"speech_gone\" (both_sides, but, possessed, speech)"}}) {
        std::string text = words;
        text.replace(at, close + 1 - at, replacement);
        try {
            Lexicon::from_json({{actors, "actors.json"}, {cues, "cues.json"}, {text, "words.json"}});
            FAIL("no error for " << replacement);
        } catch (const actorgraph::Error& e) {
            CHECK(std::string(e.what()) == message);
        }
    }
    // Removed outright, the class is named as missing.
    std::string text = words;
    const std::size_t comma = text.rfind(',', at);
    text.erase(comma, close + 1 - comma);
    try {
        Lexicon::from_json({{actors, "actors.json"}, {cues, "cues.json"}, {text, "words.json"}});
        FAIL("no error for a missing class");
    } catch (const actorgraph::Error& e) {
        CHECK(std::string(e.what()) == "words.json: stems: class \"speech\" is missing");
    }
    CHECK_NOTHROW(Lexicon::builtin());
}

TEST_CASE("the derived stem classes come from the loaded lexicon: possessed stems with its pronouns, its anaphora") {
    const std::string actors = R"({"actors": [{"id": "a", "label_en": "A", "label_ar": "ا", "forms": ["ا"]}],
                                   "anaphora": {"الفريق": ["a"]}})";
    const std::string cues = R"({"cues": [], "markers": {}})";
    std::string words(Lexicon::builtin_document("words.json").text);
    const std::size_t at = words.find("\"possessed\": [");
    REQUIRE(at != std::string::npos);
    words.replace(at, words.find(']', at) + 1 - at, "\"possessed\": [\"كتائب\"]");
    const auto lexicon = Lexicon::from_json({{actors, "actors.json"}, {cues, "cues.json"}, {words, "words.json"}});
    const Lexicon::Data& d = lexicon->data();
    for (const std::string& pronoun : d.affixes.object_pronouns)
        CHECK(d.stem_is(normalize_form("كتائب") + pronoun, StemClass::possessed_pronoun));
    CHECK_FALSE(d.stem_is(normalize_form("كتائب"), StemClass::possessed_pronoun));
    CHECK_FALSE(d.stem_is(normalize_form("قواته"), StemClass::possessed_pronoun));  // the builtin list's, not this one's
    CHECK(d.stem_is(normalize_form("الفريق"), StemClass::maybe_anaphor));
    CHECK(d.stem_is(normalize_form("فريق"), StemClass::maybe_anaphor));  // after لل: للفريق
    CHECK_FALSE(d.stem_is(normalize_form("التنظيم"), StemClass::maybe_anaphor));
}
