// Allies and protégés: "الأسد وحلفاؤه - روسيا وإيران -" (apposition), "النظام
// وحلفاؤه الروس", "روسيا ومحميتها الحكومة السورية" (reverse), "الأسد حليف موسكو".
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

namespace {

// Punctuation that opens an apposition: - ( – — :
bool opens_apposition(std::int32_t ch) { return ch == '-' || ch == '(' || ch == 0x2013 || ch == 0x2014 || ch == ':'; }

}  // namespace

void ally_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const Affixes& a = v.affixes();
    const Found l = find_before(v, c.first, 1, 0);
    if (l.group < 0) return;
    // Apposition: "الأسد وحلفاؤه - روسيا وإيران -" / "(روسيا وإيران)".
    if (c.last < v.last && !v.is_word(c.last)) {
        if (opens_apposition((*v.tokens)[c.last].ch)) {
            const Found g = find_after(v, c.last + 1, 0, 0);
            if (g.group >= 0) emit.pairs(g.group, l.group, ci, "allies_in_apposition");
        }
        return;
    }
    // "النظام وحلفاؤه الروس": the allies named right after back the actor before;
    // a protégé ("روسيا ومحميتها الحكومة السورية", reverse) is backed by it.
    // Only after و: a bare "حليفه" may be the feminine noun (حليفة، ة normalised to ه), "X حليفة Y".
    if (c.object_suffix && !conjunction_of(a, v.word(c.first)).empty()) {
        const Found g = find_after(v, c.last, 0, 0);
        // The allies are a definite noun in apposition (الروس، الأمريكي، الحكومة السورية), not the verb's
        // object ("اتهمت بريطانيا وحلفاؤها روسيا") nor a new conjunct ("وحلفائها وروسيا").
        const bool apposition = g.group >= 0 && !v.mentions[static_cast<std::size_t>(g.mention)].conj &&
                                (starts_with(v.word(v.mentions[static_cast<std::size_t>(g.mention)].first), a.article) ||
                                 v.marker(v.mentions[static_cast<std::size_t>(g.mention)].first, MarkerKind::host));
        if (apposition && !g.via_prep && l.gap == 0) {
            if (v.data->cues[c.cue].reverse) emit.pairs(l.group, g.group, ci, "protege_named");
            else emit.pairs(g.group, l.group, ci, "allies_named");
        }
        return;
    }
    // "الأسد حليف موسكو": the patron follows in the genitive.
    if (!c.object_suffix) {
        const Found g = find_after(v, c.last, 0, 0);
        if (g.group >= 0 && !g.via_prep) emit.pairs(g.group, l.group, ci, "ally_of");
    }
}

}  // namespace actorgraph::extract::rules
