#include "extract/rules/relation_rules.hpp"

#include "extract/rules/families.hpp"
#include "extract/rules/modality.hpp"

namespace actorgraph::extract {

std::vector<RuleEvent> apply_rules(const SentenceView& v) {
    std::vector<RuleEvent> out;
    rules::Emitter emit(v, out);
    for (std::uint32_t ci = 0; ci < v.cues.size(); ++ci) {
        // "هاجم ترامب بشدة روسيا": the attack is in words, criticism.
        if (rules::verbal_attack(v, v.cues[ci])) emit.set_relation(Relation::criticism);
        else emit.reset_relation();
        const CueEntry& e = v.data->cues[v.cues[ci].cue];
        if (e.relation == Relation::negotiation) rules::mutual_rule(v, ci, emit);
        switch (e.type) {
        case CueType::verb: rules::verb_rule(v, ci, emit); break;
        case CueType::passive: rules::passive_rule(v, ci, emit); break;
        case CueType::noun: rules::noun_rule(v, ci, emit); break;
        case CueType::prep: rules::prep_rule(v, ci, emit); break;
        case CueType::ally: rules::ally_rule(v, ci, emit); break;
        }
    }
    return out;
}

}  // namespace actorgraph::extract
