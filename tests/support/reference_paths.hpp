// Reference computations the centrality tests compare against: Floyd-Warshall
// distances (1 / weight) and betweenness from its definition.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "random_graphs.hpp"

namespace graph_tests {

using actorgraph::graphs::WeightedAdjacency;
using actorgraph::graphs::WeightedArc;
using actorgraph::graphs::make_adjacency;

inline constexpr double inf = std::numeric_limits<double>::infinity();

inline bool same(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }

// Floyd-Warshall on distance 1 / weight.
inline std::vector<std::vector<double>> all_pairs(const WeightedAdjacency& g) {
    auto w = dense(g);
    const std::size_t n = g.vertex_count;
    std::vector<std::vector<double>> d(n, std::vector<double>(n, inf));
    for (std::size_t i = 0; i < n; ++i) {
        d[i][i] = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            if (w[i][j] > 0.0) d[i][j] = 1.0 / w[i][j];
    }
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    return d;
}

// Betweenness from its definition: count shortest paths from each s with
// the distances in hand, then sum sigma(s,v) sigma(v,t) / sigma(s,t).
inline std::vector<double> naive_betweenness(const WeightedAdjacency& g) {
    const std::size_t n = g.vertex_count;
    auto w = dense(g);
    auto d = all_pairs(g);
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0.0));
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<std::size_t> by_distance;
        for (std::size_t v = 0; v < n; ++v)
            if (d[s][v] < inf) by_distance.push_back(v);
        std::sort(by_distance.begin(), by_distance.end(), [&](auto a, auto b) { return d[s][a] < d[s][b]; });
        sigma[s][s] = 1.0;
        for (std::size_t t : by_distance)
            for (std::size_t v = 0; v < n; ++v)
                if (v != t && w[v][t] > 0.0 && d[s][v] < d[s][t] && same(d[s][v] + 1.0 / w[v][t], d[s][t]))
                    sigma[s][t] += sigma[s][v];
    }
    std::vector<double> b(n, 0.0);
    for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = s + 1; t < n; ++t) {
            if (d[s][t] == inf) continue;
            for (std::size_t v = 0; v < n; ++v)
                if (v != s && v != t && same(d[s][v] + d[v][t], d[s][t]))
                    b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
        }
    return b;
}

inline WeightedAdjacency undirected(std::size_t n, std::vector<WeightedArc> arcs) { return make_adjacency(n, std::move(arcs), true); }


}  // namespace graph_tests
