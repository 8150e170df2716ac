// A compact weighted adjacency (compressed sparse rows) that every metric
// algorithm runs on: one layer of the actor graph, or a generated graph in
// the benchmark. Cache-friendly flat arrays: the algorithms here touch each
// arc O(V) times, so layout matters more than generality.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace actorgraph::graphs {

struct WeightedArc {
    std::uint32_t source = 0;
    std::uint32_t target = 0;
    double weight = 0.0;
};

struct WeightedAdjacency {
    std::size_t vertex_count = 0;
    bool undirected = false;            // every arc u->v has its twin v->u
    std::vector<std::size_t> offsets;   // vertex_count + 1 entries
    std::vector<std::uint32_t> targets; // sorted per vertex
    std::vector<double> weights;

    std::size_t arc_count() const { return targets.size(); }
    std::size_t begin(std::size_t v) const { return offsets[v]; }
    std::size_t end(std::size_t v) const { return offsets[v + 1]; }
    std::size_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

// Builds the adjacency from arcs. With `undirected`, each arc {u, v} is
// stored in both directions. Parallel arcs are merged by summing weights;
// self-loops and arcs of weight 0 are dropped. Arcs are sorted by target per
// vertex, so results never depend on input order. O(A log A).
WeightedAdjacency make_adjacency(std::size_t vertex_count, std::vector<WeightedArc> arcs,
                                 bool undirected);

}  // namespace actorgraph::graphs
