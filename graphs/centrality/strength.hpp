// Strength: how much an actor is involved, whatever the relation.
#pragma once

#include <vector>

#include "graphs/actor_graph.hpp"

namespace actorgraph::graphs {

// Per vertex, the summed weight of every tie it takes part in: all four
// relations, both directions (a tie u -> v counts for u and for v; a
// self-loop, which the graph never holds, would count once). The default
// node size and ranking metric ("strength"): unlike betweenness it does not
// shrink a heavily involved actor whose partners also know each other.
// O(V + E).
std::vector<double> total_strength(const ActorGraph& graph);

}  // namespace actorgraph::graphs
