#include "extract/lexicon/morphology.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::size_t min_stem_bytes = 4;  // two Arabic letters

}  // namespace

bool starts_with_any(std::string_view s, const std::vector<std::string>& prefixes) {
    for (const auto& p : prefixes)
        if (starts_with(s, p)) return true;
    return false;
}

bool ends_with_any(std::string_view s, const std::vector<std::string>& suffixes) {
    for (const auto& p : suffixes)
        if (ends_with(s, p)) return true;
    return false;
}

bool is_any(std::string_view s, const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (s == w) return true;
    return false;
}

std::string_view conjunction_of(const Affixes& a, std::string_view w) {
    for (const auto& c : a.conjunctions)
        if (starts_with(w, c)) return c;
    return {};
}

std::string_view strip_conjunction(const Affixes& a, std::string_view w, std::size_t min_rest) {
    const std::string_view c = conjunction_of(a, w);
    if (!c.empty() && w.size() >= c.size() + min_rest) w.remove_prefix(c.size());
    return w;
}

Proclitics split_proclitics(const Affixes& a, std::string_view w) {
    Proclitics p;
    const std::string_view c = conjunction_of(a, w);
    if (!c.empty() && w.size() >= c.size() + min_stem_bytes) {
        w.remove_prefix(c.size());
        p.conjunction = true;
    }
    p.stem = w;
    if (!a.lam_article.empty() && starts_with(w, a.lam_article) && w.size() >= a.lam_article.size() + min_stem_bytes) {
        // لل + stem is ل + ال + stem: the stem keeps its article.
        p.preposition = 'l';
        p.article_from_lam = true;
        p.stem = w.substr(a.lam_article.size());
        return p;
    }
    static constexpr char codes[] = {'b', 'l', 'k'};
    for (std::size_t i = 0; i < a.prepositions.size() && i < 3; ++i)
        if (starts_with(w, a.prepositions[i]) && w.size() >= a.prepositions[i].size() + min_stem_bytes) {
            p.preposition = codes[i];
            p.stem = w.substr(a.prepositions[i].size());
            return p;
        }
    return p;
}

bool has_nisba_ending(const Affixes& a, std::string_view w) { return ends_with_any(w, a.nisba_endings); }

bool stem_starts_with(const Affixes& a, const Proclitics& p, std::string_view prefix) {
    if (p.article_from_lam && starts_with(prefix, a.article)) return starts_with(p.stem, prefix.substr(a.article.size()));
    return starts_with(p.stem, prefix);
}

bool stem_starts_with_any(const Affixes& a, const Proclitics& p, const std::vector<std::string>& prefixes) {
    for (const auto& prefix : prefixes)
        if (stem_starts_with(a, p, prefix)) return true;
    return false;
}

bool is_definite_nisba(const Affixes& a, std::string_view w) {
    return starts_with(w, a.article) && has_nisba_ending(a, w);
}

bool is_definite_nisba(const Affixes& a, const Proclitics& p) {
    return stem_starts_with(a, p, a.article) && has_nisba_ending(a, p.stem);
}

}  // namespace actorgraph::extract
