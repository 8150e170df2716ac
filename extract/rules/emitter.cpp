#include "extract/rules/emitter.hpp"

#include "extract/rules/argument_search.hpp"
#include "extract/rules/modality.hpp"

namespace actorgraph::extract::rules {

std::int32_t helper_of(const SentenceView& v, std::int32_t g) {
    if (g < 0) return -1;
    std::size_t f = v.mentions[v.groups[static_cast<std::size_t>(g)].front()].first;
    // A nisba names its host noun's actor: "تسانده قوات أمريكية".
    if (f > v.first && v.is_word(f - 1) && v.marker(f - 1, MarkerKind::host) && v.cue(f - 1) < 0) --f;
    if (f == v.first || !v.is_word(f - 1) || v.cue(f - 1) < 0) return -1;
    const CueMention& c = v.cues[static_cast<std::size_t>(v.cue(f - 1))];
    const CueEntry& e = v.data->cues[c.cue];
    if (e.relation != Relation::support || c.last != f) return -1;
    if (e.type == CueType::verb && c.object_suffix) return find_before(v, c.first, 2, 1).group;
    if (e.type == CueType::noun && c.prep == 'l' && !c.object_suffix)
        return find_before(v, c.first, 5, 0, stop_conjunct | stop_topic | stop_clause).group;
    return -1;
}

void Emitter::agent_pairs(std::int32_t from, std::int32_t to, std::uint32_t cue, std::string_view rule) {
    pairs(from, to, cue, rule);
    if (v_.data->cues[v_.cues[cue].cue].relation == Relation::conflict) {
        const std::int32_t h = helper_of(v_, from);
        if (h != to) pairs(h, to, cue, "helper_fights_alongside");
    }
}

void Emitter::pairs(std::int32_t from, std::int32_t to, std::uint32_t cue, std::string_view rule) {
    if (from < 0 || to < 0 || from == to) return;
    for (auto s : v_.groups[static_cast<std::size_t>(from)])
        for (auto t : v_.groups[static_cast<std::size_t>(to)]) one(s, t, cue, rule);
}

void Emitter::within(std::int32_t g, std::uint32_t cue, std::string_view rule) {
    if (g < 0) return;
    const auto& ms = v_.groups[static_cast<std::size_t>(g)];
    for (std::size_t i = 0; i < ms.size(); ++i)
        for (std::size_t j = i + 1; j < ms.size(); ++j) one(ms[i], ms[j], cue, rule);
}

void Emitter::one(std::uint32_t s, std::uint32_t t, std::uint32_t cue, std::string_view rule) {
    const auto& d = *v_.data;
    const std::uint32_t a = v_.mentions[s].actor, b = v_.mentions[t].actor;
    if (d.top[a] == d.top[b]) return;
    RuleEvent e;
    e.source = a;
    e.target = b;
    e.cue = cue;
    e.relation = overridden_ ? relation_ : d.cues[v_.cues[cue].cue].relation;
    e.rule = rule;
    const Modality m = modality_of(v_, v_.cues[cue]);
    e.negated = m.negated;
    e.speculative = m.speculative;
    e.claimed = m.claimed;
    out_.push_back(e);
}

}  // namespace actorgraph::extract::rules
