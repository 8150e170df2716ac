#include "engine/query/actor_resolver.hpp"

#include <algorithm>
#include <map>

#include "common/error.hpp"
#include "extract/text/normalizer.hpp"

namespace actorgraph::engine {

namespace {

using graphs::Graph;
using graphs::Vertex;

std::string lower_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string name_key(const std::string& name) { return lower_ascii(extract::normalize_form(name)); }

std::vector<std::int32_t> code_points(const std::string& text) {
    std::vector<std::int32_t> points;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        std::int32_t point = 0;
        for (std::size_t k = 0; k < length && i + k < text.size(); ++k)
            point = point * 256 + static_cast<unsigned char>(text[i + k]);
        points.push_back(point);
        i += length;
    }
    return points;
}

// Levenshtein distance over code points; O(|a| |b|).
std::size_t edit_distance(const std::string& a_text, const std::string& b_text) {
    const auto a = code_points(a_text), b = code_points(b_text);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

ActorResolver::ActorResolver(const Analysis& analysis, const extract::Lexicon* lexicon) : analysis_(analysis) {
    const Graph& g = analysis.graph.graph;
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        for (const std::string& name : {g[v].id, g[v].label_en, g[v].label_ar})
            if (!name.empty()) names_.emplace_back(name_key(name), v);
    }
    if (lexicon) {
        // A lexicon entry names the graph's actor it rolls up to (or is).
        for (const extract::ActorEntry& entry : lexicon->actors()) {
            auto it = analysis.graph.index.find(entry.id);
            if (it == analysis.graph.index.end()) it = analysis.graph.index.find(lexicon->top_level(entry.id));
            if (it == analysis.graph.index.end()) continue;
            for (const std::string& form : entry.forms) names_.emplace_back(name_key(form), it->second);
            for (const std::string& name : {entry.id, entry.label_en, entry.label_ar})
                if (!name.empty()) names_.emplace_back(name_key(name), it->second);
        }
    }
    std::sort(names_.begin(), names_.end());
    names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
}

graphs::Vertex ActorResolver::resolve(const std::string& name) const {
    const std::string key = name_key(name);
    const auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(key, Vertex{0}));
    if (it != names_.end() && it->first == key) return it->second;
    // Suggest the closest actors: edit distance to any of their names.
    const Graph& g = analysis_.graph.graph;
    std::vector<std::pair<std::size_t, std::string>> scored;
    std::map<Vertex, std::size_t> best;
    for (const auto& [candidate, v] : names_) {
        const std::size_t distance = edit_distance(key, candidate);
        auto [slot, inserted] = best.try_emplace(v, distance);
        if (!inserted) slot->second = std::min(slot->second, distance);
    }
    for (const auto& [v, distance] : best) scored.emplace_back(distance, g[v].id);
    std::sort(scored.begin(), scored.end());
    std::string suggestions;
    for (std::size_t i = 0; i < scored.size() && i < 5; ++i)
        suggestions += (i ? ", " : "") + scored[i].second;
    throw Error("unknown actor '" + name + "'" +
                (suggestions.empty() ? std::string(" (the graph has no actors)") : " (closest: " + suggestions + ")"));
}

}  // namespace actorgraph::engine
