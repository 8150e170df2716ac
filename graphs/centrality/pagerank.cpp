#include "graphs/centrality/pagerank.hpp"

#include <cmath>

#include "common/error.hpp"

namespace actorgraph::graphs {

std::vector<double> weighted_pagerank(const WeightedAdjacency& graph, const PageRankOptions& options) {
    if (!(options.damping >= 0.0 && options.damping < 1.0))
        throw Error("pagerank: damping must be in [0, 1)", ExitCode::usage_error);
    const std::size_t n = graph.vertex_count;
    if (n == 0) return {};
    for (double w : graph.weights)
        if (!(w > 0.0)) throw Error("pagerank: arc weights must be positive");
    std::vector<double> strength(n, 0.0);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = graph.begin(u); a < graph.end(u); ++a) strength[u] += graph.weights[a];

    const double d = options.damping;
    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
        double dangling = 0.0;
        for (std::size_t u = 0; u < n; ++u)
            if (strength[u] == 0.0) dangling += rank[u];
        const double base = ((1.0 - d) + d * dangling) / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (std::size_t u = 0; u < n; ++u) {
            if (strength[u] == 0.0) continue;
            const double out = d * rank[u] / strength[u];
            for (std::size_t a = graph.begin(u); a < graph.end(u); ++a)
                next[graph.targets[a]] += out * graph.weights[a];
        }
        // Renormalise against rounding drift so the scores sum to 1.
        double sum = 0.0, change = 0.0;
        for (double x : next) sum += x;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] /= sum;
            change += std::fabs(next[v] - rank[v]);
        }
        rank.swap(next);
        if (change < options.tolerance) break;
    }
    return rank;
}

}  // namespace actorgraph::graphs
