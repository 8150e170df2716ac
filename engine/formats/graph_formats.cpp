// GraphML, GEXF and CSV exports (graph_formats.hpp).
#include "engine/formats/graph_formats.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

#include "common/error.hpp"
#include "engine/formats/cluster_numbers.hpp"
#include "engine/formats/cluster_palette.hpp"
#include "engine/formats/text_escape.hpp"

namespace actorgraph::engine {
namespace {

// The metric names (shared by every actor) after checking that `metrics`
// describes this graph.
std::vector<std::string> checked_metric_names(const graphs::ActorGraph& graph, const graphs::Metrics& metrics) {
    const std::size_t n = graph.actor_count();
    if (metrics.actor_values.size() != n)
        throw Error("export: metrics cover " + std::to_string(metrics.actor_values.size()) +
                    " actors but the graph has " + std::to_string(n));
    if (!metrics.cluster.empty() && metrics.cluster.size() != n)
        throw Error("export: cluster list covers " + std::to_string(metrics.cluster.size()) +
                    " actors but the graph has " + std::to_string(n));
    if (!metrics.community.empty() && metrics.community.size() != n)
        throw Error("export: community list covers " + std::to_string(metrics.community.size()) +
                    " actors but the graph has " + std::to_string(n));
    std::vector<std::string> names;
    if (n == 0) return names;
    for (const auto& [name, value] : metrics.actor_values[0]) names.push_back(name);
    for (std::size_t v = 1; v < n; ++v) {
        if (metrics.actor_values[v].size() != names.size())
            throw Error("export: actor '" + graph.graph[v].id + "' has " +
                        std::to_string(metrics.actor_values[v].size()) + " metrics, expected " +
                        std::to_string(names.size()));
        for (const std::string& name : names)
            if (!metrics.actor_values[v].count(name))
                throw Error("export: actor '" + graph.graph[v].id + "' has no value for metric '" + name + "'");
    }
    return names;
}

// Numbered from 1 as every file shows them (cluster_numbers.hpp); 0 when the
// cluster/community list is empty (not computed).
int cluster_of(const graphs::Metrics& metrics, std::size_t v) {
    return displayed_cluster(metrics.cluster.empty() ? -1 : metrics.cluster[v]);
}
int community_of(const graphs::Metrics& metrics, std::size_t v) {
    return displayed_cluster(metrics.community.empty() ? -1 : metrics.community[v]);
}

// Edges sorted by (source id, target id).
std::vector<graphs::EdgeRef> sorted_edges(const graphs::ActorGraph& graph) {
    const graphs::Graph& g = graph.graph;
    std::vector<graphs::EdgeRef> edges;
    for (auto [e, end] = boost::edges(g); e != end; ++e) edges.push_back(*e);
    std::sort(edges.begin(), edges.end(), [&](const graphs::EdgeRef& a, const graphs::EdgeRef& b) {
        return std::tie(g[boost::source(a, g)].id, g[boost::target(a, g)].id) <
               std::tie(g[boost::source(b, g)].id, g[boost::target(b, g)].id);
    });
    return edges;
}

std::string attribute(const std::string& name, const std::string& value) {
    return " " + name + "=\"" + xml_escape(value) + "\"";
}

}  // namespace

std::string to_graphml(const graphs::ActorGraph& graph, const graphs::Metrics& metrics) {
    const std::vector<std::string> names = checked_metric_names(graph, metrics);
    const graphs::Graph& g = graph.graph;
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    auto key = [&](const std::string& id, const char* domain, const std::string& name, const char* type) {
        out << "  <key" << attribute("id", id) << " for=\"" << domain << "\"" << attribute("attr.name", name)
            << " attr.type=\"" << type << "\"/>\n";
    };
    key("label_en", "node", "label_en", "string");
    key("label_ar", "node", "label_ar", "string");
    key("mentions", "node", "mentions", "long");
    key("cluster", "node", "cluster", "int");
    key("community", "node", "community", "int");
    for (const std::string& name : names) key("metric_" + name, "node", name, "double");
    for (Relation r : all_relations) {
        const std::string prefix(relation_name(r));
        key(prefix + "_weight", "edge", prefix + "_weight", "double");
        key(prefix + "_mentions", "edge", prefix + "_mentions", "long");
        key(prefix + "_documents", "edge", prefix + "_documents", "long");
    }
    out << "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
    auto data = [&](const std::string& key_id, const std::string& value, const char* indent) {
        out << indent << "<data" << attribute("key", key_id) << ">" << xml_escape(value) << "</data>\n";
    };
    for (graphs::Vertex v = 0; v < graph.actor_count(); ++v) {
        const graphs::Actor& actor = g[v];
        out << "    <node" << attribute("id", actor.id) << ">\n";
        data("label_en", actor.label_en, "      ");
        data("label_ar", actor.label_ar, "      ");
        data("mentions", std::to_string(actor.mentions), "      ");
        data("cluster", std::to_string(cluster_of(metrics, v)), "      ");
        data("community", std::to_string(community_of(metrics, v)), "      ");
        for (const std::string& name : names)
            data("metric_" + name, format_number(metrics.actor_values[v].at(name)), "      ");
        out << "    </node>\n";
    }
    std::size_t edge_number = 0;
    for (const graphs::EdgeRef& e : sorted_edges(graph)) {
        out << "    <edge id=\"e" << edge_number++ << "\"" << attribute("source", g[boost::source(e, g)].id)
            << attribute("target", g[boost::target(e, g)].id) << ">\n";
        for (Relation r : all_relations) {
            const graphs::RelationStats& stats = g[e][r];
            if (!stats.present()) continue;
            const std::string prefix(relation_name(r));
            data(prefix + "_weight", format_number(stats.weight), "      ");
            data(prefix + "_mentions", std::to_string(stats.mentions), "      ");
            data(prefix + "_documents", std::to_string(stats.documents), "      ");
        }
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return out.str();
}

namespace {

// "#3182bd" -> {0x31, 0x82, 0xbd}.
std::array<int, 3> rgb_of(const char* hex) {
    std::array<int, 3> rgb{};
    for (std::size_t k = 0; k < 3; ++k) rgb[k] = std::stoi(std::string(hex + 1 + 2 * k, 2), nullptr, 16);
    return rgb;
}

std::vector<std::array<int, 3>> node_colours(const graphs::ActorGraph& graph, const graphs::Metrics& metrics) {
    const std::size_t n = graph.actor_count();
    std::vector<std::array<int, 3>> colours(n, rgb_of(lone_border));
    if (metrics.cluster.empty()) return colours;
    std::map<int, std::size_t> size;
    for (int c : metrics.cluster) ++size[c];
    std::map<int, std::size_t> colour_of;
    for (const auto& [id, count] : size)
        if (count >= 2) colour_of.emplace(id, colour_of.size() % cluster_borders.size());
    for (std::size_t v = 0; v < n; ++v)
        if (const auto it = colour_of.find(metrics.cluster[v]); it != colour_of.end()) colours[v] = rgb_of(cluster_borders[it->second]);
    return colours;
}

// viz:size per actor: the metric min-max scaled to 10..50 (30 when all equal).
std::vector<double> node_sizes(const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                               const std::string& metric) {
    std::vector<double> sizes;
    const std::size_t n = graph.actor_count();
    if (metric.empty() || n == 0) return sizes;
    if (!metrics.actor_values[0].count(metric))
        throw Error("export: unknown size metric '" + metric + "' (known: " + graphs::metric_names(metrics) + ")",
                    ExitCode::usage_error);
    double low = metrics.actor_values[0].at(metric), high = low;
    for (std::size_t v = 0; v < n; ++v) {
        low = std::min(low, metrics.actor_values[v].at(metric));
        high = std::max(high, metrics.actor_values[v].at(metric));
    }
    for (std::size_t v = 0; v < n; ++v)
        sizes.push_back(high > low ? 10.0 + 40.0 * (metrics.actor_values[v].at(metric) - low) / (high - low) : 30.0);
    return sizes;
}

// The sign a tie carries in GEXF: +1 alliance, 0 talks (held between enemies
// too), -1 hostility.
int relation_sign(Relation r) {
    switch (r) {
        case Relation::support: return 1;
        case Relation::negotiation: return 0;
        default: return -1;
    }
}

// Two decimals are well below a point: enough for a drawing, stable in text.
std::string coordinate(double value) { return format_number(std::round(value * 100.0) / 100.0 + 0.0); }

}  // namespace

std::string to_gexf(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const GexfOptions& options) {
    const std::vector<std::string> names = checked_metric_names(graph, metrics);
    if (!options.positions.empty() && options.positions.size() != graph.actor_count())
        throw Error("export: " + std::to_string(options.positions.size()) + " positions for " +
                    std::to_string(graph.actor_count()) + " actors");
    const std::vector<std::array<int, 3>> colours = node_colours(graph, metrics);
    const std::vector<double> sizes = node_sizes(graph, metrics, options.size_metric);
    const graphs::Graph& g = graph.graph;
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
        << "  <meta>\n    <creator>actorgraph</creator>\n"
        << "    <description>Political actors and their support, conflict, negotiation and criticism relations"
           "</description>\n  </meta>\n"
        << "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
        << "    <attributes class=\"node\">\n"
        << "      <attribute id=\"label_en\" title=\"label_en\" type=\"string\"/>\n"
        << "      <attribute id=\"label_ar\" title=\"label_ar\" type=\"string\"/>\n"
        << "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
        << "      <attribute id=\"cluster\" title=\"cluster\" type=\"integer\"/>\n"
        << "      <attribute id=\"community\" title=\"community\" type=\"integer\"/>\n";
    for (const std::string& name : names)
        out << "      <attribute" << attribute("id", "metric_" + name) << attribute("title", name)
            << " type=\"double\"/>\n";
    out << "    </attributes>\n"
        << "    <attributes class=\"edge\">\n"
        << "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
        << "      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n"
        << "      <attribute id=\"attraction\" title=\"attraction\" type=\"double\"/>\n"
        << "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
        << "      <attribute id=\"documents\" title=\"documents\" type=\"long\"/>\n"
        << "    </attributes>\n";
    auto value = [&](const std::string& id, const std::string& text) {
        out << "          <attvalue" << attribute("for", id) << attribute("value", text) << "/>\n";
    };
    out << "    <nodes>\n";
    for (graphs::Vertex v = 0; v < graph.actor_count(); ++v) {
        const graphs::Actor& actor = g[v];
        out << "      <node" << attribute("id", actor.id)
            << attribute("label", actor.label_en.empty() ? actor.id : actor.label_en) << ">\n"
            << "        <attvalues>\n";
        value("label_en", actor.label_en);
        value("label_ar", actor.label_ar);
        value("mentions", std::to_string(actor.mentions));
        value("cluster", std::to_string(cluster_of(metrics, v)));
        value("community", std::to_string(community_of(metrics, v)));
        for (const std::string& name : names) value("metric_" + name, format_number(metrics.actor_values[v].at(name)));
        out << "        </attvalues>\n"
            << "        <viz:color r=\"" << colours[v][0] << "\" g=\"" << colours[v][1] << "\" b=\"" << colours[v][2]
            << "\"/>\n";
        if (!sizes.empty()) out << "        <viz:size value=\"" << format_number(sizes[v]) << "\"/>\n";
        if (!options.positions.empty())
            out << "        <viz:position x=\"" << coordinate(options.positions[v][0]) << "\" y=\""
                << coordinate(options.positions[v][1]) << "\" z=\"0\"/>\n";
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t edge_number = 0;
    for (const graphs::EdgeRef& e : sorted_edges(graph)) {
        for (Relation r : all_relations) {
            const graphs::RelationStats& stats = g[e][r];
            if (!stats.present()) continue;
            const std::string relation(relation_name(r));
            const int sign = relation_sign(r);
            out << "      <edge id=\"e" << edge_number++ << "\"" << attribute("source", g[boost::source(e, g)].id)
                << attribute("target", g[boost::target(e, g)].id) << attribute("kind", relation)
                << attribute("label", relation) << attribute("weight", format_number(stats.weight)) << ">\n"
                << "        <attvalues>\n";
            value("relation", relation);
            value("sign", std::to_string(sign));
            value("attraction", format_number(sign > 0 ? stats.weight : 0.0));
            value("mentions", std::to_string(stats.mentions));
            value("documents", std::to_string(stats.documents));
            out << "        </attvalues>\n      </edge>\n";
        }
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    return out.str();
}

std::string to_csv_nodes(const graphs::ActorGraph& graph, const graphs::Metrics& metrics) {
    const std::vector<std::string> names = checked_metric_names(graph, metrics);
    std::string out(csv_bom);
    out += "id,label_en,label_ar,cluster";
    for (const std::string& name : names) {
        out += ',';  // appended apart: GCC 12 warns (-Wrestrict, falsely) on "," + string
        out += csv_field(name);
    }
    out += "\r\n";
    for (graphs::Vertex v = 0; v < graph.actor_count(); ++v) {
        const graphs::Actor& actor = graph.graph[v];
        out += csv_field(actor.id) + "," + csv_field(actor.label_en) + "," + csv_field(actor.label_ar) + "," +
               std::to_string(cluster_of(metrics, v));
        for (const std::string& name : names) {
            out += ',';
            out += csv_number(metrics.actor_values[v].at(name));
        }
        out += "\r\n";
    }
    return out;
}

std::string to_csv_edges(const graphs::ActorGraph& graph) {
    const graphs::Graph& g = graph.graph;
    std::string out(csv_bom);
    out += "source,target,relation,weight,mentions,documents\r\n";
    for (const graphs::EdgeRef& e : sorted_edges(graph))
        for (Relation r : all_relations) {
            const graphs::RelationStats& stats = g[e][r];
            if (!stats.present()) continue;
            out += csv_field(g[boost::source(e, g)].id) + "," + csv_field(g[boost::target(e, g)].id) + "," +
                   std::string(relation_name(r)) + "," + csv_number(stats.weight) + "," +
                   std::to_string(stats.mentions) + "," + std::to_string(stats.documents) + "\r\n";
        }
    return out;
}

}  // namespace actorgraph::engine
