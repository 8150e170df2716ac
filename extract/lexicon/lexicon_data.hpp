// The compiled matching tables behind Lexicon (private to extract/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/relation.hpp"
#include "extract/lexicon/form_trie.hpp"
#include "extract/lexicon/lexicon.hpp"
#include "extract/lexicon/morphology.hpp"
#include "extract/lexicon/word_map.hpp"

namespace actorgraph::extract {

// How a cue's arguments are found (extract/data/README.md, "Cue types").
enum class CueType : std::uint8_t {
    verb,     // active verb: subject -> object (VSO or SVO); an object pronoun points back
    passive,  // participle: the agent after (من / ب / an adverb) acts on the noun before
    noun,     // verbal noun: agent genitive after it (or the clause subject) -> patient after a preposition
    prep,     // a linking phrase: the actor before -> the actor after (ضد، على حساب، الموالية لـ)
    ally,     // حليف / حلفاء: an apposition after it supports the actor before; "X حليف Y" is Y -> X
};

// Word classes the rules consult (cues.json "markers"; one bit each).
enum class MarkerKind : std::uint8_t {
    negation,       // لم، لن، لا
    negation_verb,  // نفى، رفض، عدم
    speculation,    // ربما، احتمال
    relative,       // التي، الذي
    force,          // use-of-force words that make ضد armed (عسكري، حملة، عمليات)
    clause,         // clause openers (أن، بعد، عندما): a verb after one has its own subject
    host,           // nouns a nisba adjective turns into an actor (قوات تركية، جنود أتراك، مسؤول أميركي)
    withdrawal,     // withdrawing from or freezing a deal (انسحاب، تجميد): negates negotiation only
    place,          // place nouns (جنوب، حدود، مدينة): the actor after one is a location
    accusation,     // accusing or implicating (اتهم، تورط): "اتهمت X إيران بدعم الحوثيين" = Iran backs them
    verbal,         // words after a conflict cue that make it words or a diplomatic step (هاجم بشدة، طرد دبلوماسيين)
    threat,         // threatening (هدد، توعد): a threatened sanction or deal is none yet (a threat of force is conflict)
    condition,      // conditions after the cue (ما لم، إذا، شريطة): "ستفرض عقوبات ما لم تفرج" is conditional
    holder,         // control words (تسيطر عليها، سيطرة، الخاضعة لـ): "مواقع تسيطر عليها المعارضة" names who was hit
    attribution,    // attributed, suspected (نسبت إلى، يعتقد أنها، يشتبه): "ضربة نسبت إلى إسرائيل" is not affirmed
};

// Function words the rules consult (words.json "words": exact normalised words; one bit each).
enum class WordClass : std::uint8_t {
    preposition,        // من، على، مع، أمام، بين ...: an argument after one is an adjunct or patient
    topic_preposition,  // من، في، حول، عن، بشأن، إلى: a phrase a verbal noun's agent is not read across
    from,               // من: the agent of a participle (المدعومة من روسيا), an origin (من العراق)
    between,            // بين: "بين X وY" names both parties
    with,               // مع، ومع: the partner of talks
    on,                 // على: the patient of an attack
    in,                 // في: a place
    by,                 // قبل of "من قبل X": the agent of a passive
    or_word,            // أو: coordination
    and_word,           // a free-standing و: coordination
    hedge,              // قد: hedges an imperfect verb only
    pronoun_preposition,  // لها، معه، عليهم: a preposition with an attached pronoun standing for an actor
};

// Words recognised after their proclitics are stripped (words.json "stems").
enum class StemClass : std::uint8_t {
    but,         // لكن with an attached subject pronoun (ولكنها): stands for an earlier participant
    speech,      // قال، أضاف، أكد ...: a sentence opening with one and no subject continues the last one's
    both_sides,  // الطرفين، البلدين: the last two actors named
    possessed,   // قوات، حلفاء، حكومت ... before an attached pronoun (قواته): the pronoun's actor takes part
    // Derived at load, not named in words.json, so that a word is tested by the one
    // stem lookup build_sentence_view makes anyway:
    possessed_pronoun,  // a possessed stem with an object pronoun attached (قواته، حلفاؤها)
    maybe_anaphor,      // an anaphora key, or one without its article (للتنظيم): worth a lookup
};

using WordTable = WordMap<std::uint16_t>;  // word -> class bits

struct CueEntry {
    std::string id;
    Relation relation = Relation::support;
    CueType type = CueType::verb;
    double weight = 1.0;
    bool needs_lam_next = false;  // only when the next word carries ل (المعارضين لـ)
    bool mutual = true;           // negotiation: a coordinated agent talks among itself (false: توسط, the mediators do not)
    bool needs_force = false;     // only with a conflict cue or force marker shortly before (حرب ... ضد)
    bool reverse = false;         // prep: the actor after acts on the one before (الموالية لإيران: Iran backs them)
    bool needs_fight = false;     // prep: only right after a conflict verb and its subject ("يقاتلون إلى جانب")
    bool needs_with = false;      // verb: the partner follows مع ("بحث X مع Y"), never a bare object
};

// What a trie payload points at.
struct FormTarget {
    enum class Kind : std::uint8_t { actor, cue, marker } kind = Kind::actor;
    std::uint32_t index = 0;  // into actors / cues, or a MarkerKind
};

struct Lexicon::Data {
    std::vector<ActorEntry> actors;      // sorted by id
    std::vector<std::uint32_t> top;      // index of the top-level actor of each actor
    std::vector<std::uint32_t> depth;    // 0 for top-level
    std::vector<std::int32_t> parent;    // index of the parent actor, -1 for top-level
    std::vector<std::string> names;      // per actor: normalised label_ar (a country's name is not a nisba adjective: السعودية)
    std::vector<std::vector<std::uint32_t>> qualifiers;  // per actor: top-level actors that must follow a mention (ActorEntry::qualified_by)
    std::vector<std::int32_t> government;  // per actor: index of ActorEntry::government, or -1
    std::vector<std::int32_t> country;     // per actor: index of its country's actor (own or inherited), or -1
    // How a generic word's mention becomes an actor (ActorEntry::resolve_by_country).
    struct Resolution {
        bool generic = false;
        bool by_government = false;  // the government of the country in context
        std::vector<std::pair<std::uint32_t, std::uint32_t>> by_country;  // country actor -> actor
        std::int32_t fallback = -1;  // when no country fits; -1 drops the mention
    };
    std::vector<Resolution> resolution;
    // Anaphoric nouns (actors.json "anaphora": التنظيم، الحزب): normalised word -> the
    // actors (and their parts) it may stand for, the last one named.
    WordMap<std::vector<std::uint32_t>> anaphora;
    std::vector<CueEntry> cues;
    std::vector<FormTarget> targets;     // trie payload -> target
    FormTrie trie;
    WordTable word_classes;              // normalised word -> bits of WordClass
    WordTable stem_classes;              // normalised stem -> bits of StemClass
    std::vector<std::string> but_stems;  // the stems of class "but" (لكن), read per word without a table walk
    Affixes affixes;                     // proclitics, suffixes, verb prefixes (words.json "affixes")

    std::uint16_t word_class_bits(std::string_view w) const {
        const std::uint16_t* bits = word_classes.find(w);
        return bits ? *bits : 0;
    }
    std::uint16_t stem_class_bits(std::string_view stem) const {
        const std::uint16_t* bits = stem_classes.find(stem);
        return bits ? *bits : 0;
    }
    bool stem_is(std::string_view stem, StemClass k) const {
        return (stem_class_bits(stem) >> static_cast<int>(k)) & 1;
    }
};

}  // namespace actorgraph::extract
