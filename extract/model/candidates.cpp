#include "extract/model/candidates.hpp"

#include <algorithm>
#include <unordered_map>

#include "extract/rules/modality.hpp"

namespace actorgraph::extract {

namespace {

std::uint32_t top_of(const SentenceView& v, const Participant& p) { return v.data->top[p.actor]; }

// Tokens between two participants (0 when they touch or overlap).
std::uint32_t distance(const Participant& a, const Participant& b) {
    if (a.last <= b.first) return b.first - a.last;
    if (b.last <= a.first) return a.first - b.last;
    return 0;
}

// The cue of `relation` nearest to the pair: one between them first, else the
// one closest to either, within cue_window tokens. -1 when there is none.
std::int32_t nearest_cue(const SentenceView& v, const Participant& a, const Participant& b, Relation relation) {
    const std::uint32_t left = std::min(a.first, b.first), right = std::max(a.last, b.last);
    const std::uint32_t lo = std::min(a.last, b.last), hi = std::max(a.first, b.first);
    const std::uint32_t from = left > cue_window ? left - cue_window : 0;
    auto c = std::lower_bound(v.cues.begin(), v.cues.end(), from,
                              [](const CueMention& m, std::uint32_t t) { return m.first < t; });
    std::int32_t best = -1;
    std::uint32_t best_score = UINT32_MAX;
    for (; c != v.cues.end() && c->first < right + cue_window; ++c) {
        if (v.data->cues[c->cue].relation != relation) continue;
        std::uint32_t score;
        if (c->first >= lo && c->last <= hi) score = 0;
        else score = 1 + (c->last <= left ? left - c->last : c->first >= right ? c->first - right : 0);
        if (score < best_score) {
            best_score = score;
            best = static_cast<std::int32_t>(c - v.cues.begin());
        }
    }
    return best;
}

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b, std::uint32_t r = 0) {
    return (static_cast<std::uint64_t>(a) << 36) ^ (static_cast<std::uint64_t>(b) << 8) ^ r;
}

}  // namespace

std::vector<Participant> sentence_participants(const SentenceView& v, const std::vector<Participant>& references) {
    std::vector<Participant> out;
    // Modifiers too: a place or a thing's nisba may still be what is struck ("أسلحة كيمياوية
    // سورية"، "صواريخ على سوريا"); the scorer weighs their kind.
    for (std::uint32_t i = 0; i < v.mentions.size(); ++i) {
        const ActorMention& m = v.mentions[i];
        if (m.modifier_kind == ModifierKind::unresolved) continue;  // a generic word with no actor in context
        out.push_back({m.actor, m.first, m.last, static_cast<std::int32_t>(i), 0});
    }
    out.insert(out.end(), references.begin(), references.end());
    std::stable_sort(out.begin(), out.end(), [](const Participant& a, const Participant& b) { return a.first < b.first; });
    return out;
}

std::vector<Candidate> sentence_candidates(const SentenceView& v, const std::vector<Participant>& participants,
                                           const std::vector<RuleEvent>& rule_events) {
    const Lexicon::Data& d = *v.data;
    std::vector<Candidate> out;
    // Per pair of top-level actors, the closest pair of their participants (within
    // max_pair_gap tokens) stands for them; in order of first appearance.
    struct Pair {
        std::uint32_t a, b;  // participant indices, a before b
    };
    std::vector<Pair> pairs;
    std::unordered_map<std::uint64_t, std::size_t> pair_index;
    for (std::uint32_t i = 0; i < participants.size(); ++i)
        for (std::uint32_t j = i + 1; j < participants.size() && participants[j].first <= participants[i].last + max_pair_gap;
             ++j) {
            const std::uint32_t ti = top_of(v, participants[i]), tj = top_of(v, participants[j]);
            if (ti == tj) continue;
            const auto [it, added] = pair_index.emplace(pair_key(std::min(ti, tj), std::max(ti, tj)), pairs.size());
            if (added) pairs.push_back({i, j});
            else if (distance(participants[i], participants[j]) < distance(participants[pairs[it->second].a], participants[pairs[it->second].b]))
                pairs[it->second] = {i, j};
        }
    // The rule events by (source, target, relation) of top-level actors: an asserted one before a hedged one.
    std::unordered_map<std::uint64_t, std::int32_t> ruled;
    for (std::uint32_t k = 0; k < rule_events.size(); ++k) {
        const RuleEvent& e = rule_events[k];
        const auto [it, added] = ruled.emplace(pair_key(d.top[e.source], d.top[e.target], static_cast<std::uint32_t>(e.relation)),
                                               static_cast<std::int32_t>(k));
        const RuleEvent& held = rule_events[static_cast<std::size_t>(it->second)];
        if (!added && (held.negated || held.speculative || held.claimed) && !e.negated && !e.speculative && !e.claimed)
            it->second = static_cast<std::int32_t>(k);
    }
    const auto rule_for = [&](std::uint32_t s, std::uint32_t t, Relation r) {
        const auto it = ruled.find(pair_key(s, t, static_cast<std::uint32_t>(r)));
        return it == ruled.end() ? -1 : it->second;
    };
    for (const Pair& p : pairs) {
        const Participant& a = participants[p.a];
        const Participant& b = participants[p.b];
        const std::uint32_t ta = top_of(v, a), tb = top_of(v, b);
        for (Relation r : all_relations) {
            const std::int32_t forward = rule_for(ta, tb, r), backward = rule_for(tb, ta, r);
            const std::int32_t cue = nearest_cue(v, a, b, r);
            if (cue < 0 && forward < 0 && backward < 0) continue;
            const auto make = [&](std::uint32_t s, std::uint32_t t, std::int32_t rule, std::int32_t reversed_rule) {
                Candidate c;
                c.relation = r;
                c.source = s;
                c.target = t;
                c.rule_event = rule;
                c.rule_reversed = rule < 0 && reversed_rule >= 0;
                const std::int32_t k = rule >= 0 ? rule : cue < 0 ? reversed_rule : -1;
                if (k >= 0) {
                    c.cue = rule_events[static_cast<std::size_t>(k)].cue;
                    c.negated = rule_events[static_cast<std::size_t>(k)].negated;
                    c.speculative = rule_events[static_cast<std::size_t>(k)].speculative;
                    c.claimed = rule_events[static_cast<std::size_t>(k)].claimed;
                } else {
                    c.cue = static_cast<std::uint32_t>(cue);
                    const rules::Modality m = rules::modality_of(v, v.cues[c.cue]);
                    c.negated = m.negated;
                    c.speculative = m.speculative;
                    c.claimed = m.claimed;
                }
                out.push_back(c);
            };
            if (relation_is_directed(r)) {
                make(p.a, p.b, forward, backward);
                make(p.b, p.a, backward, forward);
            } else if (forward < 0 && backward >= 0) {
                make(p.b, p.a, backward, -1);  // in the rule's order
            } else {
                make(p.a, p.b, forward, backward);
            }
        }
    }
    return out;
}

}  // namespace actorgraph::extract
