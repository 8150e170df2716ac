// build_sentence_view on one sentence with the built-in lexicons: mentions
// and their actors, merges, modifiers, groups, cues, word classes and the
// pronoun on لكن. Sentences written for the tests.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/lexicon/lexicon.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/lexicon/sentence_view.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/sentences.hpp"
#include "extract/text/tokenizer.hpp"

using namespace actorgraph::extract;

namespace {

// A sentence and its view; the view points into the rest, so it stays put on the heap.
struct Parsed {
    std::string text;
    NormalizedText norm;
    std::vector<Token> tokens;
    SentenceView view;

    // The original text of tokens [first, last).
    std::string original(std::size_t first, std::size_t last) const {
        return text.substr(tokens[first].ob, tokens[last - 1].oe - tokens[first].ob);
    }
};

const Lexicon::Data& data() { return Lexicon::builtin()->data(); }

std::unique_ptr<Parsed> parse(const std::string& text) {
    auto p = std::make_unique<Parsed>();
    p->text = text;
    p->norm = normalize(text);
    p->tokens = tokenize(p->norm);
    const auto sentences = split_sentences(p->norm, p->tokens);
    REQUIRE(sentences.size() == 1);
    p->view = build_sentence_view(p->norm.text, p->tokens, sentences[0].first, sentences[0].second, data());
    return p;
}

const char* kind_name(ModifierKind k) {
    switch (k) {
    case ModifierKind::none: return "none";
    case ModifierKind::place: return "place";
    case ModifierKind::origin: return "origin";
    case ModifierKind::thing: return "thing";
    case ModifierKind::unresolved: return "unresolved";
    }
    return "?";
}

// "text=actor" and the mention's flags, as the tests write it.
std::string describe(const Parsed& p, const ActorMention& m) {
    const Lexicon::Data& d = data();
    std::string s = p.original(m.first, m.last) + "=" + d.actors[m.actor].id;
    if (m.conj) s += " conj";
    if (m.prep) s += std::string(" prep=") + m.prep;
    if (m.nisba) s += " nisba";
    if (m.nisba_actor >= 0) s += " nisba_actor=" + d.actors[static_cast<std::size_t>(m.nisba_actor)].id;
    if (m.modifier) s += " modifier";
    if (m.modifier_kind != ModifierKind::none) s += std::string(" kind=") + kind_name(m.modifier_kind);
    if (m.pronoun) s += " pronoun of " + p.original(m.antecedent, m.antecedent + 1);
    return s;
}

std::vector<std::string> mentions_of(const Parsed& p) {
    std::vector<std::string> out;
    for (const ActorMention& m : p.view.mentions) out.push_back(describe(p, m));
    return out;
}

std::vector<std::string> cues_of(const Parsed& p) {
    std::vector<std::string> out;
    for (const CueMention& c : p.view.cues)
        out.push_back(p.original(c.first, c.last) + "=" + data().cues[c.cue].id + (c.object_suffix ? " object_suffix" : ""));
    return out;
}

// Each group as the text of its mentions.
std::vector<std::vector<std::string>> groups_of(const Parsed& p) {
    std::vector<std::vector<std::string>> out;
    for (const auto& g : p.view.groups) {
        out.emplace_back();
        for (std::uint32_t m : g) out.back().push_back(p.original(p.view.mentions[m].first, p.view.mentions[m].last));
    }
    return out;
}

struct MentionCase {
    const char* text;
    std::vector<std::string> mentions;
};

void check_mentions(const std::vector<MentionCase>& cases) {
    for (const auto& c : cases) {
        INFO("sentence: " << c.text);
        const auto p = parse(c.text);
        CHECK(mentions_of(*p) == c.mentions);
    }
}

}  // namespace

