#include "graphs/partition/louvain.hpp"

#include <algorithm>
#include <numeric>

#include "common/error.hpp"

namespace actorgraph::graphs {

namespace {

// A coarsened level: the graph between nodes plus each node's internal
// weight (twice the summed weight of ties inside it, as a self-loop counts).
struct Level {
    WeightedAdjacency graph;
    std::vector<double> internal;
};

// Moves nodes until no move gains modularity. Returns whether any moved.
bool move_nodes(const Level& level, std::vector<int>& community) {
    const WeightedAdjacency& g = level.graph;
    const std::size_t n = g.vertex_count;
    std::vector<double> strength(n), total(n, 0.0);
    double m2 = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        strength[v] = level.internal[v];
        for (std::size_t a = g.begin(v); a < g.end(v); ++a) strength[v] += g.weights[a];
        total[community[v]] += strength[v];
        m2 += strength[v];
    }
    if (m2 <= 0.0) return false;
    std::vector<double> to(n, 0.0);
    std::vector<std::uint8_t> seen(n, 0);
    std::vector<int> touched;
    bool moved_any = false;
    for (int sweep = 0; sweep < 1000; ++sweep) {
        bool moved = false;
        for (std::size_t v = 0; v < n; ++v) {
            touched.clear();
            for (std::size_t a = g.begin(v); a < g.end(v); ++a) {
                int c = community[g.targets[a]];
                if (!seen[c]) {
                    seen[c] = 1;
                    touched.push_back(c);
                }
                to[c] += g.weights[a];
            }
            const int current = community[v];
            total[current] -= strength[v];
            auto gain = [&](int c) { return (seen[c] ? to[c] : 0.0) - total[c] * strength[v] / m2; };
            double best_gain = gain(current);
            int best = current;
            for (int c : touched) {
                double x = gain(c);
                // Ties keep the current community, then prefer the lower id.
                if (x > best_gain + 1e-12 * m2 || (x > best_gain - 1e-12 * m2 && best != current && c < best)) {
                    best_gain = x;
                    best = c;
                }
            }
            for (int c : touched) {
                seen[c] = 0;
                to[c] = 0.0;
            }
            total[best] += strength[v];
            if (best != current) {
                community[v] = best;
                moved = true;
            }
        }
        if (!moved) break;
        moved_any = true;
    }
    return moved_any;
}

int compact(std::vector<int>& community) {
    std::vector<int> id(community.size(), -1);
    int k = 0;
    for (int& c : community) {
        if (id[c] < 0) id[c] = k++;
        c = id[c];
    }
    return k;
}

Level coarsen(const Level& level, const std::vector<int>& community, int k) {
    const WeightedAdjacency& g = level.graph;
    Level next;
    next.internal.assign(static_cast<std::size_t>(k), 0.0);
    std::vector<WeightedArc> arcs;
    for (std::size_t u = 0; u < g.vertex_count; ++u) {
        next.internal[community[u]] += level.internal[u];
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) {
            std::uint32_t t = g.targets[a];
            if (community[u] == community[t])
                next.internal[community[u]] += g.weights[a];  // each arc once: both halves of a tie
            else if (t > u)
                arcs.push_back({static_cast<std::uint32_t>(community[u]), static_cast<std::uint32_t>(community[t]),
                                g.weights[a]});
        }
    }
    next.graph = make_adjacency(static_cast<std::size_t>(k), std::move(arcs), true);
    return next;
}

// One PLM level and everything coarser; returns the community of each node
// of `level`, refined on the way back.
std::vector<int> plm(const Level& level, int depth) {
    std::vector<int> community(level.graph.vertex_count);
    std::iota(community.begin(), community.end(), 0);
    if (!move_nodes(level, community) || depth > 64) return community;
    int k = compact(community);
    if (static_cast<std::size_t>(k) < level.graph.vertex_count) {
        std::vector<int> coarse = plm(coarsen(level, community, k), depth + 1);
        for (int& c : community) c = coarse[c];
        move_nodes(level, community);  // refinement (PLMR)
    }
    return community;
}

}  // namespace

double modularity(const WeightedAdjacency& g, const std::vector<int>& membership) {
    if (membership.size() != g.vertex_count) throw Error("louvain: partition size mismatch");
    const std::size_t n = g.vertex_count;
    std::vector<double> inside(n, 0.0), total(n, 0.0);
    double m2 = 0.0;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) {
            total[membership[u]] += g.weights[a];
            if (membership[u] == membership[g.targets[a]]) inside[membership[u]] += g.weights[a];
            m2 += g.weights[a];
        }
    if (m2 <= 0.0) return 0.0;
    double q = 0.0;
    for (std::size_t c = 0; c < n; ++c) q += inside[c] / m2 - (total[c] / m2) * (total[c] / m2);
    return q;
}

Communities louvain(const WeightedAdjacency& g) {
    if (!g.undirected) throw Error("louvain: the graph must be undirected");
    for (double w : g.weights)
        if (!(w > 0.0)) throw Error("louvain: weights must be positive");
    Level level{g, std::vector<double>(g.vertex_count, 0.0)};
    std::vector<int> community = plm(level, 0);
    // Number by smallest vertex.
    std::vector<int> id(g.vertex_count, -1);
    int k = 0;
    for (int& c : community) {
        if (id[c] < 0) id[c] = k++;
        c = id[c];
    }
    Communities result;
    result.modularity = modularity(g, community);
    result.membership = std::move(community);
    return result;
}

}  // namespace actorgraph::graphs
