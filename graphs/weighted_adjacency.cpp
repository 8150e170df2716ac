#include "graphs/weighted_adjacency.hpp"

#include <algorithm>
#include <stdexcept>

#include "common/error.hpp"

namespace actorgraph::graphs {

WeightedAdjacency make_adjacency(std::size_t vertex_count, std::vector<WeightedArc> arcs,
                                 bool undirected) {
    for (const WeightedArc& a : arcs)
        if (a.source >= vertex_count || a.target >= vertex_count)
            throw Error("graph: arc endpoint out of range");
    if (undirected) {
        std::size_t n = arcs.size();
        arcs.reserve(2 * n);
        for (std::size_t i = 0; i < n; ++i)
            arcs.push_back({arcs[i].target, arcs[i].source, arcs[i].weight});
    }
    std::sort(arcs.begin(), arcs.end(), [](const WeightedArc& a, const WeightedArc& b) {
        return a.source != b.source ? a.source < b.source : a.target < b.target;
    });
    WeightedAdjacency g;
    g.vertex_count = vertex_count;
    g.undirected = undirected;
    g.offsets.assign(vertex_count + 1, 0);
    g.targets.reserve(arcs.size());
    g.weights.reserve(arcs.size());
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        double w = 0.0;
        while (j < arcs.size() && arcs[j].source == arcs[i].source && arcs[j].target == arcs[i].target)
            w += arcs[j++].weight;
        if (arcs[i].source != arcs[i].target && w != 0.0) {
            g.targets.push_back(arcs[i].target);
            g.weights.push_back(w);
            ++g.offsets[arcs[i].source + 1];
        }
        i = j;
    }
    for (std::size_t v = 0; v < vertex_count; ++v) g.offsets[v + 1] += g.offsets[v];
    return g;
}

}  // namespace actorgraph::graphs