TEST_CASE("a view holds the sentence's mentions and cues and the tokens each covers") {
    const auto p = parse("قصفت روسيا مواقع المعارضة السورية في إدلب.");
    const SentenceView& v = p->view;
    CHECK(v.first == 0);
    CHECK(v.last == 8);
    CHECK(v.words == 7);
    CHECK(mentions_of(*p) == std::vector<std::string>{"روسيا=russia", "المعارضة السورية=opposition"});
    CHECK(cues_of(*p) == std::vector<std::string>{"قصفت=conflict_verb"});
    const std::vector<std::int32_t> mention_at{-1, 0, -1, 1, 1, -1, -1, -1};
    const std::vector<std::int32_t> cue_at{0, -1, -1, -1, -1, -1, -1, -1};
    CHECK(v.mention_at == mention_at);
    CHECK(v.cue_at == cue_at);
    CHECK(v.mention(3) == 1);
    CHECK(v.cue(0) == 0);
    CHECK(v.word(1) == normalize_form("روسيا"));
}

TEST_CASE("adjacent mentions of one actor merge into one, of the most specific actor") {
    check_mentions({
        {"قال الرئيس الروسي فلاديمير بوتين.", {"الرئيس الروسي فلاديمير بوتين=putin"}},
        {"قال الرئيس التركي رجب طيب أردوغان إن تركيا تدعم النظام",
         {"الرئيس التركي رجب طيب أردوغان=erdogan", "تركيا=turkey", "النظام=generic_government"}},
        // A conjunction keeps them apart.
        {"قالت روسيا وتركيا", {"روسيا=russia", "وتركيا=turkey conj"}},
    });
}

TEST_CASE("a definite nisba of another actor merges into the mention before it") {
    check_mentions({
        {"قاتلت المعارضة الإيرانية.", {"المعارضة الإيرانية=generic_rebels nisba_actor=iran"}},
        {"انسحبت القوات الحكومية اليمنية من جنوب ليبيا.",
         {"القوات الحكومية اليمنية=generic_government nisba_actor=yemen", "ليبيا=libya modifier kind=place"}},
    });
}

TEST_CASE("an actor after في or a place noun is a place modifier, a participant has no modifier kind") {
    check_mentions({
        {"دعمت روسيا النظام في سوريا.", {"روسيا=russia", "النظام=generic_government", "سوريا=syria modifier kind=place"}},
        {"انسحبت تركيا من جنوب ليبيا.", {"تركيا=turkey", "ليبيا=libya modifier kind=place"}},
        // With a proclitic it is no place (بسوريا: with Syria).
        {"دعمت روسيا بسوريا", {"روسيا=russia", "بسوريا=syria prep=b"}},
    });
}

TEST_CASE("an origin phrase after a mention gives origin modifiers outside every group") {
    const auto p = parse("قاتلت روسيا وفصائل شيعية من العراق ولبنان المعارضة.");
    CHECK(mentions_of(*p) == std::vector<std::string>{"روسيا=russia", "وفصائل شيعية=shia_militias conj",
                                                      "العراق=iraq modifier kind=origin",
                                                      "ولبنان=lebanon conj modifier kind=origin",
                                                      "المعارضة=generic_rebels"});
    CHECK(groups_of(*p) == std::vector<std::vector<std::string>>{{"روسيا", "وفصائل شيعية"}, {"المعارضة"}});
    CHECK(p->view.mentions[2].group == -1);
    CHECK(p->view.mentions[3].group == -1);
}

TEST_CASE("a nisba after a thing is a thing modifier, after a cue, host or action noun a participant") {
    check_mentions({
        {"رفضت روسيا الخطة الأمريكية.", {"روسيا=russia", "الأمريكية=usa nisba modifier kind=thing"}},
        {"أدى قصف روسي إلى مقتل مدنيين.", {"روسي=russia nisba"}},
        {"نشرت تركيا قوات تركية في الشمال.", {"تركيا=turkey", "تركية=turkey nisba"}},
        {"انتقد التمدد التركي في سوريا.", {"التركي=turkey nisba", "سوريا=syria modifier kind=place"}},
    });
}

