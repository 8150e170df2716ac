// The three relation types shared by extraction and graphs.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace actorgraph {

enum class Relation : int { support = 0, conflict = 1, negotiation = 2 };

inline constexpr std::size_t relation_count = 3;
inline constexpr std::array<Relation, relation_count> all_relations{
    Relation::support, Relation::conflict, Relation::negotiation};

constexpr std::string_view relation_name(Relation r) {
    switch (r) {
    case Relation::support: return "support";
    case Relation::conflict: return "conflict";
    case Relation::negotiation: return "negotiation";
    }
    return "support";
}

inline std::optional<Relation> parse_relation(std::string_view name) {
    for (Relation r : all_relations)
        if (relation_name(r) == name) return r;
    return std::nullopt;
}

// Only support is directed; conflict and negotiation are symmetric relations.
constexpr bool relation_is_directed(Relation r) { return r == Relation::support; }

}  // namespace actorgraph
