// The styled DOT text of an actor graph (conventions in render.hpp).
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

#include "common/error.hpp"
#include "engine/formats/text_escape.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {
namespace {

constexpr const char* latin_font = "Noto Sans";
constexpr const char* arabic_font = "Noto Sans Arabic";

// Okabe-Ito-like colour-blind-safe fills, light enough for black text.
constexpr const char* cluster_fills[] = {"#9ecae1", "#fdae6b", "#a1d99b", "#dadaeb", "#fdd0a2",
                                         "#c7e9c0", "#fcbba1", "#bcbddc", "#d9d9d9", "#f7e49c"};
constexpr const char* cluster_borders[] = {"#3182bd", "#e6550d", "#31a354", "#756bb1", "#fd8d3c",
                                           "#74c476", "#de2d26", "#9e9ac8", "#737373", "#bfa100"};
constexpr std::size_t palette_size = std::size(cluster_fills);
constexpr const char* lone_fill = "#eeeeee";
constexpr const char* lone_border = "#9e9e9e";

struct RelationStyle {
    const char* colour;
    const char* style;
};
constexpr RelationStyle relation_styles[relation_count] = {
    {"#2e7d32", "solid"},   // support
    {"#c62828", "solid"},   // conflict
    {"#1565c0", "dashed"},  // negotiation
    {"#ef6c00", "dashed"},  // criticism: orange, dashed like the other words-only relation, with an arrowhead
};

// One drawn line: a directed relation (support, criticism) keeps its
// direction; a symmetric relation is keyed by the ordered vertex pair (lower
// index first).
struct Line {
    graphs::Vertex from;
    graphs::Vertex to;
    Relation relation;
    double weight = 0.0;
    std::size_t mentions = 0;
    std::size_t documents = 0;
};

std::vector<Line> collect_lines(const graphs::Graph& g) {
    std::map<std::tuple<graphs::Vertex, graphs::Vertex, int>, Line> lines;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        graphs::Vertex u = boost::source(*e, g), v = boost::target(*e, g);
        if (u == v) continue;
        const graphs::Tie& tie = g[*e];
        for (Relation r : all_relations) {
            const graphs::RelationStats& stats = tie[r];
            if (!stats.present()) continue;
            graphs::Vertex a = u, b = v;
            if (!relation_is_directed(r) && b < a) std::swap(a, b);
            Line& line = lines.try_emplace({a, b, static_cast<int>(r)}, Line{a, b, r}).first->second;
            line.weight += stats.weight;
            line.mentions += stats.mentions;
            line.documents += stats.documents;
        }
    }
    std::vector<Line> out;
    out.reserve(lines.size());
    for (auto& [key, line] : lines) out.push_back(line);
    return out;
}

void check_metrics(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options) {
    const std::size_t n = graph.actor_count();
    if (metrics.actor_values.size() != n)
        throw Error("render: metrics cover " + std::to_string(metrics.actor_values.size()) +
                    " actors but the graph has " + std::to_string(n));
    if (!metrics.cluster.empty() && metrics.cluster.size() != n)
        throw Error("render: cluster list covers " + std::to_string(metrics.cluster.size()) +
                    " actors but the graph has " + std::to_string(n));
    if (n > 0 && !metrics.actor_values[0].count(options.size_metric)) {
        throw Error("render: unknown size metric '" + options.size_metric + "' (known: " + graphs::metric_names(metrics) + ")",
                    ExitCode::usage_error);
    }
}

std::string node_font(LabelLanguage labels) {
    return labels == LabelLanguage::en ? latin_font : arabic_font;
}