TEST_CASE("coordinated mentions share a group") {
    struct GroupCase {
        const char* text;
        std::vector<std::vector<std::string>> groups;
    };
    const std::vector<GroupCase> cases{
        {"دعمت روسيا وإيران وحزب الله النظام.", {{"روسيا", "وإيران", "وحزب الله"}, {"النظام"}}},
        {"التقى روسيا أو إيران، تركيا والسعودية.", {{"روسيا", "إيران", "تركيا", "والسعودية"}}},
        {"روسيا و إيران أو تركيا", {{"روسيا", "إيران", "تركيا"}}},
        {"قالت روسيا إن تركيا", {{"روسيا"}, {"تركيا"}}},
    };
    for (const auto& c : cases) {
        INFO("sentence: " << c.text);
        const auto p = parse(c.text);
        CHECK(groups_of(*p) == c.groups);
        for (std::size_t g = 0; g < p->view.groups.size(); ++g)
            for (std::uint32_t m : p->view.groups[g]) CHECK(p->view.mentions[m].group == static_cast<std::int32_t>(g));
    }
}

TEST_CASE("a country coordinated with a state stands for its government") {
    check_mentions({
        {"حاصر الروس والسوريين المدينة.", {"الروس=russia", "والسوريين=regime conj"}},
        // Unless another actor qualifies it.
        {"هاجم الروس والسوريين الأكراد المدينة", {"الروس=russia", "والسوريين=syrian_people conj", "الأكراد=generic_kurds"}},
    });
}

TEST_CASE("a cue word with an attached object pronoun is marked") {
    struct CueCase {
        const char* text;
        std::vector<std::string> cues;
    };
    const std::vector<CueCase> cases{
        {"قاتلت المعارضة، التي تدعمها تركيا، في الشمال.", {"قاتلت=conflict_verb", "تدعمها=support_verb object_suffix"}},
        {"تدعم روسيا النظام.", {"تدعم=support_verb"}},
        {"وقال إن واشنطن ستدعمهم", {"ستدعمهم=support_verb object_suffix"}},
    };
    for (const auto& c : cases) {
        INFO("sentence: " << c.text);
        CHECK(cues_of(*parse(c.text)) == c.cues);
    }
}

TEST_CASE("a mention with qualified_by counts only with a qualifying actor linked after it") {
    check_mentions({
        {"تقدمت الميليشيات التابعة لإيران نحو المدينة.", {"الميليشيات=militias_pro_regime", "لإيران=iran prep=l"}},
        {"وصلت ميليشيات إيران إلى المدينة.", {"ميليشيات=militias_pro_regime", "إيران=iran"}},
        // Bare, qualified by an actor not in the list, too far, or across a comma: no mention.
        {"انتشرت الميليشيات في المدينة.", {}},
        {"تقدمت الميليشيات التابعة لتركيا.", {"لتركيا=turkey prep=l"}},
        {"انتشرت الميليشيات في المدينة التابعة لإيران.", {"لإيران=iran prep=l"}},
        {"انتشرت الميليشيات، إيران.", {"إيران=iran"}},
    });
}

TEST_CASE("word classes and markers of each token") {
    const auto p = parse("انسحبت القوات من المدينة مع حلفائها في الشمال.");
    const SentenceView& v = p->view;
    REQUIRE(v.last == 9);
    CHECK(v.is(2, WordClass::preposition));        // من
    CHECK(v.is(2, WordClass::from));
    CHECK(v.is(2, WordClass::topic_preposition));
    CHECK_FALSE(v.is(2, WordClass::with));
    CHECK(v.is(4, WordClass::preposition));        // مع
    CHECK(v.is(4, WordClass::with));
    CHECK(v.is(6, WordClass::in));                 // في
    CHECK(v.is(6, WordClass::topic_preposition));
    CHECK_FALSE(v.is(6, WordClass::preposition));
    CHECK_FALSE(v.is(3, WordClass::preposition));  // المدينة
    CHECK_FALSE(v.is(8, WordClass::preposition));  // '.'
    CHECK_FALSE(v.is(9, WordClass::preposition));  // past the sentence
    CHECK(v.marker(1, MarkerKind::host));          // القوات
    CHECK_FALSE(v.marker(3, MarkerKind::host));
    CHECK(cues_of(*p) == std::vector<std::string>{"حلفائها=support_ally object_suffix"});

    const auto q = parse("روسيا و إيران أو تركيا ومع");
    CHECK(q->view.is(1, WordClass::and_word));
    CHECK(q->view.is(3, WordClass::or_word));
    CHECK(q->view.is(5, WordClass::with));
    CHECK_FALSE(q->view.is(0, WordClass::and_word));
}

