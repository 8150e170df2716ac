#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "extract/lexicon/lexicon.hpp"

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
