#include "graphs/centrality/eigenvector.hpp"

#include <algorithm>
#include <cmath>

#include "common/error.hpp"

namespace actorgraph::graphs {

std::vector<double> eigenvector_centrality(const WeightedAdjacency& graph) {
    if (!graph.undirected) throw Error("eigenvector: the graph must be undirected");
    for (double w : graph.weights)
        if (!(w > 0.0)) throw Error("eigenvector: arc weights must be positive");
    const std::size_t n = graph.vertex_count;
    if (graph.arc_count() == 0) return std::vector<double>(n, 1.0);
    // Start from the strengths: closer to the answer than a flat vector and
    // never orthogonal to it.
    std::vector<double> x(n, 0.0), y(n);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = graph.begin(u); a < graph.end(u); ++a) x[u] += graph.weights[a];
    double top = *std::max_element(x.begin(), x.end());
    for (double& v : x) v /= top;
    for (int iteration = 0; iteration < 10000; ++iteration) {
        for (std::size_t u = 0; u < n; ++u) {
            double s = x[u];
            for (std::size_t a = graph.begin(u); a < graph.end(u); ++a) s += graph.weights[a] * x[graph.targets[a]];
            y[u] = s;
        }
        top = *std::max_element(y.begin(), y.end());
        double change = 0.0;
        for (std::size_t u = 0; u < n; ++u) {
            y[u] /= top;
            change = std::max(change, std::fabs(y[u] - x[u]));
        }
        x.swap(y);
        if (change < 1e-12) break;
    }
    return x;
}

}  // namespace actorgraph::graphs