TEST_CASE("each word's proclitics and stem classes, computed once per view") {
    const auto p = parse("وأضاف أن الطرفين وللتنظيم بقواته.");
    const SentenceView& v = p->view;
    REQUIRE(v.last == 6);
    CHECK(v.proclitics(0).conjunction);                                // وأضاف
    CHECK(v.proclitics(0).stem == normalize_form("أضاف"));
    CHECK(v.stem_is(0, StemClass::speech));
    CHECK_FALSE(v.stem_is(0, StemClass::both_sides));
    CHECK(v.stem_is(2, StemClass::both_sides));                        // الطرفين
    CHECK(v.proclitics(3).conjunction);                                // وللتنظيم: و + ل + ال
    CHECK(v.proclitics(3).preposition == 'l');
    CHECK(v.proclitics(3).article_from_lam);
    CHECK(v.proclitics(4).preposition == 'b');                         // بقواته
    CHECK(v.proclitics(4).stem == normalize_form("قواته"));
    // The classes derived at load: a possessed stem with a pronoun, and an anaphora key
    // (التنظيم) reached through ل + ال.
    CHECK(v.stem_is(4, StemClass::possessed_pronoun));
    CHECK_FALSE(v.stem_is(4, StemClass::possessed));
    CHECK(v.stem_is(3, StemClass::maybe_anaphor));
    CHECK_FALSE(v.stem_is(2, StemClass::possessed_pronoun));
    CHECK_FALSE(v.stem_is(2, StemClass::maybe_anaphor));
    CHECK(data().stem_is(normalize_form("حلفاؤها"), StemClass::possessed_pronoun));
    CHECK_FALSE(data().stem_is(normalize_form("حلفاؤ"), StemClass::possessed_pronoun));
    CHECK(data().stem_is(normalize_form("الحزب"), StemClass::maybe_anaphor));
    CHECK(v.proclitics(5).stem.empty());                               // '.'
    CHECK_FALSE(v.stem_is(5, StemClass::speech));
    CHECK_FALSE(v.stem_is(6, StemClass::speech));                      // past the sentence
    // The same split as morphology's, word by word.
    for (std::size_t t = v.first; t < v.last; ++t)
        if (v.is_word(t)) {
            const Proclitics direct = split_proclitics(v.affixes(), v.word(t));
            CHECK(v.proclitics(t).stem == direct.stem);
            CHECK(v.proclitics(t).preposition == direct.preposition);
            CHECK(v.stem_is(t, StemClass::speech) == data().stem_is(direct.stem, StemClass::speech));
        }
}

TEST_CASE("a pronoun on لكن stands for the participant named last before it") {
    check_mentions({
        {"قصفت روسيا المدينة ولكنها نفت ذلك.", {"روسيا=russia", "ولكنها=russia pronoun of روسيا"}},
        {"قال السوريين ولكنهم عادوا.", {"السوريين=syrian_people", "ولكنهم=syrian_people pronoun of السوريين"}},
        // ه / ها do not stand for a sound plural, nor a pronoun for a place.
        {"قال السوريين ولكنه عاد.", {"السوريين=syrian_people"}},
        {"قصفت الطائرات في سوريا ولكنها عادت.", {"سوريا=syria modifier kind=place"}},
    });
    // The pronoun joins its antecedent's group.
    const auto p = parse("قالت روسيا وإيران لكنهما رفضتا.");
    CHECK(mentions_of(*p) == std::vector<std::string>{"روسيا=russia", "وإيران=iran conj", "لكنهما=iran pronoun of وإيران"});
    CHECK(groups_of(*p) == std::vector<std::vector<std::string>>{{"روسيا", "وإيران"}, {"لكنهما", "روسيا"}});
}
