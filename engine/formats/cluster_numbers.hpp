// The one numbering of alliance clusters (and modularity communities) that
// every file and screen shows: inside the program a group is its 0-based
// index (Metrics::cluster, Cluster::id, -1 when not computed); people and
// other tools see it numbered from 1, with 0 for "not computed". graph.json,
// nodes.csv, GraphML, GEXF, compare.json, query, the terminal summary and
// report.html all go through these two functions; readers of those files
// (graph_from_json) convert back with internal_cluster.
#pragma once

namespace actorgraph::engine {

// 0-based index (-1 = none) -> number shown, from 1 (0 = none).
constexpr int displayed_cluster(int internal) { return internal < 0 ? 0 : internal + 1; }

// Number shown (0 or less = none) -> 0-based index (-1 = none).
constexpr int internal_cluster(int displayed) { return displayed <= 0 ? -1 : displayed - 1; }

}  // namespace actorgraph::engine
