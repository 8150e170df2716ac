// Linking phrases between two actors: "X ... ضد Y" (armed only after a use of
// force), "على حساب"، "لصالح"، "الموالية لـ" (the actor after is the patron), and
// fighting alongside ("يقاتلون إلى جانب"، "في صفوف").
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

namespace {

// "ضد" is armed only after a use of force ("حملة عسكرية ضد"، "حربا ضد"), not a vote or a statement:
// a conflict cue or a force marker within 8 words before.
bool force_before(const SentenceView& v, const CueMention& c) {
    for (std::size_t t = c.first, w = 0; t-- > v.first && w < 8;) {
        if (!v.is_word(t)) continue;
        ++w;
        const CueEntry* e = cue_entry_at(v, t);
        if (v.marker(t, MarkerKind::force) || (e && e->relation == Relation::conflict)) return true;
    }
    return false;
}

// "يقاتلون إلى جانب"، "يقاتل مسلحو حزب الله في صفوف": a conflict verb within 4 words before,
// only its subject between (not "قتلى في صفوف قوات النظام").
bool fight_before(const SentenceView& v, const CueMention& c) {
    for (std::size_t t = c.first, w = 0; t-- > v.first && w < 4;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        if (const CueEntry* e = cue_entry_at(v, t)) return e->type == CueType::verb && e->relation == Relation::conflict;
        const std::int32_t m = v.mention(t);
        if (v.marker(t, MarkerKind::host)) continue;
        // A subject after the verb is a host noun's actor ("يقاتل مسلحو حزب الله"); a bare actor
        // there may be the object ("تقاتل الحوثيين إلى جانب القوات الحكومية").
        if (m >= 0) {
            const std::size_t f = v.mentions[static_cast<std::size_t>(m)].first;
            if (v.marker(f, MarkerKind::host) || (f > v.first && v.is_word(f - 1) && v.marker(f - 1, MarkerKind::host)))
                continue;
            if (f > v.first && v.is_word(f - 1) && v.cue(f - 1) < 0) continue;  // a name after a filler word
            break;
        }
        ++w;
        if (w > 1) break;  // one filler word at most (an adverb)
    }
    return false;
}

}  // namespace

void prep_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const CueEntry& e = v.data->cues[c.cue];
    if (e.needs_force && !force_before(v, c)) return;
    if (e.needs_fight && !fight_before(v, c)) return;
    const bool lam = e.needs_lam_next;
    const Found l = find_before(v, c.first, lam ? 1 : 6, lam ? 0 : 2);
    const Found r = find_after(v, c.last, lam ? 0 : 2, 0);
    if (l.group < 0 || r.group < 0) return;
    const std::string_view rule = e.needs_fight ? "fighting_alongside" : e.needs_force ? "armed_against"
                                  : e.reverse   ? "loyal_to"
                                                : "linking_phrase";
    if (e.reverse) emit.pairs(r.group, l.group, ci, rule);  // "الحوثيين الموالين لإيران": Iran is the patron
    else emit.pairs(l.group, r.group, ci, rule);
}

}  // namespace actorgraph::extract::rules