// The legend (and title) as the graph's HTML-like label, so it takes part
// in no layout and works with every engine.
std::string legend_label(const RenderOptions& options) {
    std::ostringstream out;
    out << "<<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"1\">";
    if (!options.title.empty())
        out << "<tr><td align=\"left\"><font point-size=\"14\"><b>" << xml_escape(options.title)
            << "</b></font></td></tr>";
    const char* samples[relation_count] = {"&#8212;&#8212;&gt;", "&#8212;&#8212;&#8212;", "- - - -", "- - - &gt;"};
    const char* notes[relation_count] = {"support (directed)", "conflict", "negotiation", "criticism (directed)"};
    for (Relation r : all_relations) {
        int i = static_cast<int>(r);
        out << "<tr><td align=\"left\"><font color=\"" << relation_styles[i].colour << "\"><b>" << samples[i]
            << "</b></font>  " << notes[i] << "</td></tr>";
    }
    out << "<tr><td align=\"left\">node size: " << xml_escape(options.size_metric)
        << "; colour: alliance; line width: weight</td></tr>";
    out << "</table>>";
    return out.str();
}

}  // namespace

std::optional<LabelLanguage> parse_label_language(std::string_view name) {
    if (name == "en") return LabelLanguage::en;
    if (name == "ar") return LabelLanguage::ar;
    if (name == "both") return LabelLanguage::both;
    return std::nullopt;
}

std::string actor_label(const graphs::Actor& actor, LabelLanguage language) {
    const std::string& en = actor.label_en.empty() ? (actor.label_ar.empty() ? actor.id : actor.label_ar) : actor.label_en;
    const std::string& ar = actor.label_ar.empty() ? (actor.label_en.empty() ? actor.id : actor.label_en) : actor.label_ar;
    switch (language) {
    case LabelLanguage::en: return en;
    case LabelLanguage::ar: return ar;
    case LabelLanguage::both: return en == ar ? en : en + "\n" + ar;
    }
    return en;
}

