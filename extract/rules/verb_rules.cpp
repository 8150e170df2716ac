// Active verbs: "تدعم روسيا النظام" (VSO), "روسيا تدعم النظام" (SVO), and an
// object pronoun pointing back ("المعارضة، التي تدعمها واشنطن"، "ميليشيات تديرها إيران").
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

void verb_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    if (v.data->cues[c.cue].needs_with) {
        with_rule(v, ci, emit);
        return;
    }
    const Found r1 = find_after(v, c.last, 1, 0);
    if (c.object_suffix) {
        // "X، التي تدعمها Y" / "X تؤازرها Y": the subject follows, the object pronoun points back.
        const Found l = find_before(v, c.first, 2, 1);
        if (r1.group >= 0 && l.group >= 0) emit.pairs(r1.group, l.group, ci, "verb_object_pronoun");
        return;
    }
    if (r1.group >= 0 && r1.gap == 0 && !r1.via_prep) {
        // The object may follow the subject's apposition ("يستضيف الرئيس التركي، رجب طيب أردوغان، نظيريه").
        const Found r2 = find_after(v, group_end(v, r1.group), 3, 1, true);
        if (r2.group >= 0 && !r2.via_prep) {  // VSO: تدعم روسيا النظام (an object after a preposition is an adjunct)
            emit.pairs(r1.group, r2.group, ci, "verb_subject_object");
            return;
        }
    }
    // A coordinated subject after a negotiation verb is mutual (handled by mutual_rule), not an object.
    if (v.data->cues[c.cue].relation == Relation::negotiation && r1.group >= 0 && r1.gap == 0 &&
        several_actors(v, r1.group))
        return;
    const Found l = find_before(v, c.first, 2, 1, stop_clause);
    const Found r = find_after(v, c.last, 3, 2);
    if (r.group >= 0 && support_prep_between(v, c.last, v.mentions[static_cast<std::size_t>(r.mention)].first)) return;
    // SVO: روسيا قصفت، أخيراً، فصائل معارضة
    if (l.group >= 0 && r.group >= 0) emit.agent_pairs(l.group, r.group, ci, "subject_verb_object");
}

}  // namespace actorgraph::extract::rules
