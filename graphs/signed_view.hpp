// The layers of the actor graph that the metrics run on.
//
// The ordered-pair graph becomes one undirected signed weight per unordered
// pair {u, v}: the sum over both directions of
//     + support weight  - conflict weight  + negotiation sign weight * negotiation weight
//     + criticism sign weight * criticism weight.
// A pair whose sum is exactly 0 has no signed tie. Conflict and negotiation
// are symmetric relations, and support and criticism are treated as
// symmetric here too: alliances are about standing together (or apart),
// whoever voiced it. Criticism is words, not force: it never adds to the
// conflict term, and with its default sign weight 0 it leaves the signed
// view untouched.
#pragma once

#include "graphs/actor_graph.hpp"
#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// How much each relation's weight counts in the signed view.
struct SignWeights {
    double negotiation = 0.0;  // --negotiation-weight: > 0 counts talks as a positive tie
    double criticism = 0.0;    // --criticism-weight: <= 0; < 0 counts criticism as a negative tie
    // +1 for support, -1 for conflict, the chosen weight for the others.
    double of(Relation r) const;
};

// The signed contribution of one ordered pair's tie.
double signed_weight(const Tie& tie, const SignWeights& signs);

// Undirected signed layer (weights may be negative). O(E log E).
WeightedAdjacency signed_layer(const ActorGraph& graph, const SignWeights& signs);

// Undirected positive layer: the pairs of the signed layer with a positive
// sum, weighted by it. O(E log E).
WeightedAdjacency positive_layer(const WeightedAdjacency& signed_layer);

// Undirected all-relations layer: per unordered pair, the summed weight of
// every relation (criticism included) in both directions (always >= 0).
// O(E log E).
WeightedAdjacency all_relations_layer(const ActorGraph& graph);

// Directed all-relations layer for PageRank: arc u->v carries the directed
// relations u->v (support, criticism) plus the symmetric relations of the
// pair in either direction (conflict and negotiation, u->v and v->u). O(E log E).
WeightedAdjacency directed_relations_layer(const ActorGraph& graph);

// Directed layer of one relation: arc u->v carries the weight of relation
// `r` from u to v (pairs without it, or with a weight <= 0, have no arc).
// Queries' support paths run on it. O(E log E).
WeightedAdjacency relation_layer(const ActorGraph& graph, Relation r);

// The weight of the tie {u, v} (u -> v for a directed layer) in `layer`; 0
// when there is none. O(log degree).
double tie_weight(const WeightedAdjacency& layer, std::uint32_t u, std::uint32_t v);

}  // namespace actorgraph::graphs
