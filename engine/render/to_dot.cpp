// The styled DOT text of an actor graph (conventions in render.hpp).
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

#include "common/error.hpp"
#include "engine/formats/cluster_numbers.hpp"
#include "engine/formats/cluster_palette.hpp"
#include "engine/formats/text_escape.hpp"
#include "engine/render/image_words.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {
namespace {

constexpr const char* latin_font = "Noto Sans";
constexpr const char* arabic_font = "Noto Sans Arabic";

constexpr std::size_t palette_size = cluster_fills.size();  // engine/formats/cluster_palette.hpp

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

double size_value(const graphs::Metrics& metrics, graphs::Vertex v, const std::string& metric) {
    const double x = metrics.actor_values[v].at(metric);
    return std::isfinite(x) ? x : 0.0;
}

// One legend row: its items on one line of a single cell (a nested table
// would stretch to the label's width), reversed for a right-to-left
// language so the row reads from the right.
std::string legend_row(std::vector<std::string> items, const ImageWords& words) {
    if (words.right_to_left) std::reverse(items.begin(), items.end());
    std::string out = std::string("<tr><td align=\"") + (words.right_to_left ? "right" : "left") + "\">";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? " " : "") + items[i];
    return out + "</td></tr>";
}

struct AllianceKey {
    int id;
    std::size_t colour;
    std::string names;
};

// The title, caption and legend as the graph's HTML-like label, so they take
// part in no layout and work with every engine. Without boxes the legend
// lists the alliances by colour.
std::string legend_label(const RenderOptions& options, const std::string& filters,
                         const std::vector<AllianceKey>& alliance_key) {
    const ImageWords& words = image_words(options.labels);
    const char* align = words.right_to_left ? "right" : "left";
    const std::string font = words.right_to_left ? arabic_font : latin_font;
    std::ostringstream out;
    out << "<<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">";
    std::string title = options.title;
    if (title.empty())
        title = std::string(words.title) + (options.caption.input.empty() ? "" : ": " + options.caption.input);
    out << "<tr><td align=\"" << align << "\"><font face=\"" << font << "\" point-size=\"22\"><b>" << xml_escape(title)
        << "</b></font></td></tr>";
    std::vector<std::string> caption;
    if (options.caption.articles > 0)
        caption.push_back(std::to_string(options.caption.articles) + " " + words.articles);
    if (!options.caption.first_date.empty())
        caption.push_back(options.caption.first_date == options.caption.last_date
                              ? options.caption.first_date
                              : options.caption.first_date + " – " + options.caption.last_date);
    for (const std::string& filter : options.caption.filters) caption.push_back(filter);
    if (!filters.empty()) caption.push_back(filters);
    if (!caption.empty()) {
        std::string line;
        for (const std::string& part : caption) line += (line.empty() ? "" : " · ") + part;
        out << "<tr><td align=\"" << align << "\"><font face=\"" << font << "\" point-size=\"15\">" << xml_escape(line)
            << "</font></td></tr>";
    }
    const char* samples[relation_count] = {"&#8212;&#8212;&gt;", "&#8212;&#8212;&#8212;", "- - - -", "- - - &gt;"};
    std::vector<std::string> relations;
    for (Relation r : all_relations) {
        const int i = static_cast<int>(r);
        relations.push_back(std::string("<font point-size=\"15\" color=\"") + relation_styles[i].colour + "\"><b>" +
                            samples[i] + "</b></font>");
        relations.push_back("<font face=\"" + font + "\" point-size=\"15\">" + xml_escape(words.relation[i]) + "   </font>");
    }
    if (words.right_to_left)  // keep each sample before its word when the row is reversed
        for (std::size_t i = 0; i + 1 < relations.size(); i += 2) std::swap(relations[i], relations[i + 1]);
    out << legend_row(relations, words);
    out << "<tr><td align=\"" << align << "\"><font face=\"" << font << "\" point-size=\"15\">"
        << xml_escape(std::string(words.node_size) + ": " + options.size_metric + words.list_separator +
                      words.colour_alliance + words.list_separator + words.line_width)
        << "</font></td></tr>";
    for (const AllianceKey& key : alliance_key) {
        std::vector<std::string> cells = {
            std::string("<font point-size=\"20\" color=\"") + cluster_borders[key.colour] + "\">&#9632;</font>",
            "<font face=\"" + font + "\" point-size=\"14\">" + xml_escape(key.names) + "</font>"};
        out << legend_row(cells, words);
    }
    out << "</table>>";
    return out.str();
}

