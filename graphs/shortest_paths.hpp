// Single-source Dijkstra on a WeightedAdjacency with distance = 1 / weight
// (a strong tie is a short distance), counting shortest paths as Brandes
// needs them. Shared by betweenness, harmonic closeness and the queries'
// support paths.
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
    // When counting: the predecessors (neighbours one arc shorter) of
    // order[i] are preds[pred_begin[i] .. pred_begin[i + 1]).
    std::vector<std::uint32_t> preds;
    std::vector<std::size_t> pred_begin;
    static constexpr double infinity = std::numeric_limits<double>::infinity();

private:
    // Indexed 4-ary min-heap on dist with decrease-key: at most V entries,
    // where a lazy binary heap would hold one per improving arc.
    void sift_up(std::size_t i);
    void sift_down(std::size_t i);
    std::vector<double> length_;  // 1 / weight per arc, computed once
    std::vector<std::uint8_t> settled_;
    std::vector<std::uint32_t> heap_;
    std::vector<std::uint32_t> slot_;  // position in heap_, or none
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
};

// The shortest path from `source` to `target` (distance 1 / weight) on a
// directed or undirected adjacency. Among paths of the same length
// (same_length), each vertex's predecessor is the lowest-numbered one, so
// the path is unique (actor graphs number vertices by id: ties go by id).
struct ShortestPath {
    std::vector<std::uint32_t> vertices;  // source ... target; empty when unreachable or source == target
    double length = DijkstraWorkspace::infinity;
};
// O((E + V) log V).
ShortestPath shortest_path(const WeightedAdjacency& graph, std::uint32_t source, std::uint32_t target);

}  // namespace actorgraph::graphs
