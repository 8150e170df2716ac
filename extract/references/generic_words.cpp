#include "extract/references/generic_words.hpp"

#include <map>
#include <set>

namespace actorgraph::extract {

namespace {

constexpr std::size_t same_sentence_weight = 3;
constexpr std::uint32_t place_window = 30;  // tokens back to a place that says whose government

// The actor a resolution gives for `country`, or -1.
std::int32_t actor_for(const Lexicon::Data& d, const Lexicon::Data::Resolution& r, std::int32_t country) {
    if (country < 0) return -1;
    if (r.by_government) return d.government[static_cast<std::size_t>(country)];
    for (const auto& [c, actor] : r.by_country)
        if (static_cast<std::int32_t>(c) == country) return static_cast<std::int32_t>(actor);
    return -1;
}

}  // namespace

void resolve_generic_mentions(const std::vector<SentenceView*>& views) {
    if (views.empty()) return;
    const Lexicon::Data& d = *views.front()->data;
    // How often the article names each country (by its actors).
    std::map<std::int32_t, std::size_t> article;
    // How often it names each country as a place (في ليبيا): where the events happen.
    std::map<std::int32_t, std::size_t> theatre;
    for (const SentenceView* v : views)
        for (const ActorMention& m : v->mentions)
            if (!d.resolution[m.actor].generic && d.country[m.actor] >= 0) {
                ++article[d.country[m.actor]];
                if (m.modifier && m.modifier_kind == ModifierKind::place) ++theatre[d.country[m.actor]];
            }
    const auto theatre_of = [&](std::int32_t country) {
        const auto it = theatre.find(country);
        return it == theatre.end() ? std::size_t{0} : it->second;
    };
    for (SentenceView* v : views) {
        std::map<std::int32_t, std::size_t> here;
        std::set<std::uint32_t> named;  // the sentence's participants: a generic word is none of them
        for (const ActorMention& m : v->mentions) {
            if (d.resolution[m.actor].generic) continue;
            if (d.country[m.actor] >= 0) ++here[d.country[m.actor]];
            if (!m.modifier) named.insert(d.top[m.actor]);
        }
        const auto is_named = [&](std::int32_t a) { return a >= 0 && named.count(d.top[static_cast<std::size_t>(a)]) > 0; };
        for (ActorMention& m : v->mentions) {
            const Lexicon::Data::Resolution& r = d.resolution[m.actor];
            if (!r.generic) continue;
            std::int32_t actor = m.nisba_actor >= 0 ? actor_for(d, r, d.country[static_cast<std::size_t>(m.nisba_actor)]) : -1;
            GenericResolution how = GenericResolution::nisba;
            // A place or origin named shortly before ("من العراق ... لمساعدة الحكومة").
            for (std::size_t k = static_cast<std::size_t>(&m - v->mentions.data()); actor < 0 && k-- > 0;) {
                const ActorMention& p = v->mentions[k];
                if (m.first - p.last > place_window) break;
                const bool origin = p.first > v->first + 1 && v->is(p.first - 1, WordClass::from) && v->cue(p.first - 2) < 0;
                const bool place = p.modifier && (p.modifier_kind == ModifierKind::place || p.modifier_kind == ModifierKind::origin);
                if ((place || origin) && !d.resolution[p.actor].generic) actor = actor_for(d, r, d.country[p.actor]);
                if (actor >= 0) how = GenericResolution::place;
            }
            if (actor < 0) {
                std::size_t best = 0;
                std::int32_t best_country = -1;
                for (const auto& [country, n] : article) {
                    const std::int32_t a = actor_for(d, r, country);
                    const auto h = here.find(country);
                    const std::size_t score = n + (h == here.end() ? 0 : (same_sentence_weight - 1) * h->second);
                    if (a >= 0 && !is_named(a) && score > best) {  // ties keep the first country (by index)
                        best = score;
                        actor = a;
                        best_country = country;
                        how = GenericResolution::context;
                    }
                }
                if (actor < 0) {
                    actor = r.fallback;
                    how = GenericResolution::fallback;
                    if (actor >= 0) best_country = d.country[static_cast<std::size_t>(actor)];
                }
                // A report set mainly in a country the word has no actor for ("جماعات مسلحة في ليبيا")
                // leaves it unresolved rather than give another country's rebels (a default bound to
                // no country, like the militias', holds anywhere).
                if (actor >= 0 && best_country >= 0 && !r.by_government)
                    for (const auto& [country, n] : theatre)
                        if (n > theatre_of(best_country) && actor_for(d, r, country) < 0) actor = -1;
            }
            m.generic = how;
            if (actor >= 0) {
                m.actor = static_cast<std::uint32_t>(actor);
            } else {
                m.modifier = true;
                m.modifier_kind = ModifierKind::unresolved;
            }
        }
    }
}

}  // namespace actorgraph::extract
