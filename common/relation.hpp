// The four relation types shared by extraction and graphs.
//
// Criticism is verbal hostility (condemning, accusing, sanctioning, expelling
// diplomats, trade wars); conflict is force or the threat of force. They are
// separate layers: nothing counts criticism as conflict.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace actorgraph {

enum class Relation : int { support = 0, conflict = 1, negotiation = 2, criticism = 3 };

inline constexpr std::size_t relation_count = 4;
inline constexpr std::array<Relation, relation_count> all_relations{
    Relation::support, Relation::conflict, Relation::negotiation, Relation::criticism};

constexpr std::string_view relation_name(Relation r) {
    switch (r) {
    case Relation::support: return "support";
    case Relation::conflict: return "conflict";
    case Relation::negotiation: return "negotiation";
    case Relation::criticism: return "criticism";
    }
    return "support";
}

inline std::optional<Relation> parse_relation(std::string_view name) {
    for (Relation r : all_relations)
        if (relation_name(r) == name) return r;
    return std::nullopt;
}

// "support, conflict, negotiation or criticism": the valid names, for the
// messages that reject an unknown one.
inline std::string relation_name_list() {
    std::string list;
    for (std::size_t i = 0; i < relation_count; ++i)
        list += (i == 0 ? "" : i + 1 == relation_count ? " or " : ", ") + std::string(relation_name(all_relations[i]));
    return list;
}

// Support and criticism are directed (source backs / criticises target);
// conflict and negotiation are symmetric relations.
constexpr bool relation_is_directed(Relation r) { return r == Relation::support || r == Relation::criticism; }

}  // namespace actorgraph
