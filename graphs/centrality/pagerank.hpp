// Weighted PageRank (Brin & Page 1998, "The anatomy of a large-scale
// hypertextual Web search engine"). Boost's page_rank ignores weights and
// does not renormalise dangling mass, so this is written out in full.
#pragma once

#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

struct PageRankOptions {
    double damping = 0.85;
    double tolerance = 1e-12;   // stop when the L1 change of an iteration is below this
    int max_iterations = 1000;
};

// A random surfer follows arc u->v with probability d * w(u,v) / strength_out(u),
// teleports uniformly with probability 1 - d, and leaves a vertex without
// out-arcs (dangling) to a uniformly random vertex, so the scores sum to 1:
// the definition of igraph's PRPACK and NetworkX's pagerank(weight=).
// Power iteration, O(iterations * (V + E)).
std::vector<double> weighted_pagerank(const WeightedAdjacency& graph, const PageRankOptions& options = {});

}  // namespace actorgraph::graphs
