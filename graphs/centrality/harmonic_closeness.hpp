// Weighted harmonic closeness (Marchiori & Latora 2000, "Harmony in the
// small-world"; Boldi & Vigna 2014, "Axioms for centrality"), distance = 1 / weight.
#pragma once

#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// For every vertex u: the sum over v != u of 1 / d(u, v), unreachable
// vertices contributing 0 (NetworKit's and NetworkX's harmonic_centrality
// without normalisation). O(V E + V^2 log V).
std::vector<double> harmonic_closeness(const WeightedAdjacency& graph);

}  // namespace actorgraph::graphs
