// PN centrality for signed graphs (Everett & Borgatti 2014, "Networks
// containing negative ties", Social Networks 38, 111-120), as signnet's
// pn_index(mode = "all") computes it.
#pragma once

#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// PN = (I - A / (2n - 2))^-1 * 1 with A = P - 2N, where P and N are the 0/1
// matrices of positive and negative ties (signs only; weights ignored, as
// in signnet). Solved by conjugate gradients (the matrix is symmetric
// positive semi-definite), never forming the inverse: O(iterations * (V + E)).
// A graph of one vertex gives 1. Throws on a directed graph.
std::vector<double> pn_index(const WeightedAdjacency& signed_graph);

}  // namespace actorgraph::graphs
