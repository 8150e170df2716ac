// The layers of the actor graph that the metrics run on.
//
// The ordered-pair graph becomes one undirected signed weight per unordered
// pair {u, v}: the sum over both directions of
//     + support weight  - conflict weight  + negotiation_sign_weight * negotiation weight.
// A pair whose sum is exactly 0 has no signed tie. Conflict and negotiation
// are symmetric relations, and support is treated as symmetric here too:
// alliances are about standing together, whoever voiced it.
#pragma once

#include "graphs/actor_graph.hpp"
#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// The signed contribution of one ordered pair's tie.
double signed_weight(const Tie& tie, double negotiation_sign_weight);

// Undirected signed layer (weights may be negative). O(E log E).
WeightedAdjacency signed_layer(const ActorGraph& graph, double negotiation_sign_weight);

// Undirected positive layer: the pairs of the signed layer with a positive
// sum, weighted by it. O(E log E).
WeightedAdjacency positive_layer(const WeightedAdjacency& signed_layer);

// Undirected all-relations layer: per unordered pair, the summed weight of
// every relation in both directions (always >= 0). O(E log E).
WeightedAdjacency all_relations_layer(const ActorGraph& graph);

// Directed all-relations layer for PageRank: arc u->v carries support(u->v)
// plus the symmetric relations of the pair in either direction
// (conflict and negotiation, u->v and v->u). O(E log E).
WeightedAdjacency directed_relations_layer(const ActorGraph& graph);

}  // namespace actorgraph::graphs
