// Relation candidates: every pair of participants of a sentence, for every
// relation the sentence has a cue of (or a rule links them by), each of
// which the relation scorer then accepts or rejects. Candidate generation is
// tuned for recall; the scorer (extract/model/relation_model.hpp) for
// precision. Support is directed, so a pair gives two support candidates.
#pragma once

#include <cstdint>
#include <vector>

#include "common/relation.hpp"
#include "extract/lexicon/sentence_view.hpp"
#include "extract/rules/relation_rules.hpp"

namespace actorgraph::extract {

// A participant of a sentence: a mention of the view, or an actor brought in
// by reference resolution from earlier sentences (a pronoun, an elided subject).
struct Participant {
    std::uint32_t actor = 0;        // index into Lexicon::Data::actors (most specific)
    std::uint32_t first = 0, last = 0;  // tokens it stands on (the pronoun's word for a reference)
    std::int32_t mention = -1;      // index into SentenceView::mentions, or -1 for a reference
    std::uint8_t reference = 0;     // ReferenceKind of a resolved reference, 0 for a mention
};

enum class ReferenceKind : std::uint8_t {
    none = 0,
    elided_subject = 1,  // "وأضاف ..." continues the previous sentence's subject
    pronoun = 2,         // an attached pronoun (تدعمها، قواته) whose antecedent is in an earlier sentence
    both_sides = 3,      // "الطرفين"، "البلدين": the last two actors named
    anaphor = 4,         // "التنظيم"، "الحزب": the last actor named that the noun may stand for
};

// Participants farther apart than this (in tokens) make no candidate: a
// sentence that long is a run-on, and the cost stays linear in its length.
inline constexpr std::uint32_t max_pair_gap = 60;
// Cues count for a pair when between them or within this many tokens of them.
inline constexpr std::uint32_t cue_window = 20;

struct Candidate {
    Relation relation = Relation::support;
    std::uint32_t source = 0, target = 0;  // indices into the sentence's participants
    std::int32_t rule_event = -1;          // index of a rule event linking them this way, or -1
    bool rule_reversed = false;            // a rule links them, but the other way round (support)
    std::uint32_t cue = 0;                 // index into SentenceView::cues: the rule's cue, or the nearest cue of the relation
    bool negated = false, speculative = false, claimed = false;
};

// The candidates of one sentence, in a fixed order (participant pairs in
// token order, then relation, then direction). Pairs of one top-level actor
// are left out.
// O(participants^2 x relations).
std::vector<Candidate> sentence_candidates(const SentenceView& v, const std::vector<Participant>& participants,
                                           const std::vector<RuleEvent>& rule_events);

// The participants of a sentence: its mentions (modifiers included: the
// scorer weighs them), then the references resolved into it, in token order.
std::vector<Participant> sentence_participants(const SentenceView& v, const std::vector<Participant>& references);

}  // namespace actorgraph::extract
