#include "graphs/centrality/betweenness.hpp"

#include "common/error.hpp"
#include "graphs/shortest_paths.hpp"

namespace actorgraph::graphs {

std::vector<double> weighted_betweenness(const WeightedAdjacency& graph,
                                         const std::vector<std::uint32_t>* sources) {
    if (!graph.undirected) throw Error("betweenness: the graph must be undirected");
    const std::size_t n = graph.vertex_count;
    std::vector<double> centrality(n, 0.0);
    std::vector<double> delta(n, 0.0);
    DijkstraWorkspace paths(graph);
    auto accumulate = [&](std::uint32_t s) {
        paths.run(s, true);
        for (std::uint32_t v : paths.order) delta[v] = 0.0;
        // Dependencies flow back from the farthest vertex to its predecessors.
        for (std::size_t i = paths.order.size(); i-- > 0;) {
            std::uint32_t w = paths.order[i];
            double share = (1.0 + delta[w]) / paths.sigma[w];
            for (std::size_t p = paths.pred_begin[i]; p < paths.pred_begin[i + 1]; ++p)
                delta[paths.preds[p]] += paths.sigma[paths.preds[p]] * share;
            if (w != s) centrality[w] += delta[w];
        }
    };
    if (sources) {
        for (std::uint32_t s : *sources) {
            if (s >= n) throw Error("betweenness: source out of range");
            accumulate(s);
        }
    } else {
        for (std::uint32_t s = 0; s < n; ++s) accumulate(s);
    }
    // Each unordered pair was counted from both ends.
    for (double& c : centrality) c /= 2.0;
    return centrality;
}

}  // namespace actorgraph::graphs
