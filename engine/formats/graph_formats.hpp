// Graph file formats for other tools: GraphML (yEd, NetworkX, igraph),
// GEXF 1.3 (Gephi 0.9.3+), and CSV node and edge lists (RFC 4180: CRLF line
// ends, fields quoted when needed; a UTF-8 BOM so Excel keeps the Arabic;
// numbers rounded to 6 significant digits). DOT is engine/render/render.hpp's to_dot.
//
// Every format lists every actor (vertex order) with its labels, alliance
// cluster and modularity community (numbered from 1, 0 when not computed:
// cluster_numbers.hpp), every metric of Metrics::actor_values
// (sorted by name) and, except in CSV, its mentions and community; and every relation of every ordered pair as the text gave it,
// criticism as its own relation (conflict and negotiation keep their
// direction here; only drawings merge them). Numbers are written with
// format_number (text_escape.hpp). Output is deterministic: edges are sorted by
// (source id, target id, relation).
#pragma once

#include <string>

#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::engine {

// GraphML: node keys label_en, label_ar, mentions, cluster, community and
// one "metric_<name>" key per metric; one edge per ordered pair with
// <relation>_weight/_mentions/_documents keys for each relation present.
// Throws actorgraph::Error when `metrics` does not match the graph. O(V + E log E).
std::string to_graphml(const graphs::ActorGraph& graph, const graphs::Metrics& metrics);

// GEXF 1.3: nodes with the same attributes as GraphML; one edge per ordered
// pair and relation, kind=<relation> (parallel edges), weight, and
// attributes relation, mentions, documents. O(V + E log E).
std::string to_gexf(const graphs::ActorGraph& graph, const graphs::Metrics& metrics);

// CSV header: id,label_en,label_ar,cluster,<metrics sorted>. O(V).
std::string to_csv_nodes(const graphs::ActorGraph& graph, const graphs::Metrics& metrics);

// CSV header: source,target,relation,weight,mentions,documents; one row per
// ordered pair and relation present. O(E log E).
std::string to_csv_edges(const graphs::ActorGraph& graph);

}  // namespace actorgraph::engine
