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
//
// The singular case. Every eigenvalue of A is at most its largest absolute
// row sum, 2(n - 1), so M = I - A / (2n - 2) is positive semi-definite; it is
// singular only when A has the eigenvalue 2(n - 1), which needs every row to
// reach that sum (a complete all-negative graph) whose signs switch to all
// positive (no negative triangle): exactly two actors with one negative tie.
// There M = [[1, 1], [1, 1]] and signnet's solve() fails. Here both actors
// get 1/2: the least-norm solution of M x = 1 (CG from 0 stays in M's range),
// which is also the limit of the defining series sum_k (beta A)^k 1 as beta
// rises to 1 / (2n - 2) (Abel summation of 1 - 1 + 1 - ...): a negative tie
// and nothing else makes each actor half as central as an isolated one.
std::vector<double> pn_index(const WeightedAdjacency& signed_graph);

}  // namespace actorgraph::graphs
