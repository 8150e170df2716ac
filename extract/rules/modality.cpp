#include "extract/rules/modality.hpp"

#include "extract/rules/argument_search.hpp"

namespace actorgraph::extract::rules {

namespace {

// قد or وقد: it hedges only an imperfect verb.
bool is_hedge(const SentenceView& v, std::size_t t) {
    return (v.data->word_class_bits(strip_conjunction(v.affixes(), v.word(t), 2)) >> static_cast<int>(WordClass::hedge)) & 1;
}

// Whether the word after t is an imperfect verb: "قد يستهدف" hedges, "وقد استهدفت" asserts.
bool imperfect_follows(const SentenceView& v, std::size_t t) {
    if (t + 1 >= v.last || !v.is_word(t + 1)) return false;
    const std::string_view next = v.word(t + 1);
    return starts_with_any(next, v.affixes().imperfect_prefixes) && !ends_with(next, v.affixes().feminine_past_ending);
}

}  // namespace

Modality modality_of(const SentenceView& v, const CueMention& c) {
    Modality m;
    std::size_t words = 0;
    bool prep_between = false;
    const bool talks = v.data->cues[c.cue].relation == Relation::negotiation;
    for (std::size_t t = c.first; t-- > v.first;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++words;
        if (words == 1 && (v.is(t, WordClass::preposition) || v.is(t, WordClass::topic_preposition))) prep_between = true;
        if ((words <= 2 || (words == 3 && prep_between)) && v.marker(t, MarkerKind::negation)) m.negated = true;
        if (words <= 5 && v.marker(t, MarkerKind::negation_verb)) m.negated = true;
        if (talks && words <= 5 && v.marker(t, MarkerKind::withdrawal)) m.negated = true;
        if (words <= 5 && v.marker(t, MarkerKind::accusation)) m.claimed = true;
        if (words <= 6 && v.marker(t, MarkerKind::speculation)) {
            if (!is_hedge(v, t) || imperfect_follows(v, t)) m.speculative = true;
        }
        if (words > 6) break;
    }
    return m;
}

bool verbal_attack(const SentenceView& v, const CueMention& c) {
    if (v.data->cues[c.cue].relation != Relation::conflict) return false;
    for (std::size_t t = c.last, w = 0; t < v.last && w < 3; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.marker(t, MarkerKind::verbal)) return true;
    }
    return false;
}

}  // namespace actorgraph::extract::rules
