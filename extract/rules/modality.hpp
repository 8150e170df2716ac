// Modality of a cue: negation and speculation in its clause, and conflict
// cues that are words rather than force.
#pragma once

#include "extract/lexicon/sentence_view.hpp"

namespace actorgraph::extract::rules {

struct Modality {
    bool negated = false;
    bool speculative = false;
    bool claimed = false;
};

// Negation and speculation in the cue's clause, before it: `negation` words up
// to 2 words back (3 over a verb and its preposition: "لا ترغب في التفاوض"),
// `negation_verb` up to 5, `speculation` up to 6 (قد only before an imperfect
// verb: "قد يستهدف", not "وقد استهدفت"); withdrawing from a deal ("انسحاب
// واشنطن من الاتفاق") negates negotiation only; an `accusation` word up to 5
// words back ("اتهمت واشنطن موسكو بدعم النظام"، "زعم") makes it one party's
// claim; a `threat` word up to 5 back hedges any relation but conflict (a
// threatened sanction is none yet; a threat of force is conflict); a
// `condition` up to 8 words after it, before a comma ("ستفرض عقوبات ما لم
// تفرج"), hedges it too. O(14).
Modality modality_of(const SentenceView& v, const CueMention& c);

// A `withdrawal` word up to 5 words before the cue, in its clause: "انسحاب
// واشنطن من الاتفاق" (the deal was made, then left: a feature, not a negation).
bool withdrawn(const SentenceView& v, const CueMention& c);

// A conflict cue followed within 3 words by a `verbal` word is words or a
// diplomatic step, not force ("هاجم ترامب بشدة روسيا"، "طرد 23 دبلوماسيا روسيا").
bool verbal_attack(const SentenceView& v, const CueMention& c);

}  // namespace actorgraph::extract::rules
