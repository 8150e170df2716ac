// Degree-type actor values read straight off the ordered-pair graph and the
// signed layer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graphs/actor_graph.hpp"
#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// Columns (one value per vertex):
//   mentions; degree_{in,out}_<relation> (distinct partners with that
//   relation); strength_{in,out}_<relation> (summed weight);
//   net_signed_degree (partners with a positive signed tie minus those with a
//   negative one); net_signed_strength (sum of the vertex's signed weights).
// O(V + E).
std::map<std::string, std::vector<double>> degree_metrics(const ActorGraph& graph,
                                                          const WeightedAdjacency& signed_layer);

}  // namespace actorgraph::graphs
