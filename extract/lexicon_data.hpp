// The compiled matching tables behind Lexicon (private to extract/).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/relation.hpp"
#include "extract/form_trie.hpp"
#include "extract/lexicon.hpp"

namespace actorgraph::extract {

// How a cue's arguments are found (extract/data/README.md, "Cue types").
enum class CueType : std::uint8_t {
    verb,     // active verb: subject -> object (VSO or SVO); an object pronoun points back
    passive,  // participle: the agent after (من / ب / an adverb) acts on the noun before
    noun,     // verbal noun: agent genitive after it (or the clause subject) -> patient after a preposition
    prep,     // a linking phrase: the actor before -> the actor after (ضد، على حساب، الموالية لـ)
    ally,     // حليف / حلفاء: an apposition after it supports the actor before; "X حليف Y" is Y -> X
};

enum class MarkerKind : std::uint8_t { negation, negation_verb, speculation, relative };

struct CueEntry {
    std::string id;
    Relation relation = Relation::support;
    CueType type = CueType::verb;
    double weight = 1.0;
    bool needs_lam_next = false;  // only when the next word carries ل (المعارضين لـ)
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
    std::vector<CueEntry> cues;
    std::vector<FormTarget> targets;     // trie payload -> target
    FormTrie trie;
};

}  // namespace actorgraph::extract