std::string to_dot(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options) {
    check_metrics(graph, metrics, options);
    const graphs::Graph& g = graph.graph;
    const std::size_t n = graph.actor_count();

    // Node size: min-max scaled metric; all-equal values give the middle size.
    std::vector<double> scale(n, 0.5);
    if (n > 0) {
        std::vector<double> values(n);
        for (std::size_t v = 0; v < n; ++v) {
            double x = metrics.actor_values[v].at(options.size_metric);
            values[v] = std::isfinite(x) ? x : 0.0;
        }
        auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        if (*hi > *lo)
            for (std::size_t v = 0; v < n; ++v) scale[v] = (values[v] - *lo) / (*hi - *lo);
    }

    // Clusters of two or more actors get a box and a palette colour, in
    // cluster-id order; others stay grey.
    std::map<int, std::vector<graphs::Vertex>> members;
    if (!metrics.cluster.empty())
        for (graphs::Vertex v = 0; v < n; ++v) members[metrics.cluster[v]].push_back(v);
    std::map<int, std::size_t> colour_of;
    for (const auto& [id, list] : members)
        if (list.size() >= 2) colour_of.emplace(id, colour_of.size() % palette_size);

    const std::string font = node_font(options.labels);
    std::ostringstream out;
    out << "digraph \"actorgraph\" {\n"
        << "  graph [charset=\"UTF-8\", fontname=\"" << latin_font << "\", fontsize=11, label="
        << legend_label(options)
        << ", labelloc=b, labeljust=l, outputorder=edgesfirst, overlap=false, splines=true, sep=\"+12\", "
           // size: a drawing larger than 40 x 40 inches is scaled down to fit, which
           // keeps a dense graph's PNG to a few thousand pixels (it costs as much as extraction otherwise).
           "start=1, pad=0.3, nodesep=0.35, ranksep=0.6, size=\"40,40\"];\n"
        << "  node [shape=ellipse, style=filled, fontname=\"" << font
        << "\", penwidth=1.2, margin=\"0.10,0.05\"];\n"
        << "  edge [arrowsize=0.8];\n";

    auto write_node = [&](graphs::Vertex v, const std::string& indent) {
        const graphs::Actor& actor = g[v];
        auto colour = metrics.cluster.empty() ? colour_of.end() : colour_of.find(metrics.cluster[v]);
        bool boxed = colour != colour_of.end();
        double t = scale[v];
        std::string tooltip = actor_label(actor, LabelLanguage::both) + "\n" + options.size_metric + ": " +
                              format_number(metrics.actor_values[v].at(options.size_metric));
        out << indent << "\"n" << v << "\" [id=" << dot_quote("actor-" + actor.id)
            << ", label=" << dot_quote(actor_label(actor, options.labels)) << ", width=" << format_fixed(0.7 + 1.0 * t, 2)
            << ", height=" << format_fixed(0.4 + 0.5 * t, 2) << ", fontsize=" << format_fixed(10.0 + 8.0 * t, 2)
            << ", fillcolor=\"" << (boxed ? cluster_fills[colour->second] : lone_fill) << "\", color=\""
            << (boxed ? cluster_borders[colour->second] : lone_border) << "\", tooltip=" << dot_quote(tooltip)
            << "];\n";
    };

    for (const auto& [id, list] : members) {
        auto colour = colour_of.find(id);
        if (colour == colour_of.end()) continue;
        // Arabic labels get an Arabic caption (Arabic comma), so the whole
        // caption is one right-to-left paragraph instead of mixed text.
        const bool arabic = options.labels == LabelLanguage::ar;
        const std::string separator = arabic ? "، " : ", ";
        std::string names;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i == 4) {
                names += separator + "+" + std::to_string(list.size() - 4);
                break;
            }
            names += (i ? separator : "") + actor_label(g[list[i]], arabic ? LabelLanguage::ar : LabelLanguage::en);
        }
        // Numbered like Metrics::clusters (id + 1), as in the summary and report.
        const std::string number = std::to_string(id + 1);
        const std::string caption = arabic ? "التحالف " /* "Alliance" */ + number + ": " + names
                                           : "Alliance " + number + ": " + names;
        out << "  subgraph \"cluster_alliance_" << id << "\" {\n"
            << "    graph [label=" << dot_quote(caption)
            << ", fontname=\"" << (arabic ? arabic_font : latin_font) << "\", fontsize=12, labelloc=t, labeljust=" << (arabic ? "r" : "l") << ", style=\"rounded,filled\", color=\""
            << cluster_borders[colour->second] << "\", fillcolor=\"" << cluster_fills[colour->second]
            << "40\"];\n";
        for (graphs::Vertex v : list) write_node(v, "    ");
        out << "  }\n";
    }
    for (graphs::Vertex v = 0; v < n; ++v)
        if (metrics.cluster.empty() || !colour_of.count(metrics.cluster[v])) write_node(v, "  ");

    std::vector<Line> lines = collect_lines(g);
    double heaviest = 0.0;
    for (const Line& line : lines) heaviest = std::max(heaviest, line.weight);
    for (const Line& line : lines) {
        const RelationStyle& style = relation_styles[static_cast<int>(line.relation)];
        double width = heaviest > 0 ? 1.0 + 4.0 * std::sqrt(std::max(line.weight, 0.0) / heaviest) : 1.0;
        bool directed = relation_is_directed(line.relation);
        std::string tooltip = actor_label(g[line.from], LabelLanguage::en) + (directed ? " -> " : " -- ") +
                              actor_label(g[line.to], LabelLanguage::en) + ": " +
                              std::string(relation_name(line.relation)) + ", weight " +
                              format_number(line.weight) + ", " + std::to_string(line.mentions) +
                              " mentions in " + std::to_string(line.documents) + " documents";
        out << "  \"n" << line.from << "\" -> \"n" << line.to << "\" [color=\"" << style.colour
            << "\", style=" << style.style << ", penwidth=" << format_fixed(width, 2)
            << ", dir=" << (directed ? "forward" : "none") << ", tooltip=" << dot_quote(tooltip) << "];\n";
    }
    out << "}\n";
    return out.str();
}

}  // namespace actorgraph::engine
