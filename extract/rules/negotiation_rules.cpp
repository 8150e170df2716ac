// Talks: "بحث X مع Y" / "X يبحث مع Y" (verbs that take their partner after مع),
// and the members of a coordinated agent of a negotiation cue ("اتفاق نظمه الروس
// والأتراك"، "اتفق الأميركان والروس").
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

namespace {

// The مع within `words` words of `from`, in the clause, or v.last. A cue before it takes it
// ("يبحث الانسحاب من الاتفاق مع إيران": مع belongs to the noun); so, if asked, does an actor.
std::size_t with_after(const SentenceView& v, std::size_t from, std::size_t words, bool stop_at_mention) {
    for (std::size_t t = from, w = 0; t < v.last && w < words; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.cue(t) >= 0 || (stop_at_mention && v.mention(t) >= 0)) break;
        if (v.is(t, WordClass::with)) return t;
    }
    return v.last;
}

// A partner named after مع within a few words of `from` ("يجتمع ماكرون وميركل مع ترامب"): the
// coordinated parties each meet it, not each other. -1 if none.
std::int32_t partner_after_with(const SentenceView& v, std::size_t from) {
    const std::size_t with = with_after(v, from, 3, true);
    return with == v.last ? -1 : find_after(v, with + 1, 2, 0).group;
}

}  // namespace

// The partner follows مع within 8 words (a title and a name may sit between),
// the subject right after the verb or before it.
void with_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const std::size_t with = with_after(v, c.last, 8, false);
    if (with == v.last) return;
    const Found p = find_after(v, with + 1, 2, 0);  // a title may precede: "مع ولي العهد السعودي"
    if (p.group < 0) return;
    const Found s = find_after(v, c.last, 1, 0);
    if (s.group >= 0 && !s.via_prep && v.mentions[static_cast<std::size_t>(s.mention)].first < with) {
        emit.pairs(s.group, p.group, ci, "talks_with");
    } else if (s.group < 0 || s.group == p.group) {
        // The subject is in the same clause and no preposition's object ("مع إيران والصين، وأنها تبحث").
        const Found l = find_before(v, c.first, 2, 0, stop_clause);
        if (l.group < 0) return;
        const ActorMention& lm = v.mentions[v.groups[static_cast<std::size_t>(l.group)].front()];
        if (lm.prep != 0 || (lm.first > v.first && v.is(lm.first - 1, WordClass::preposition))) return;
        emit.pairs(l.group, p.group, ci, "talks_with");
    }
}

void mutual_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    if (!v.data->cues[c.cue].mutual) return;  // "هدنة توسطت فيها السعودية والإمارات": mediators, not parties
    // Before the cue one word may stand between, not a preposition: "زعماء روسيا وإيران وتركيا
    // يعقدون اجتماعا" (a verb), not "دعت روسيا وإيران إلى محادثات".
    Found before = find_before(v, c.first, 0, 0);
    if (before.group < 0 && c.first > v.first + 1 && v.is_word(c.first - 1) && !v.is(c.first - 1, WordClass::preposition) &&
        !v.is(c.first - 1, WordClass::topic_preposition))
        before = find_before(v, c.first - 1, 0, 0);
    const Found after = find_after(v, c.last, 1, 0);
    for (const bool is_after : {true, false}) {
        const Found& f = is_after ? after : before;
        if (f.group < 0 || f.via_prep || v.groups[static_cast<std::size_t>(f.group)].size() < 2) continue;
        // "أرسله إلى السعودية وتركيا لبحث": a destination, not the parties.
        const std::size_t first = v.mentions[v.groups[static_cast<std::size_t>(f.group)].front()].first;
        if (first > v.first && !v.is(first - 1, WordClass::from) &&  // "رعت كل من تركيا وروسيا" are the parties
            (v.is(first - 1, WordClass::preposition) || v.is(first - 1, WordClass::topic_preposition)))
            continue;
        const std::int32_t partner = partner_after_with(v, is_after ? group_end(v, f.group) : c.last);
        if (partner >= 0 && partner != f.group) emit.pairs(f.group, partner, ci, "talks_with");
        else emit.within(f.group, ci, "coordinated_parties");
    }
}

}  // namespace actorgraph::extract::rules
