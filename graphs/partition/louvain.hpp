// Modularity communities by the Louvain method (Blondel, Guillaume,
// Lambiotte & Lefebvre 2008, "Fast unfolding of communities in large
// networks"), written the way NetworKit's PLM is (Staudt & Meyerhenke 2016):
// move nodes to the neighbouring community of best modularity gain until
// stable, coarsen communities into nodes, repeat, then project back and
// refine by one more round of moves per level (PLMR). Sequential and in
// vertex order, so deterministic without a seed.
#pragma once

#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

struct Communities {
    std::vector<int> membership;  // numbered 0, 1, ... by smallest vertex
    double modularity = 0.0;
};

// Newman-Girvan modularity of a partition of an undirected graph with
// non-negative weights (resolution 1). 0 for a graph without ties. O(V + E).
double modularity(const WeightedAdjacency& graph, const std::vector<int>& membership);

// Throws on a directed graph or a negative weight. O(levels * sweeps * (V + E)).
Communities louvain(const WeightedAdjacency& graph);

}  // namespace actorgraph::graphs