// "Alliance 3: A, B, C, +4" with the drawn members' labels (at most four).
std::string alliance_caption(const graphs::ActorGraph& graph, int id, const std::vector<graphs::Vertex>& drawn,
                             std::size_t total, const ImageWords& words, LabelLanguage labels) {
    const LabelLanguage language = labels == LabelLanguage::ar ? LabelLanguage::ar : LabelLanguage::en;
    std::string names;
    std::size_t shown = 0;
    for (graphs::Vertex v : drawn) {
        if (shown == 4) break;
        names += (shown++ ? words.list_separator : "") + actor_label(graph.graph[v], language);
    }
    if (total > shown) names += std::string(words.list_separator) + "+" + std::to_string(total - shown);
    return std::string(words.alliance) + " " + std::to_string(displayed_cluster(id)) + ": " + names;
}

}  // namespace

DrawnActors drawn_actors(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options) {
    check_metrics(graph, metrics, options);
    const graphs::Graph& g = graph.graph;
    const std::size_t n = graph.actor_count();
    DrawnActors drawn;
    drawn.vertices.resize(n);
    for (std::size_t v = 0; v < n; ++v) drawn.vertices[v] = v;
    std::sort(drawn.vertices.begin(), drawn.vertices.end(), [&](graphs::Vertex a, graphs::Vertex b) {
        const double x = size_value(metrics, a, options.size_metric), y = size_value(metrics, b, options.size_metric);
        return x != y ? x > y : g[a].id < g[b].id;
    });
    std::size_t keep = n;
    if (options.draw_top) {
        keep = std::min(n, *options.draw_top);
    } else if (options.draw_min_weight <= 0.0 && n > default_draw_top) {
        keep = default_draw_top;
        drawn.default_cut = true;
    }
    drawn.vertices.resize(keep);
    if (options.draw_min_weight > 0.0) {  // actors left without a drawn tie are not drawn
        std::vector<bool> in(n, false), tied(n, false);
        for (graphs::Vertex v : drawn.vertices) in[v] = true;
        for (const Line& line : collect_lines(g))
            if (in[line.from] && in[line.to] && line.weight >= options.draw_min_weight) tied[line.from] = tied[line.to] = true;
        drawn.vertices.erase(std::remove_if(drawn.vertices.begin(), drawn.vertices.end(),
                                            [&](graphs::Vertex v) { return !tied[v]; }),
                             drawn.vertices.end());
    }
    return drawn;
}

