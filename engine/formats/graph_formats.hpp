// Graph file formats for other tools: GraphML (yEd, NetworkX, igraph),
// GEXF 1.2draft (Gephi, and NetworkX including Debian 12's 2.8, which reads
// no GEXF 1.3), and CSV node and edge lists (RFC 4180: CRLF line ends,
// fields quoted when needed; a UTF-8 BOM so Excel keeps the Arabic; numbers
// rounded to 6 significant digits). DOT is engine/render/render.hpp's to_dot.
//
// Every format lists every actor (vertex order) with its labels, alliance
// cluster (numbered from 1, 0 when not computed: cluster_numbers.hpp), every
// metric of Metrics::actor_values (sorted by name) and, except in CSV, its
// mentions and modularity community (numbered alike); and every relation of every
// ordered pair as the text gave it, criticism as its own relation (conflict
// and negotiation keep their direction here; only drawings merge them).
// Numbers are written with format_number (text_escape.hpp). Output is
// deterministic: edges are sorted by (source id, target id, relation).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::engine {

// GraphML: node keys label_en, label_ar, mentions, cluster, community and
// one "metric_<name>" key per metric; one edge per ordered pair with
// <relation>_weight/_mentions/_documents keys for each relation present.
// Throws actorgraph::Error when `metrics` does not match the graph. O(V + E log E).
std::string to_graphml(const graphs::ActorGraph& graph, const graphs::Metrics& metrics);

// What GEXF's viz elements show (Gephi draws them on import).
struct GexfOptions {
    // viz:size grows with this actor metric, min-max scaled to 10..50 like
    // the image's nodes (all-equal values give 30); "" writes no viz:size.
    std::string size_metric;
    // viz:position per actor (vertex order), in points; empty writes none.
    std::vector<std::array<double, 2>> positions;
};

// GEXF 1.2draft: nodes with the same attributes as GraphML, viz:color from
// the alliance cluster (the image's palette; grey for an actor alone in its
// cluster), viz:size and viz:position (GexfOptions); one edge per ordered
// pair and relation (parallel edges, told apart by `kind`, which Gephi reads
// and NetworkX ignores), weight = the relation's weight (always > 0: Gephi
// drops edges of weight 0), and attributes relation, sign (1 support, 0
// negotiation, -1 conflict and criticism), attraction (the weight when sign
// is 1, else 0: a layout weight that never pulls enemies together),
// mentions, documents. Throws actorgraph::Error when `metrics` or
// `options` do not match the graph. O(V + E log E).
std::string to_gexf(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const GexfOptions& options = {});

// CSV header: id,label_en,label_ar,cluster,<metrics sorted>. O(V).
std::string to_csv_nodes(const graphs::ActorGraph& graph, const graphs::Metrics& metrics);

// CSV header: source,target,relation,weight,mentions,documents; one row per
// ordered pair and relation present. O(E log E).
std::string to_csv_edges(const graphs::ActorGraph& graph);

}  // namespace actorgraph::engine
