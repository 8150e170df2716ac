// Weighted betweenness centrality (Brandes 2001, "A faster algorithm for
// betweenness centrality", J. Math. Sociol. 25(2)), distance = 1 / weight.
#pragma once

#include <cstdint>
#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// Betweenness of every vertex of an undirected graph: the sum over unordered
// pairs {s, t} (s, t != v) of the share of shortest s-t paths through v.
// Unnormalised, as igraph's betweenness(weights=) and NetworkX's
// betweenness_centrality(normalized=False, weight=) on the same distances.
// With `sources`, only paths from those sources are counted (sampling for the
// benchmark: scale by V / |sources| to estimate). Throws on a directed graph.
// O(V E + V^2 log V) time, O(V + E) memory.
std::vector<double> weighted_betweenness(const WeightedAdjacency& graph,
                                         const std::vector<std::uint32_t>* sources = nullptr);

}  // namespace actorgraph::graphs