std::string chosen_layout(const RenderOptions& options, std::size_t drawn) {
    if (options.layout != "auto") return options.layout;
    return drawn <= dot_layout_limit ? "dot" : "sfdp";
}

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
    const DrawnActors drawn = drawn_actors(graph, metrics, options);
    const graphs::Graph& g = graph.graph;
    const std::size_t n = graph.actor_count();
    const std::string layout = chosen_layout(options, drawn.vertices.size());
    const bool boxes = layout == "dot" || layout == "fdp";
    const ImageWords& words = image_words(options.labels);
    std::vector<bool> is_drawn(n, false);
    for (graphs::Vertex v : drawn.vertices) is_drawn[v] = true;

    // Node size: min-max scaled metric over the drawn actors; all-equal
    // values give the middle size.
    std::vector<double> scale(n, 0.5);
    if (!drawn.vertices.empty()) {
        double lo = size_value(metrics, drawn.vertices.front(), options.size_metric), hi = lo;
        for (graphs::Vertex v : drawn.vertices) {
            lo = std::min(lo, size_value(metrics, v, options.size_metric));
            hi = std::max(hi, size_value(metrics, v, options.size_metric));
        }
        if (hi > lo)
            for (graphs::Vertex v : drawn.vertices) scale[v] = (size_value(metrics, v, options.size_metric) - lo) / (hi - lo);
    }

    // Clusters of two or more actors (in the whole graph) with a drawn
    // member get a palette colour, in cluster-id order (so ten drawn
    // alliances have ten colours); others stay grey. Members in id order.
    std::map<int, std::vector<graphs::Vertex>> members;
    if (!metrics.cluster.empty())
        for (graphs::Vertex v = 0; v < n; ++v) members[metrics.cluster[v]].push_back(v);
    std::map<int, std::size_t> colour_of;
    for (const auto& [id, list] : members)
        if (list.size() >= 2 && std::any_of(list.begin(), list.end(), [&](graphs::Vertex v) { return is_drawn[v]; }))
            colour_of.emplace(id, colour_of.size() % palette_size);
    std::map<int, std::vector<graphs::Vertex>> drawn_members;  // by the size metric, as drawn
    for (graphs::Vertex v : drawn.vertices)
        if (!metrics.cluster.empty() && colour_of.count(metrics.cluster[v])) drawn_members[metrics.cluster[v]].push_back(v);
    std::vector<AllianceKey> alliance_key;
    if (!boxes)
        for (const auto& [id, list] : drawn_members)
            alliance_key.push_back({id, colour_of.at(id),
                                    alliance_caption(graph, id, list, members.at(id).size(), words, options.labels)});

    std::string filters;
    if (drawn.vertices.size() < n && (options.draw_top || drawn.default_cut))
        filters = fill_words(words.top_of, {{"N", std::to_string(drawn.vertices.size())},
                                            {"TOTAL", std::to_string(n)},
                                            {"METRIC", options.size_metric}});
    if (drawn.default_cut)
        filters += std::string(" ") + fill_words(words.default_cut, {{"N", std::to_string(default_draw_top)}});
    if (options.draw_min_weight > 0.0)
        filters += (filters.empty() ? "" : std::string(words.list_separator)) +
                   fill_words(words.min_weight, {{"X", format_number(options.draw_min_weight)}});

    const std::string font = node_font(options.labels);
    const double inches = options.width / 96.0;
    std::ostringstream out;
    out << "digraph \"actorgraph\" {\n"
        << "  graph [layout=" << layout << ", charset=\"UTF-8\", fontname=\"" << latin_font << "\", fontsize=14, label="
        << legend_label(options, filters, alliance_key)
        << ", labelloc=t, labeljust=" << (words.right_to_left ? "r" : "l")
        << ", outputorder=edgesfirst, overlap=prism, overlap_scaling=-4, splines=true, sep=\"+10\", esep=\"+4\", "
           // size: at most --width pixels wide (PNG at cairo's 96 dpi; SVG in points, 1.33 px each; no dpi
           // attribute: Graphviz 2.43 mis-scales SVG with one). A larger drawing is
           // scaled down; a tall one may be up to four widths high.
           "start=1, pad=0.3, nodesep=0.4, ranksep=0.7, size=\""
        << format_fixed(inches, 3) << "," << format_fixed(4 * inches, 3) << "\"];\n"
        // Rounded boxes, not ellipses: a label fits a box more tightly, and the spline
        // router's obstacle for a box has 4 corners against an ellipse's 8, which makes
        // routing around 30 actors three times faster (1.6 s -> 0.55 s for the ANT graph).
        << "  node [shape=box, style=\"rounded,filled\", fontname=\"" << font
        << "\", penwidth=1.4, margin=\"0.12,0.06\"];\n"
        << "  edge [arrowsize=0.9];\n";

    auto write_node = [&](graphs::Vertex v, const std::string& indent) {
        const graphs::Actor& actor = g[v];
        auto colour = metrics.cluster.empty() ? colour_of.end() : colour_of.find(metrics.cluster[v]);
        bool coloured = colour != colour_of.end();
        double t = scale[v];
        std::string tooltip = actor_label(actor, LabelLanguage::both) + "\n" + options.size_metric + ": " +
                              format_number(metrics.actor_values[v].at(options.size_metric));
        out << indent << "\"n" << v << "\" [id=" << dot_quote("actor-" + actor.id)
            << ", label=" << dot_quote(actor_label(actor, options.labels)) << ", width=" << format_fixed(0.9 + 1.1 * t, 2)
            << ", height=" << format_fixed(0.5 + 0.5 * t, 2) << ", fontsize=" << format_fixed(14.0 + 10.0 * t, 2)
            << ", fillcolor=\"" << (coloured ? cluster_fills[colour->second] : lone_fill) << "\", color=\""
            << (coloured ? cluster_borders[colour->second] : lone_border) << "\", tooltip=" << dot_quote(tooltip)
            << "];\n";
    };

    std::vector<bool> written(n, false);
    if (boxes)
        for (const auto& [id, list] : drawn_members) {
            if (list.size() < 2) continue;
            const std::size_t colour = colour_of.at(id);
            const std::string caption = alliance_caption(graph, id, list, members.at(id).size(), words, options.labels);
            out << "  subgraph \"cluster_alliance_" << id << "\" {\n"
                << "    graph [id=\"alliance-" << displayed_cluster(id) << "\", label=" << dot_quote(caption) << ", fontname=\""
                << (words.right_to_left ? arabic_font : latin_font) << "\", fontsize=15, labelloc=t, labeljust="
                << (words.right_to_left ? "r" : "l") << ", style=\"rounded,filled\", color=\"" << cluster_borders[colour]
                << "\", fillcolor=\"" << cluster_fills[colour] << "40\"];\n";
            std::vector<graphs::Vertex> sorted = list;
            std::sort(sorted.begin(), sorted.end());  // DOT in vertex order, as before
            for (graphs::Vertex v : sorted) {
                write_node(v, "    ");
                written[v] = true;
            }
            out << "  }\n";
        }
    for (graphs::Vertex v = 0; v < n; ++v)
        if (is_drawn[v] && !written[v]) write_node(v, "  ");

    std::vector<Line> lines = collect_lines(g);
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const Line& line) {
                                   return !is_drawn[line.from] || !is_drawn[line.to] ||
                                          line.weight < options.draw_min_weight;
                               }),
                lines.end());
    double heaviest = 0.0;
    for (const Line& line : lines) heaviest = std::max(heaviest, line.weight);
    for (const Line& line : lines) {
        const RelationStyle& style = relation_styles[static_cast<int>(line.relation)];
        double width = heaviest > 0 ? 1.2 + 4.8 * std::sqrt(std::max(line.weight, 0.0) / heaviest) : 1.2;
        bool directed = relation_is_directed(line.relation);
        const std::string relation(relation_name(line.relation));
        std::string tooltip = actor_label(g[line.from], LabelLanguage::en) + (directed ? " -> " : " -- ") +
                              actor_label(g[line.to], LabelLanguage::en) + ": " + relation + ", weight " +
                              format_number(line.weight) + ", " + std::to_string(line.mentions) +
                              " mentions in " + std::to_string(line.documents) + " documents";
        out << "  \"n" << line.from << "\" -> \"n" << line.to << "\" [id="
            << dot_quote(tie_id(g[line.from].id, g[line.to].id, line.relation)) << ", color=\"" << style.colour
            << "\", style=" << style.style << ", penwidth=" << format_fixed(width, 2)
            << ", dir=" << (directed ? "forward" : "none") << ", tooltip=" << dot_quote(tooltip) << "];\n";
    }
    out << "}\n";
    return out.str();
}

std::string tie_id(const std::string& from, const std::string& to, Relation relation) {
    return "tie-" + from + "--" + to + "--" + std::string(relation_name(relation));
}

}  // namespace actorgraph::engine
