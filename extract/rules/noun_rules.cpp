// Verbal nouns: a genitive agent after the noun and a patient after a
// preposition ("دعم واشنطن للأكراد"، "الهجوم التركي على عفرين"), or the clause
// subject as agent ("X ستبدأ محادثات مع Y"); "بين X وY"; "بدعم من X" and
// "بدعم روسي" (X backs the clause subject); the charge of an accusation.
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

namespace {

// "بين X وY": talks, calls and fighting between the members of one group; up to
// between_window tokens after the cue ("اتفاق تم التوصل إليه، الجمعة، بين X وY").
bool between_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    constexpr std::size_t between_window = 10;
    const CueMention& c = v.cues[ci];
    const Relation relation = v.data->cues[c.cue].relation;
    for (std::size_t t = c.last; t < v.last && t < c.last + between_window; ++t) {
        if (v.mention(t) >= 0) break;  // an actor first: the cue has its own argument
        if (v.is(t, WordClass::topic_preposition)) break;  // "اتفاق حول توزيع المهاجرين بين فرنسا وألمانيا": not the parties
        if (v.is(t, WordClass::between)) {
            const Found b = find_after(v, t + 1, 1, 0);
            if (b.group >= 0 && v.groups[static_cast<std::size_t>(b.group)].size() >= 2) {
                emit.within(b.group, ci, "noun_between");
                return true;
            }
            break;
        }
        if (const CueEntry* e = cue_entry_at(v, t); e && e->relation != relation) break;
    }
    return false;
}

// "دعمها" inside a relative clause: "X التي يتفق Y على دعمها" -> Y acts on X.
bool relative_object_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    for (std::size_t t = c.first, w = 0; t-- > v.first && w < 8;) {
        if (!v.is_word(t)) continue;
        ++w;
        if (v.marker(t, MarkerKind::relative)) {
            const Found antecedent = find_before(v, t, 1, 1);
            const Found agent = find_before(v, c.first, 3, 0);
            if (antecedent.group >= 0 && agent.group >= 0 && agent.mention > antecedent.mention)
                emit.pairs(agent.group, antecedent.group, ci, "noun_object_pronoun");
            return true;
        }
    }
    return false;
}

// After an accusation ("اتهمت السعودية إيران بدعم الحوثيين") a ب-noun is the charge.
bool accusation_before(const SentenceView& v, const CueMention& c) {
    for (std::size_t t = c.first, w = 0; c.prep == 'b' && t-- > v.first && w < 5;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.marker(t, MarkerKind::accusation)) return true;
    }
    return false;
}

// "من قبل X" names the agent of a passive ("تعرضت إدلب لقصف من قبل مقاتلات روسية"), not a patient.
bool by_agent(const SentenceView& v, std::size_t from, const Found& p) {
    std::size_t t = v.mentions[static_cast<std::size_t>(p.mention)].first;
    while (t > from && (!v.is_word(t - 1) || possessive_head(v, t - 1))) --t;
    return t >= 2 + v.first && t - 2 >= from && v.is(t - 1, WordClass::by) && v.is(t - 2, WordClass::from);
}

// A cue of another relation between from and the patient starts a new predicate:
// "لمساعدة الحكومة على قتال داعش" does not help ISIS. Only a predicate (verb, verbal
// noun); a participle describes the patient ("مواقع تابعة للنظام").
bool crosses_predicate(const SentenceView& v, std::size_t from, const Found& p, Relation relation) {
    for (std::size_t t = from; t < v.mentions[static_cast<std::size_t>(p.mention)].first; ++t)
        if (const CueEntry* e = cue_entry_at(v, t);
            e && e->relation != relation && (e->type == CueType::noun || e->type == CueType::verb))
            return true;
    return false;
}

