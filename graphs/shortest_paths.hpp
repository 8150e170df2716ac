// Single-source Dijkstra on a WeightedAdjacency with distance = 1 / weight
// (a strong tie is a short distance), counting shortest paths as Brandes
// needs them. Shared by betweenness and harmonic closeness.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// Two path lengths closer than this (relative) are equal: sums of 1/w in a
// different order differ in the last bits, and such paths must tie (as in
// igraph, which compares with an epsilon too).
inline bool same_length(double a, double b) {
    double scale = a > b ? a : b;
    return (a > b ? a - b : b - a) <= 1e-10 * scale;
}

// Reusable workspace: run() resets only what the previous run touched, so
// V runs cost O(V (E + V) log V) rather than O(V^2) for clearing.
class DijkstraWorkspace {
public:
    explicit DijkstraWorkspace(const WeightedAdjacency& graph);

    // Settles every vertex reachable from `source` in order of distance.
    // With `count_paths`, sigma[v] is the number of shortest source-v paths.
    // O((E + V) log V).
    void run(std::uint32_t source, bool count_paths);

    const WeightedAdjacency& graph;
    std::vector<double> dist;             // infinity when unreachable
    std::vector<double> sigma;            // valid for settled vertices when counting
    std::vector<std::uint32_t> order;     // settled vertices, nondecreasing distance
    static constexpr double infinity = std::numeric_limits<double>::infinity();

private:
    std::vector<std::uint8_t> settled_;
    std::vector<std::pair<double, std::uint32_t>> heap_;
};

}  // namespace actorgraph::graphs
