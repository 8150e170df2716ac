// The rule families, one file each, by the type of the cue they read
// (extract/data/README.md, "Cue types"). Each finds the cue's arguments in
// the sentence view and emits the pairs it links.
#pragma once

#include <cstdint>

#include "extract/rules/emitter.hpp"

namespace actorgraph::extract::rules {

// verb_rules.cpp: active verbs, VSO and SVO, and a verb's object pronoun ("التي تدعمها واشنطن").
void verb_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
// passive_rules.cpp: participles whose agent follows ("المدعومة من روسيا").
void passive_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
// noun_rules.cpp: verbal nouns, their genitive agent and prepositional patient ("دعم واشنطن للأكراد").
void noun_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
// prep_rules.cpp: linking phrases between two actors ("ضد"، "على حساب"، "الموالية لـ").
void prep_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
// ally_rules.cpp: allies and protégés ("الأسد وحلفاؤه الروس"، "الأسد حليف موسكو").
void ally_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
// negotiation_rules.cpp: "بحث X مع Y", and the members of a coordinated agent of talks.
void with_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);
void mutual_rule(const SentenceView& v, std::uint32_t cue, Emitter& emit);

}  // namespace actorgraph::extract::rules
