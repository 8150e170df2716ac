#include "extract/rules/modality.hpp"

#include "extract/rules/argument_search.hpp"

namespace actorgraph::extract::rules {

namespace {

constexpr std::size_t condition_window = 8;  // words after a cue a condition may still govern

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
    bool prep_between = false, clause_between = false;
    // A participle or an ally noun describes its noun ("سوريا وحليفتها روسيا"، "القوات المدعومة
    // من روسيا"): presupposed, outside the scope of the clause's negation or hedge, unless negated
    // right before it ("غير مدعومة").
    const CueType type = v.data->cues[c.cue].type;
    const bool descriptive = type == CueType::passive || type == CueType::ally;
    for (std::size_t t = c.first; t-- > v.first;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++words;
        // A relative clause has its own modality: "تخشى تركيا التي تدعم المعارضة" asserts the support.
        if (v.marker(t, MarkerKind::relative)) break;
        if (words == 1 && (v.is(t, WordClass::preposition) || v.is(t, WordClass::topic_preposition))) prep_between = true;
        if ((words <= (descriptive ? 1u : 2u) || (words == 3 && prep_between && !descriptive)) &&
            v.marker(t, MarkerKind::negation))
            m.negated = true;
        if (!descriptive && words <= 5 && v.marker(t, MarkerKind::negation_verb)) m.negated = true;
        // An accusation's charge: a ب-noun ("اتهمت X Y بدعم Z") or a clause after it ("اتهمت X بأن");
        // a participle describing the accuser or the accused is presupposed ("يتهم النظام المدعوم من موسكو").
        if (words <= 5 && v.marker(t, MarkerKind::accusation) &&
            (c.prep == 'b' || clause_between || (words <= 3 && !descriptive)))
            m.claimed = true;
        // A threatened sanction, deal or backing is none yet; a threat of force is conflict itself.
        if (!descriptive && words <= 5 && v.marker(t, MarkerKind::threat) &&
            v.data->cues[c.cue].relation != Relation::conflict)
            m.speculative = true;
        if (v.marker(t, MarkerKind::clause)) clause_between = true;
        if (words <= 6 && v.marker(t, MarkerKind::attribution)) m.speculative = true;
        // قد hedges the imperfect verb right after it only ("قد يستهدف"); other hedges their clause.
        if (!descriptive && words <= 6 && v.marker(t, MarkerKind::speculation)) {
            if (!is_hedge(v, t) || (words == 1 && imperfect_follows(v, t))) m.speculative = true;
        }
        if (words > 6) break;
    }
    // A condition or an attribution after the cue, in its clause: "ستفرض عقوبات على أنقرة ما لم
    // تفرج عن القس"، "في ضربة ليلية نسبت إلى إسرائيل".
    if (!descriptive)
        for (std::size_t t = c.last, after = 0; t < v.last && after < condition_window; ++t) {
            if (!v.is_word(t)) {
                if (is_comma(v, t)) break;
                continue;
            }
            ++after;
            if (v.marker(t, MarkerKind::condition) || v.marker(t, MarkerKind::attribution)) m.speculative = true;
        }
    return m;
}

bool withdrawn(const SentenceView& v, const CueMention& c) {
    for (std::size_t t = c.first, w = 0; t-- > v.first && w < 5;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.marker(t, MarkerKind::withdrawal)) return true;
    }
    return false;
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
