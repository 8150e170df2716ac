#include "engine/render/diff_dot.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

#include "engine/formats/text_escape.hpp"

namespace actorgraph::engine {

namespace {

struct Side {
    double weight = 0.0;
    bool present = false;
};

// (from id, to id, relation) with symmetric relations keyed lower id first,
// as the actor graph image draws them.
using LineKey = std::tuple<std::string, std::string, int>;

void collect(const graphs::ActorGraph& graph, std::map<LineKey, std::pair<Side, Side>>& lines, bool after) {
    const graphs::Graph& g = graph.graph;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        std::string from = g[boost::source(*e, g)].id, to = g[boost::target(*e, g)].id;
        for (Relation r : all_relations) {
            const graphs::RelationStats& stats = g[*e][r];
            if (!stats.present()) continue;
            std::string a = from, b = to;
            if (!relation_is_directed(r) && b < a) std::swap(a, b);
            auto& pair = lines[{a, b, static_cast<int>(r)}];
            Side& side = after ? pair.second : pair.first;
            side.weight += stats.weight;
            side.present = true;
        }
    }
}

struct ChangeStyle {
    const char* colour;
    const char* name;
};
constexpr ChangeStyle added{"#2e7d32", "new"}, vanished{"#9e9e9e", "vanished"},
    strengthened{"#1565c0", "strengthened"}, weakened{"#ef6c00", "weakened"}, unchanged{"#d0d0d0", "unchanged"};

// The relation is told by the line's end (colour tells the change): support
// an arrow, criticism a hollow arrow (both directed), conflict a bar.
const char* relation_arrow(Relation r) {
    switch (r) {
    case Relation::support: return "normal";
    case Relation::conflict: return "tee";
    case Relation::negotiation: return "none";
    case Relation::criticism: return "onormal";
    }
    return "none";
}

const ChangeStyle& classify(const Side& before, const Side& after, double tolerance) {
    if (!before.present) return added;
    if (!after.present) return vanished;
    if (after.weight > before.weight + tolerance) return strengthened;
    if (after.weight < before.weight - tolerance) return weakened;
    return unchanged;
}

}  // namespace

std::string diff_to_dot(const graphs::ActorGraph& before, const graphs::ActorGraph& after, LabelLanguage labels, double tolerance) {
    std::map<std::string, std::pair<const graphs::Actor*, const graphs::Actor*>> actors;
    for (const auto& [id, v] : before.index) actors[id].first = &before.graph[v];
    for (const auto& [id, v] : after.index) actors[id].second = &after.graph[v];
    std::map<LineKey, std::pair<Side, Side>> lines;
    collect(before, lines, false);
    collect(after, lines, true);

    const bool arabic = labels != LabelLanguage::en;
    std::ostringstream out;
    out << "digraph \"actorgraph_diff\" {\n"
        << "  graph [charset=\"UTF-8\", fontname=\"Noto Sans\", fontsize=11, overlap=false, splines=true, "
           "outputorder=edgesfirst, pad=0.3, nodesep=0.35, ranksep=0.6, labelloc=b, labeljust=l, label=<"
        << "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"1\">";
    for (const ChangeStyle* style : {&added, &vanished, &strengthened, &weakened, &unchanged})
        out << "<tr><td align=\"left\"><font color=\"" << style->colour << "\"><b>&#8212;&#8212;&#8212;</b></font>  "
            << style->name << "</td></tr>";
    out << "<tr><td align=\"left\">arrow: support; bar: conflict; dotted: negotiation; hollow arrow: criticism; "
           "dashed node: only before; "
           "bold node: only after</td></tr></table>>];\n"
        << "  node [shape=ellipse, style=filled, fillcolor=\"#f5f5f5\", fontname=\""
        << (arabic ? "Noto Sans Arabic" : "Noto Sans") << "\"];\n";
    for (const auto& [id, pair] : actors) {
        const graphs::Actor& actor = pair.second ? *pair.second : *pair.first;
        const char* style = !pair.second ? "\"filled,dashed\"" : !pair.first ? "\"filled,bold\"" : "filled";
        out << "  " << dot_quote(id) << " [label=" << dot_quote(actor_label(actor, labels)) << ", style=" << style
            << ", id=" << dot_quote("actor-" + id) << "];\n";
    }
    double heaviest = 0.0;
    for (const auto& [key, sides] : lines)
        heaviest = std::max({heaviest, sides.first.weight, sides.second.weight});
    for (const auto& [key, sides] : lines) {
        const auto& [from, to, relation_index] = key;
        const Relation relation = static_cast<Relation>(relation_index);
        const ChangeStyle& change = classify(sides.first, sides.second, tolerance);
        const double weight = std::max(sides.first.weight, sides.second.weight);
        const double width = heaviest > 0 ? 1.0 + 4.0 * std::sqrt(std::max(weight, 0.0) / heaviest) : 1.0;
        const char* arrow = relation_arrow(relation);
        std::string style = relation == Relation::negotiation ? "dotted" : "solid";
        if (&change == &vanished) style = "dashed";
        const std::string tooltip = from + (relation_is_directed(relation) ? " -> " : " -- ") + to + ": " +
                                    std::string(relation_name(relation)) + " " + change.name + ", weight " +
                                    format_number(sides.first.weight) + " -> " + format_number(sides.second.weight);
        out << "  " << dot_quote(from) << " -> " << dot_quote(to) << " [color=\"" << change.colour
            << "\", style=" << style << ", penwidth=" << format_fixed(width, 2) << ", arrowhead=" << arrow
            << ", tooltip=" << dot_quote(tooltip) << "];\n";
    }
    out << "}\n";
    return out.str();
}

}  // namespace actorgraph::engine
