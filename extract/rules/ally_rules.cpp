// Allies and protégés, read as the gold reads them (GUIDELINES.md, convention
// 3): the actor called an ally backs the actor whose ally it is.
// - "الأسد وحلفاؤه - روسيا وإيران -" (apposition) and "النظام وحلفاؤه الروس":
//   the allies named back the actor before;
// - "حليفتها طهران": the ally named backs the pronoun's antecedent before;
// - "روسيا، أقوى حلفاء الأسد"، "إسرائيل الحليف المهم للولايات المتحدة"، "الأسد
//   حليف موسكو": the actor before backs the possessor after (genitive or ل);
// - "لحليف إيران، الرئيس السوري": the apposition after the possessor backs it;
// - a protégé ("روسيا ومحميتها الحكومة السورية", reverse) is backed by the actor before.
#include <algorithm>

#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

namespace {

// Punctuation that opens an apposition: - ( – — :
bool opens_apposition(std::int32_t ch) { return ch == '-' || ch == '(' || ch == 0x2013 || ch == 0x2014 || ch == ':'; }

// A definite noun or a host noun: what an apposition after the ally noun names
// (الروس، الأمريكي، الحكومة السورية), not the verb's object ("اتهمت بريطانيا وحلفاؤها روسيا")
// nor a new conjunct ("وحلفائها وروسيا").
bool apposition_at(const SentenceView& v, const Found& g) {
    if (g.group < 0 || g.via_prep) return false;
    const ActorMention& m = v.mentions[static_cast<std::size_t>(g.mention)];
    return !m.conj && (starts_with(v.word(m.first), v.affixes().article) || v.marker(m.first, MarkerKind::host));
}

// The possessor of the ally noun: its genitive or a ل-phrase, an adjective or two between
// ("الحليف الرئيسي للولايات المتحدة"), but no other preposition.
Found possessor_after(const SentenceView& v, const CueMention& c) {
    const Found g = find_after(v, c.last, 2, 0);
    if (g.group < 0) return g;
    const ActorMention& m = v.mentions[static_cast<std::size_t>(g.mention)];
    if (g.via_prep && m.prep != 'l') return Found{};
    return g;
}

}  // namespace

void ally_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const bool reverse = v.data->cues[c.cue].reverse;
    const Found l = find_before(v, c.first, 1, 1);
    // Apposition: "الأسد وحلفاؤه - روسيا وإيران -" / "(روسيا وإيران)".
    if (c.last < v.last && !v.is_word(c.last)) {
        if (l.group >= 0 && opens_apposition((*v.tokens)[c.last].ch)) {
            const Found g = find_after(v, c.last + 1, 0, 0);
            if (g.group >= 0) emit.pairs(g.group, l.group, ci, "allies_in_apposition");
        }
        return;
    }
    // An attached pronoun (not the ة of حليفة): "وحلفاؤه الروس"، "حليفتها طهران".
    if (c.object_suffix && !c.suffix_may_be_feminine) {
        Found g = find_after(v, c.last, 0, 0);
        // Where the alliance holds may stand between: "حليفها في لبنان «حزب الله»"، "حليفتها في
        // حلف الناتو تركيا" (the name after the في-phrase is the ally).
        if (c.last < v.last && v.is_word(c.last) && v.is(c.last, WordClass::in)) {
            // A place read as a modifier is passed over by the search itself ("في لبنان").
            Found named = find_after(v, c.last + 1, 0, 0);
            if (named.group >= 0 && v.mentions[static_cast<std::size_t>(named.mention)].first == c.last + 1)
                named = find_after(v, group_end(v, named.group), 0, 0);
            if (named.group >= 0 && !named.via_prep) g = named;
        }
        const bool conjoined = !conjunction_of(v.affixes(), v.word(c.first)).empty();
        // After و the name may be a verb's object instead; elsewhere any name right after is the ally.
        if (conjoined ? !apposition_at(v, g) : (g.group < 0 || g.via_prep)) return;
        const Found antecedent = conjoined ? l : find_before(v, c.first, 3, 1);
        if (antecedent.group < 0 || (conjoined && l.gap != 0)) return;
        if (reverse) emit.pairs(antecedent.group, g.group, ci, "protege_named");
        else emit.pairs(g.group, antecedent.group, ci, "allies_named");
        return;
    }
    // "X حليف Y"، "X، الحليف الرئيسي لـY"، "حليف Y، X": the ally backs its possessor.
    const Found possessor = possessor_after(v, c);
    if (possessor.group < 0) return;
    // The ally described stands right before, an adjective or a comma between, no other cue.
    bool cue_between = false;
    if (l.group >= 0)
        for (std::size_t t = v.mentions[static_cast<std::size_t>(l.mention)].last; t < c.first && !cue_between; ++t)
            cue_between = v.cue(t) >= 0;
    if (l.group >= 0 && l.group != possessor.group && !cue_between) {
        if (reverse) emit.pairs(possessor.group, l.group, ci, "protege_of");
        else emit.pairs(l.group, possessor.group, ci, "ally_of");
        return;
    }
    // "حليف إيران، الرئيس السوري": the name after the comma is the ally, though grouping read
    // the comma as a list.
    const auto& members = v.groups[static_cast<std::size_t>(possessor.group)];
    const auto at = std::find(members.begin(), members.end(), static_cast<std::uint32_t>(possessor.mention));
    if (at + 1 < members.end()) {
        const std::uint32_t p = *at, n = *(at + 1);
        bool comma = false;
        for (std::size_t t = v.mentions[p].last; t < v.mentions[n].first; ++t) comma = comma || is_comma(v, t);
        if (comma) {
            if (reverse) emit.mentions(p, n, ci, "protege_of");
            else emit.mentions(n, p, ci, "ally_of");
            return;
        }
    }
    const Found named = find_after(v, group_end(v, possessor.group), 0, 1);
    if (named.group >= 0 && named.group != possessor.group && !named.via_prep) {
        if (reverse) emit.pairs(possessor.group, named.group, ci, "protege_of");
        else emit.pairs(named.group, possessor.group, ci, "ally_of");
    }
}

}  // namespace actorgraph::extract::rules
