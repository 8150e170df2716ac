// find_matches over a small lexicon written for the tests: which form wins
// at a word, the proclitic readings, the future prefix, markers.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/lexicon/lexicon.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/lexicon/mention_finder.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/tokenizer.hpp"

using namespace actorgraph::extract;

namespace {

const char* const test_actors = R"({"actors": [
  {"id": "russia", "label_en": "Russia", "label_ar": "روسيا", "forms": ["روسيا", "الروس"]},
  {"id": "regime", "label_en": "Regime", "label_ar": "النظام", "forms": ["النظام", "النظام السوري"]},
  {"id": "syrian_army", "label_en": "Syrian army", "label_ar": "الجيش السوري", "parent": "regime", "forms": ["الجيش السوري"]},
  {"id": "fsa", "label_en": "Free Syrian Army", "label_ar": "الجيش السوري الحر", "forms": ["الجيش السوري الحر"]},
  {"id": "turkey", "label_en": "Turkey", "label_ar": "تركيا", "forms": ["تركيا"]},
  {"id": "sinai", "label_en": "Sinai", "label_ar": "سيناء", "forms": ["سيناء"]},
  {"id": "brigade", "label_en": "Brigade", "label_ar": "كتائب", "forms": ["كتائب"]},
  {"id": "brigades_any", "label_en": "Brigades", "label_ar": "كتائب", "forms": ["كتائب*"]},
  {"id": "short_any", "label_en": "Short", "label_ar": "كتا", "forms": ["كتا*"]},
  {"id": "minister", "label_en": "Minister", "label_ar": "وزير", "forms": ["وزير"]},
  {"id": "zir", "label_en": "Zir", "label_ar": "زير", "forms": ["زير"]},
  {"id": "qaf", "label_en": "Qaf", "label_ar": "ق", "forms": ["ق"]},
  {"id": "talks_group", "label_en": "Talks group", "label_ar": "محادثات", "forms": ["محادثات"]}
]})";

const char* const test_cues = R"({"cues": [
  {"id": "bomb_verb", "relation": "conflict", "type": "verb", "weight": 1, "forms": ["يقصف*", "تقصف*"]},
  {"id": "support_verb", "relation": "support", "type": "verb", "weight": 0.7, "forms": ["تدعم*"]},
  {"id": "talks_noun", "relation": "negotiation", "type": "noun", "weight": 0.5, "forms": ["محادثات"]}
 ],
 "markers": {"negation": ["لم"], "host": ["قوات", "القوات"], "place": ["جنوب"]}})";

const Lexicon& test_lexicon() {
    static const std::shared_ptr<const Lexicon> lexicon = Lexicon::from_json(
        {{test_actors, "actors.json"}, {test_cues, "cues.json"}, Lexicon::builtin_document("words.json")});
    return *lexicon;
}

// One match as the tests write it: "kind id first-last" then its flags.
std::string describe(const Match& m, const Lexicon::Data& d) {
    std::string s;
    switch (m.target.kind) {
    case FormTarget::Kind::actor: s = "actor " + d.actors[m.target.index].id; break;
    case FormTarget::Kind::cue: s = "cue " + d.cues[m.target.index].id; break;
    case FormTarget::Kind::marker: {
        static const char* const names[] = {"negation", "negation_verb", "speculation", "relative", "force", "clause",
                                            "host", "withdrawal", "place", "accusation", "verbal"};
        s = std::string("marker ") + names[m.target.index];
        break;
    }
    }
    s += " " + std::to_string(m.first) + "-" + std::to_string(m.last);
    if (m.conj) s += " conj";
    if (m.prep) s += std::string(" prep=") + m.prep;
    if (m.prefix_form) s += " prefix";
    return s;
}

// Every match of `text`'s tokens [first, last) (all of them when last is 0).
std::vector<std::string> matches_of(const std::string& text, std::size_t first = 0, std::size_t last = 0) {
    const Lexicon::Data& d = test_lexicon().data();
    const NormalizedText n = normalize(text);
    const std::vector<Token> tokens = tokenize(n);
    std::vector<std::string> out;
    for (const Match& m : find_matches(n.text, tokens, first, last ? last : tokens.size(), d)) out.push_back(describe(m, d));
    return out;
}

struct MatchCase {
    const char* text;
    std::vector<std::string> matches;
};

void check_matches(const std::vector<MatchCase>& cases) {
    for (const auto& c : cases) {
        INFO("text: " << c.text);
        CHECK(matches_of(c.text) == c.matches);
    }
}

}  // namespace

TEST_CASE("the longest match in words wins") {
    check_matches({
        {"الجيش السوري الحر", {"actor fsa 0-3"}},
        {"الجيش السوري النظامي", {"actor syrian_army 0-2"}},
        {"النظام السوري", {"actor regime 0-2"}},
        {"النظام الإيراني", {"actor regime 0-1"}},
        // Punctuation between the words: no multi-word form.
        {"الجيش، السوري", {}},
    });
    // A form does not run past the end of the range.
    CHECK(matches_of("الجيش السوري الحر", 0, 2) == std::vector<std::string>{"actor syrian_army 0-2"});
    CHECK(matches_of("الجيش السوري الحر", 1, 3).empty());
}

