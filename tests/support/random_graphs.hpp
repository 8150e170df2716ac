// Random test graphs with explicit seeds, shared by the graphs tests.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace graph_tests {

// G(n, p) with integer weights in [1, max_weight]; with `negative_share` > 0
// that share of ties (in expectation) is negative.
inline actorgraph::graphs::WeightedAdjacency random_graph(std::size_t n, double p, int max_weight, std::uint64_t seed,
                                                          double negative_share = 0.0, bool undirected = true) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> weight(1, max_weight);
    std::vector<actorgraph::graphs::WeightedArc> arcs;
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::uint32_t v = undirected ? u + 1 : 0; v < n; ++v) {
            if (u == v || unit(rng) >= p) continue;
            double w = weight(rng);
            if (unit(rng) < negative_share) w = -w;
            arcs.push_back({u, v, w});
        }
    return actorgraph::graphs::make_adjacency(n, std::move(arcs), undirected);
}

// Dense matrix of a WeightedAdjacency (0 where there is no arc).
inline std::vector<std::vector<double>> dense(const actorgraph::graphs::WeightedAdjacency& g) {
    std::vector<std::vector<double>> m(g.vertex_count, std::vector<double>(g.vertex_count, 0.0));
    for (std::size_t u = 0; u < g.vertex_count; ++u)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) m[u][g.targets[a]] = g.weights[a];
    return m;
}

// Solves m x = b by Gaussian elimination with partial pivoting.
inline std::vector<double> solve(std::vector<std::vector<double>> m, std::vector<double> b) {
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r)
            if (std::abs(m[r][col]) > std::abs(m[pivot][col])) pivot = r;
        std::swap(m[col], m[pivot]);
        std::swap(b[col], b[pivot]);
        for (std::size_t r = 0; r < n; ++r) {
            if (r == col || m[r][col] == 0.0) continue;
            double f = m[r][col] / m[col][col];
            for (std::size_t c = col; c < n; ++c) m[r][c] -= f * m[col][c];
            b[r] -= f * b[col];
        }
    }
    for (std::size_t i = 0; i < n; ++i) b[i] /= m[i][i];
    return b;
}

}  // namespace graph_tests
