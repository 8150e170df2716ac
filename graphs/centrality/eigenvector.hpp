// Weighted eigenvector centrality (Bonacich 1972, "Factoring and weighting
// approaches to status scores and clique identification").
#pragma once

#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// The principal eigenvector of the (non-negative, symmetric) weighted
// adjacency matrix, scaled so the largest value is 1 (igraph's
// eigen_centrality(scale = TRUE)). Power iteration on A + I, whose
// eigenvectors are A's but which cannot oscillate on bipartite graphs.
// A graph without arcs gives 1 for every vertex, as igraph does.
// Throws on a directed graph or a negative weight.
// O(iterations * (V + E)), at most 10,000 iterations, tolerance 1e-12.
std::vector<double> eigenvector_centrality(const WeightedAdjacency& graph);

}  // namespace actorgraph::graphs
