#include "extract/rules/argument_search.hpp"

#include <algorithm>

#include "extract/text/char_classes.hpp"

namespace actorgraph::extract::rules {

bool is_comma(const SentenceView& v, std::size_t t) {
    return !v.is_word(t) && is_clause_separator((*v.tokens)[t].ch);
}

const CueEntry* cue_entry_at(const SentenceView& v, std::size_t t) {
    const std::int32_t k = v.cue(t);
    return k < 0 ? nullptr : &v.data->cues[v.cues[static_cast<std::size_t>(k)].cue];
}

namespace {

// و/ف + ال + noun (والتركيز): a new conjunct.
bool is_conjoined_definite(const Affixes& a, std::string_view w) {
    const std::string_view c = conjunction_of(a, w);
    return !c.empty() && starts_with(w.substr(c.size()), a.article);
}

}  // namespace

Found find_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas, unsigned stop) {
    Found f;
    const Affixes& a = v.affixes();
    std::size_t w = 0, c = 0;
    for (std::size_t t = p; t-- > v.first;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t) && ++c > commas) break;
            continue;
        }
        const std::int32_t m = v.mention(t);
        if (m >= 0 && !v.mentions[static_cast<std::size_t>(m)].modifier) {
            const auto& mm = v.mentions[static_cast<std::size_t>(m)];
            // An agent after من ("المدعومة من واشنطن هجوما ضد") is not the subject of what follows.
            if (mm.first > v.first + 1 && v.is(mm.first - 1, WordClass::from) && v.cue(mm.first - 2) >= 0 &&
                cue_entry_at(v, mm.first - 2)->type == CueType::passive) {
                t = mm.first;
                continue;
            }
            f.mention = m;
            f.group = mm.group;
            f.gap = w;
            return f;
        }
        if (m >= 0) continue;
        if (v.marker(t, MarkerKind::relative)) continue;
        if ((stop & stop_conjunct) && is_conjoined_definite(a, v.word(t))) break;
        if ((stop & stop_clause) && v.marker(t, MarkerKind::clause)) break;
        // Right before the cue a preposition is the complement of a verb ("تمكنت من تدمير"), not a topic.
        if ((stop & stop_topic) && w > 0 && v.is(t, WordClass::topic_preposition)) break;
        if (++w > words) break;
    }
    return f;
}

bool possessive_head(const SentenceView& v, std::size_t t, int depth) {
    if (t + 1 >= v.last || !v.is_word(t + 1)) return false;
    const std::int32_t m = v.mention(t + 1);
    const bool mention_next = m >= 0 && v.mentions[static_cast<std::size_t>(m)].first == t + 1 &&
                              !v.mentions[static_cast<std::size_t>(m)].modifier;
    const std::int32_t k = v.cue(t);
    if (k < 0)
        return v.marker(t, MarkerKind::host) &&
               (mention_next || v.marker(t + 1, MarkerKind::holder) || (depth == 0 && possessive_head(v, t + 1, 1)));
    const CueMention& c = v.cues[static_cast<std::size_t>(k)];
    const CueEntry& e = v.data->cues[c.cue];
    return e.type == CueType::passive && e.relation == Relation::support && c.first == t && c.last == t + 1 &&
           mention_next && v.mentions[static_cast<std::size_t>(m)].prep == 'l';
}

Found find_after(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas, bool stop_at_cue) {
    Found f;
    std::size_t w = 0, c = 0;
    bool prep = false;
    for (std::size_t t = p; t < v.last; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t) && ++c > commas) break;
            continue;
        }
        const std::int32_t m = v.mention(t);
        if (m >= 0 && !v.mentions[static_cast<std::size_t>(m)].modifier) {
            const auto& mm = v.mentions[static_cast<std::size_t>(m)];
            f.mention = m;
            f.group = mm.group;
            f.gap = w;
            f.via_prep = prep || mm.prep == 'b' || mm.prep == 'l';
            return f;
        }
        if (m >= 0) { prep = false; continue; }  // the preposition belonged to the modifier ("من العراق")
        if (possessive_head(v, t)) continue;
        if (stop_at_cue && v.cue(t) >= 0) break;
        if (v.is(t, WordClass::preposition)) { prep = true; continue; }
        // "مواقع تسيطر عليها المعارضة"، "مناطق سيطرة الفصائل": the holder of what was hit is named.
        if (v.marker(t, MarkerKind::holder)) {
            if (t + 1 < v.last && v.is(t + 1, WordClass::pronoun_preposition)) ++t;
            continue;
        }
        if (++w > words) break;
    }
    return f;
}

std::size_t group_end(const SentenceView& v, std::int32_t g) {
    std::size_t end = 0;
    for (auto m : v.groups[static_cast<std::size_t>(g)]) end = std::max<std::size_t>(end, v.mentions[m].last);
    return end;
}

Found subject_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas, unsigned stop) {
    Found l = find_before(v, p, words, commas, stop);
    for (int hop = 0; hop < 2 && l.group >= 0; ++hop) {
        const std::size_t first = v.mentions[v.groups[static_cast<std::size_t>(l.group)].front()].first;
        std::size_t prep = first;
        bool patient = false;
        for (std::size_t t = first, k = 0; t-- > v.first && k < 2;) {
            if (!v.is_word(t) || v.mention(t) >= 0) break;
            ++k;
            const CueEntry* e = cue_entry_at(v, t);
            if (v.is(t, WordClass::on) || (e && e->type == CueType::prep && e->relation == Relation::conflict)) {
                patient = true;
                prep = e ? v.cues[static_cast<std::size_t>(v.cue(t))].first : t;
                break;
            }
        }
        if (!patient) break;
        // A relative clause on the patient has it as its subject ("ضد ميليشيات الحوثي، التي تشن بدعم من إيران").
        bool relative = false;
        for (std::size_t t = group_end(v, l.group); t < p && !relative; ++t)
            relative = v.is_word(t) && v.marker(t, MarkerKind::relative);
        if (relative) break;
        l = find_before(v, prep, words, commas, stop);
    }
    return l;
}

bool several_actors(const SentenceView& v, std::int32_t g) {
    const auto& ms = v.groups[static_cast<std::size_t>(g)];
    for (auto m : ms)
        if (v.data->top[v.mentions[m].actor] != v.data->top[v.mentions[ms.front()].actor]) return true;
    return false;
}

std::size_t words_between(const SentenceView& v, std::size_t p, const Found& f) {
    std::size_t n = 0;
    for (std::size_t t = p; t < v.mentions[static_cast<std::size_t>(f.mention)].first; ++t)
        if (v.is_word(t) && !v.is(t, WordClass::preposition)) ++n;
    return n;
}

bool adjacent_word(const SentenceView& v, std::size_t p, const Found& f) {
    return f.mention >= 0 && words_between(v, p, f) == 0;
}

bool support_prep_between(const SentenceView& v, std::size_t from, std::size_t to) {
    for (std::size_t t = from; t < to && t < v.last; ++t) {
        const CueEntry* e = cue_entry_at(v, t);
        if (e && e->type == CueType::prep && e->relation == Relation::support) return true;
    }
    return false;
}

}  // namespace actorgraph::extract::rules