TEST_CASE("a whole-word form beats a prefix form, then the longer prefix wins") {
    check_matches({
        {"كتائب", {"actor brigade 0-1"}},
        {"كتائبهم", {"actor brigades_any 0-1 prefix"}},
        {"كتابة", {"actor short_any 0-1 prefix"}},
        {"كت", {}},
    });
}

TEST_CASE("between equal matches the one with fewer proclitics wins") {
    check_matches({
        // وزير is a whole word; و + زير is a conjunction and another name.
        {"وزير", {"actor minister 0-1"}},
        {"زير", {"actor zir 0-1"}},
        {"ووزير", {"actor minister 0-1 conj"}},
        {"بزير", {"actor zir 0-1 prep=b"}},
    });
}

TEST_CASE("a form matches with و or ف and then ب, ل, ك or the lam-article") {
    check_matches({
        {"روسيا", {"actor russia 0-1"}},
        {"وروسيا", {"actor russia 0-1 conj"}},
        {"فروسيا", {"actor russia 0-1 conj"}},
        {"لروسيا", {"actor russia 0-1 prep=l"}},
        {"بروسيا", {"actor russia 0-1 prep=b"}},
        {"كروسيا", {"actor russia 0-1 prep=k"}},
        {"ولروسيا", {"actor russia 0-1 conj prep=l"}},
        {"فبروسيا", {"actor russia 0-1 conj prep=b"}},
        {"بالنظام", {"actor regime 0-1 prep=b"}},
        {"للنظام", {"actor regime 0-1 prep=l"}},
        {"فالنظام", {"actor regime 0-1 conj"}},
        {"وللنظام", {"actor regime 0-1 conj prep=l"}},
        {"للروس", {"actor russia 0-1 prep=l"}},
        {"وللنظام السوري", {"actor regime 0-2 conj prep=l"}},
        {"لتركيا", {"actor turkey 0-1 prep=l"}},
        // Nothing after the word, and no other letters before it.
        {"روسياو", {}},
        {"سروسيا", {}},
        {"ولبروسيا", {}},
    });
}

TEST_CASE("a proclitic is read only when two letters or more are left") {
    check_matches({
        {"ق", {"actor qaf 0-1"}},
        {"وق", {}},
        {"بق", {}},
        {"وبق", {}},
    });
}

TEST_CASE("the future prefix is read on cue verbs only") {
    check_matches({
        {"يقصف", {"cue bomb_verb 0-1 prefix"}},
        {"سيقصف", {"cue bomb_verb 0-1 prefix"}},
        {"ستقصف", {"cue bomb_verb 0-1 prefix"}},
        {"وسيقصفون", {"cue bomb_verb 0-1 conj prefix"}},
        {"سقصف", {}},  // س before no imperfect prefix
        // A name is never read without a س: ستركيا is no Turkey...
        {"ستركيا", {}},
        // ... and a name that starts with س keeps it.
        {"سيناء", {"actor sinai 0-1"}},
        {"وسيناء", {"actor sinai 0-1 conj"}},
    });
}

TEST_CASE("a match records where a prefix form ended inside its word") {
    const Lexicon::Data& d = test_lexicon().data();
    const std::string text = "سيقصفها الجيش السوري";
    const NormalizedText n = normalize(text);
    const std::vector<Token> tokens = tokenize(n);
    const std::vector<Match> m = find_matches(n.text, tokens, 0, tokens.size(), d);
    REQUIRE(m.size() == 2);
    CHECK(describe(m[0], d) == "cue bomb_verb 0-1 prefix");
    // After يقصف: the ها after it is the object pronoun.
    CHECK(n.text.substr(m[0].end_byte, tokens[0].ne - m[0].end_byte) == normalize_form("ها"));
    CHECK(describe(m[1], d) == "actor syrian_army 1-3");
    CHECK(m[1].end_byte == tokens[2].ne);
}

TEST_CASE("markers take و and ف only, host and place nouns any proclitic") {
    check_matches({
        {"لم", {"marker negation 0-1"}},
        {"ولم", {"marker negation 0-1 conj"}},
        {"بلم", {}},
        {"جنوب", {"marker place 0-1"}},
        {"وجنوب", {"marker place 0-1 conj"}},
        {"لجنوب", {"marker place 0-1 prep=l"}},
        {"بجنوب", {"marker place 0-1 prep=b"}},
        {"قوات", {"marker host 0-1"}},
        {"بقوات", {"marker host 0-1 prep=b"}},
        {"للقوات", {"marker host 0-1 prep=l"}},
        {"وبقوات", {"marker host 0-1 conj prep=b"}},
    });
}

TEST_CASE("the best actor, cue and marker of each word, in token order") {
    check_matches({
        // One word that is an actor and a cue: both, the actor first.
        {"محادثات", {"actor talks_group 0-1", "cue talks_noun 0-1"}},
        {"قوات روسيا لم تدعم تركيا، وسيقصف النظام السوري جنوب سيناء.",
         {"marker host 0-1", "actor russia 1-2", "marker negation 2-3", "cue support_verb 3-4 prefix",
          "actor turkey 4-5", "cue bomb_verb 6-7 conj prefix", "actor regime 7-9", "marker place 9-10",
          "actor sinai 10-11"}},
    });
}