// Whether the cue opens its sentence (a dateline or quote mark before it aside): a noun that
// may be a masculine past verb ("قصف الجيش التركي مواقع داعش") reads as one there.
bool opens_sentence(const SentenceView& v, const CueMention& c) {
    for (std::size_t t = v.first; t < c.first; ++t)
        if (v.is_word(t)) return false;
    return true;
}

}  // namespace

void noun_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const Relation relation = v.data->cues[c.cue].relation;
    if (between_rule(v, ci, emit)) return;
    if (c.object_suffix && relative_object_rule(v, ci, emit)) return;
    // "بدعم من روسيا": the agent follows من, the beneficiary precedes.
    if (relation == Relation::support && v.is(c.last, WordClass::from)) {
        const Found r = find_after(v, c.last + 1, 0, 0);
        const Found l = subject_before(v, c.first, 4, 1, stop_none);
        if (r.group >= 0 && l.group >= 0 && adjacent_word(v, c.last + 1, r))
            emit.pairs(r.group, l.group, ci, "noun_backed_by");
        return;
    }
    const Found a = find_after(v, c.last, 1, 0);
    // Counting host nouns: "غارات شنتها مقاتلات التحالف" is too far for a genitive.
    const bool adjacent = a.group >= 0 && !a.via_prep && words_between(v, c.last, a) <= 1;
    if (accusation_before(v, c)) {
        // The accused stands right before the charge ("اتهمت السعودية إيران بدعم"); otherwise it is
        // someone the lexicon does not know ("اتهمت تركيا فاركاس بدعم").
        const Found accused = find_before(v, c.first, 0, 0);
        if (accused.group >= 0 && adjacent && !v.mentions[static_cast<std::size_t>(a.mention)].nisba)
            emit.pairs(accused.group, a.group, ci, "noun_accused_of");
        return;
    }
    // "بدعم روسي"، "بمساعدة واشنطن": with X's help, X backs the clause subject.
    if (relation == Relation::support && c.prep == 'b') {
        const Found l = subject_before(v, c.first, 4, 1, stop_clause);
        if (adjacent && a.gap == 0 && adjacent_word(v, c.last, a) && l.group >= 0)
            emit.pairs(a.group, l.group, ci, "noun_with_help_of");
        return;
    }
    const std::size_t from = adjacent ? group_end(v, a.group) : c.last;
    const Found p = find_after(v, from, adjacent ? 4 : 2, 0);
    const bool patient = p.group >= 0 && !crosses_predicate(v, from, p, relation) && !by_agent(v, from, p) &&
                         p.via_prep && p.gap <= 4;
    if (adjacent && patient) {
        emit.pairs(a.group, p.group, ci, "noun_agent_patient");  // دعم واشنطن للأكراد، الهجوم التركي على عفرين
        return;
    }
    // Opening the sentence, the noun is a verb or a masdar with its object: "قصف الجيش التركي
    // مواقع داعش" (the army shelled), its agent right after it and a bare object next.
    if (adjacent && opens_sentence(v, c) && p.group >= 0 && !p.via_prep && p.gap <= 2 &&
        !crosses_predicate(v, from, p, relation) && !by_agent(v, from, p)) {
        emit.pairs(a.group, p.group, ci, "initial_noun_object");
        return;
    }
    const Found l = find_before(v, c.first, 5, 0, stop_conjunct | stop_topic | stop_clause);
    // A nisba right after the noun is its agent (قصف روسي), never its patient.
    // Only right after it: after a host noun ("للقاء نظيره الروسي") the nisba names the patient.
    const bool agent_only = adjacent && v.mentions[static_cast<std::size_t>(a.mention)].nisba && a.gap == 0 &&
                            adjacent_word(v, c.last, a);
    if (adjacent && !agent_only && l.group >= 0) emit.agent_pairs(l.group, a.group, ci, "subject_noun_object");  // X ... قتال داعش
    else if (patient && l.group >= 0) emit.agent_pairs(l.group, p.group, ci, "subject_noun_patient");  // X ستبدأ محادثات مع Y
}

}  // namespace actorgraph::extract::rules
