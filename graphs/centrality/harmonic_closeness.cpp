#include "graphs/centrality/harmonic_closeness.hpp"

#include "graphs/shortest_paths.hpp"

namespace actorgraph::graphs {

std::vector<double> harmonic_closeness(const WeightedAdjacency& graph) {
    std::vector<double> closeness(graph.vertex_count, 0.0);
    DijkstraWorkspace paths(graph);
    for (std::uint32_t s = 0; s < graph.vertex_count; ++s) {
        paths.run(s, false);
        double sum = 0.0;
        for (std::uint32_t v : paths.order)
            if (v != s) sum += 1.0 / paths.dist[v];
        closeness[s] = sum;
    }
    return closeness;
}

}  // namespace actorgraph::graphs
