// One sentence prepared for the relation rules: actor mentions and cues
// chosen from the lexicon matches, markers per word, and coordinated groups.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon_data.hpp"
#include "extract/lexicon/mention_finder.hpp"
#include "extract/text/tokenizer.hpp"

namespace actorgraph::extract {

// Why a mention is a modifier rather than a participant.
enum class ModifierKind : std::uint8_t {
    none,
    place,   // after في or a place noun: "في سوريا"، "جنوب ليبيا"
    origin,  // after an actor and من: "فصائل شيعية من العراق"
    thing,   // a nisba adjective of a thing: "الخطة الأمريكية"، "أسلحة كيمياوية سورية"
    unresolved,  // a generic word ("المتمردون") with no country in context to say whose
};

// How a generic word's mention got its actor (references/generic_words.hpp).
enum class GenericResolution : std::uint8_t { none, nisba, place, context, fallback };

struct ActorMention {
    std::uint32_t first = 0, last = 0;  // tokens
    std::uint32_t actor = 0;            // index into Lexicon::Data::actors (most specific)
    bool conj = false;
    char prep = 0;
    bool modifier = false;              // an origin phrase ("فصائل شيعية من العراق"), a place ("في سوريا") or a
                                        // nisba adjective of a thing ("الخطة الأمريكية"): not a participant
    ModifierKind modifier_kind = ModifierKind::none;
    std::int32_t nisba_actor = -1;      // a nisba merged into the mention ("القوات الحكومية اليمنية": yemen)
    GenericResolution generic = GenericResolution::none;
    bool nisba = false;                 // one nisba adjective word (روسي، التركية)
    bool pronoun = false;               // a particle with a subject pronoun (ولكنها) standing for an earlier mention
    std::uint32_t antecedent = 0;       // for a pronoun: first token of the mention it stands for
    std::int32_t group = -1;
};

struct CueMention {
    std::uint32_t first = 0, last = 0;
    std::uint32_t cue = 0;
    bool object_suffix = false;         // the cue word ends in an attached pronoun (تدعمها، حلفاؤه)
    bool suffix_may_be_feminine = false;  // that pronoun is ه, which may be the feminine ة normalised (حليفة)
    char prep = 0;
};

struct SentenceView {
    const std::string* norm = nullptr;
    const std::vector<Token>* tokens = nullptr;
    const Lexicon::Data* data = nullptr;
    std::size_t first = 0, last = 0;
    std::size_t words = 0;                   // word tokens in [first, last)
    std::vector<ActorMention> mentions;      // in token order, non-overlapping
    std::vector<CueMention> cues;            // in token order
    std::vector<std::int32_t> mention_at;    // per token (index - first): mention covering it, or -1
    std::vector<std::int32_t> cue_at;
    std::vector<std::uint16_t> markers;      // per token: bit (1 << MarkerKind)
    std::vector<std::uint16_t> word_bits;    // per token: bit (1 << WordClass) of the exact word
    // Per token, computed once for the rules, references and features: the word's
    // proclitics split off (morphology.hpp), and the bits (1 << StemClass) of its stem.
    std::vector<Proclitics> split;
    std::vector<std::uint16_t> stem_bits;
    std::vector<std::vector<std::uint32_t>> groups;  // coordinated mentions ("روسيا وإيران وحزب الله")

    std::string_view word(std::size_t t) const {
        const Token& k = (*tokens)[t];
        return std::string_view(*norm).substr(k.nb, k.ne - k.nb);
    }
    bool is_word(std::size_t t) const { return (*tokens)[t].kind == TokenKind::word; }
    std::int32_t mention(std::size_t t) const { return mention_at[t - first]; }
    std::int32_t cue(std::size_t t) const { return cue_at[t - first]; }
    bool marker(std::size_t t, MarkerKind k) const { return (markers[t - first] >> static_cast<int>(k)) & 1; }
    // Whether token t is a word of function-word class k (words.json).
    bool is(std::size_t t, WordClass k) const {
        return t >= first && t < last && (word_bits[t - first] >> static_cast<int>(k)) & 1;
    }
    // Word t without its proclitics (an empty stem for a non-word).
    const Proclitics& proclitics(std::size_t t) const { return split[t - first]; }
    // Whether word t's stem is of stem class k (words.json).
    bool stem_is(std::size_t t, StemClass k) const {
        return t >= first && t < last && (stem_bits[t - first] >> static_cast<int>(k)) & 1;
    }
    const Affixes& affixes() const { return data->affixes; }
};

// Builds the view of tokens [first, last). Where an actor and a cue start
// at the same word the longer wins; a tie goes to the actor, except a cue
// that needs a ل-word after it and has one (الثوار المعارضون لنظام الأسد).
// Adjacent mentions of one top-level actor merge (الرئيس الروسي فلاديمير بوتين).
// Then mentions are checked in context: an actor with `qualified_by` needs a
// qualifying actor within 3 words after it; a place after في, and a nisba
// adjective whose head is neither a cue, a host noun (قوات، جنود) nor an
// actor, are kept as modifiers, not participants.
// References are resolved inside the sentence: a pronoun on لكن ("ولكنها
// عادت") is the participant named last before it; a country coordinated with
// a state ("الروس والسوريين") is its government. (Generic words such as a bare
// "الحكومة" are resolved by the article's context: references/generic_words.hpp.)
// O(words x longest form).
SentenceView build_sentence_view(const std::string& norm, const std::vector<Token>& tokens, std::size_t first,
                                 std::size_t last, const Lexicon::Data& data);


}  // namespace actorgraph::extract
