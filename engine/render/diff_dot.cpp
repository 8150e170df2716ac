#include "engine/render/diff_dot.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

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

// ColorBrewer PuOr's purple end and BrBG's brown end, light to dark: hues
// the main image does not use (its support green, conflict red, negotiation
// blue, criticism orange), told apart with colour-blindness too.
constexpr const char* gained_shades[] = {"#b2abd2", "#8073ac", "#542788"};
constexpr const char* lost_shades[] = {"#dfc27d", "#bf812d", "#8c510a"};

struct RelationLine {
    const char* style;
    const char* head;
    const char* tail;  // "" for none
    const char* sample;  // the legend's picture of the line
};

// Hostility dashed, talks dotted, support solid; the end tells the rest.
RelationLine relation_line(Relation r) {
    switch (r) {
    case Relation::support: return {"solid", "normal", "", "&#8212;&#8212;&#8212;&gt;"};
    case Relation::conflict: return {"dashed", "tee", "tee", "|- - - -| (bars)"};
    case Relation::negotiation: return {"dotted", "none", "", "&#183;&#183;&#183;&#183;&#183;&#183;&#183;"};
    case Relation::criticism: return {"dashed", "onormal", "", "- - - -&gt; (hollow head)"};
    }
    return {"solid", "none", "", ""};
}

struct Line {
    LineKey key;
    Side before, after;
    double change() const { return after.weight - before.weight; }
};

const char* change_name(const Line& line) {
    if (!line.before.present) return "new";
    if (!line.after.present) return "vanished";
    return line.change() > 0 ? "stronger" : "weaker";
}

// "+3", "-16", "+0.5": the change as the line's label.
std::string signed_change(double change) {
    const std::string text = format_number(std::round(std::fabs(change) * 100.0) / 100.0);
    return (change > 0 ? "+" : "-") + text;
}

}  // namespace

std::string diff_to_dot(const graphs::ActorGraph& before, const graphs::ActorGraph& after, LabelLanguage labels,
                        std::size_t draw_top, double tolerance) {
    std::map<std::string, std::pair<const graphs::Actor*, const graphs::Actor*>> actors;
    for (const auto& [id, v] : before.index) actors[id].first = &before.graph[v];
    for (const auto& [id, v] : after.index) actors[id].second = &after.graph[v];
    std::map<LineKey, std::pair<Side, Side>> collected;
    collect(before, collected, false);
    collect(after, collected, true);

    // The changed lines, largest change first; the first draw_top are drawn.
    std::vector<Line> changed;
    for (const auto& [key, sides] : collected) {
        const Line line{key, sides.first, sides.second};
        const bool appeared_or_vanished = line.before.present != line.after.present;
        if (appeared_or_vanished || std::fabs(line.change()) > tolerance) changed.push_back(line);
    }
    std::sort(changed.begin(), changed.end(), [](const Line& a, const Line& b) {
        const double x = std::fabs(a.change()), y = std::fabs(b.change());
        return x != y ? x > y : a.key < b.key;
    });
    const std::size_t total = changed.size();
    if (changed.size() > draw_top) changed.resize(draw_top);
    std::set<std::string> drawn_actors;
    for (const Line& line : changed) {
        drawn_actors.insert(std::get<0>(line.key));
        drawn_actors.insert(std::get<1>(line.key));
    }
    double largest = 0.0;
    for (const Line& line : changed) largest = std::max(largest, std::fabs(line.change()));

    const bool arabic = labels != LabelLanguage::en;
    std::ostringstream out;
    out << "digraph \"actorgraph_diff\" {\n"
        << "  graph [charset=\"UTF-8\", fontname=\"Noto Sans\", fontsize=11, overlap=false, splines=true, "
           "outputorder=edgesfirst, pad=0.3, nodesep=0.35, ranksep=0.6, labelloc=b, labeljust=l, label=<"
        << "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"1\">"
        << "<tr><td align=\"left\"><b>"
        << (total == changed.size() ? "All " + std::to_string(total) + (total == 1 ? " changed tie" : " changed ties")
                                    : "The " + std::to_string(changed.size()) + " largest of " +
                                          std::to_string(total) + " changed ties")
        << "</b> (compare.json lists every change)</td></tr>"
        << "<tr><td align=\"left\"><font color=\"" << gained_shades[2] << "\"><b>&#8212;&#8212;&#8212;</b></font> gained "
        << "(new or stronger)   <font color=\"" << lost_shades[2] << "\"><b>&#8212;&#8212;&#8212;</b></font> lost "
        << "(weaker or vanished); darker and wider: a larger change, written on the line</td></tr>";
    for (Relation r : all_relations) {
        const RelationLine line = relation_line(r);
        out << "<tr><td align=\"left\"><b>" << line.sample << "</b>  " << relation_name(r)
            << (relation_is_directed(r) ? " (directed)" : "") << "</td></tr>";
    }
    out << "<tr><td align=\"left\">dashed actor: only before; bold actor: only after</td></tr></table>>];\n"
        << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\""
        << (arabic ? "Noto Sans Arabic" : "Noto Sans") << "\"];\n"
        << "  edge [fontname=\"Noto Sans\", fontsize=10];\n";
    for (const auto& [id, pair] : actors) {
        if (!drawn_actors.count(id)) continue;
        const graphs::Actor& actor = pair.second ? *pair.second : *pair.first;
        const char* style = !pair.second ? "\"rounded,filled,dashed\"" : !pair.first ? "\"rounded,filled,bold\"" : "\"rounded,filled\"";
        out << "  " << dot_quote(id) << " [label=" << dot_quote(actor_label(actor, labels)) << ", style=" << style
            << ", id=" << dot_quote("actor-" + id) << "];\n";
    }
    for (const Line& line : changed) {
        const auto& [from, to, relation_index] = line.key;
        const Relation relation = static_cast<Relation>(relation_index);
        const double change = line.change();
        const double share = largest > 0 ? std::fabs(change) / largest : 1.0;
        const std::size_t shade = share > 2.0 / 3.0 ? 2 : share > 1.0 / 3.0 ? 1 : 0;
        const char* colour = change > 0 ? gained_shades[shade] : lost_shades[shade];
        const char* label_colour = change > 0 ? gained_shades[2] : lost_shades[2];  // the light shades are hard to read
        const double width = 1.0 + 4.0 * std::sqrt(share);
        const RelationLine style = relation_line(relation);
        const std::string tooltip = from + (relation_is_directed(relation) ? " -> " : " -- ") + to + ": " +
                                    std::string(relation_name(relation)) + " " + change_name(line) + ", weight " +
                                    format_number(line.before.weight) + " -> " + format_number(line.after.weight);
        out << "  " << dot_quote(from) << " -> " << dot_quote(to) << " [color=\"" << colour
            << "\", fontcolor=\"" << label_colour << "\", style=" << style.style << ", penwidth=" << format_fixed(width, 2)
            << ", arrowhead=" << style.head;
        if (*style.tail) out << ", dir=both, arrowtail=" << style.tail;
        out << ", label=" << dot_quote(signed_change(change)) << ", tooltip=" << dot_quote(tooltip) << "];\n";
    }
    out << "}\n";
    return out.str();
}

}  // namespace actorgraph::engine
