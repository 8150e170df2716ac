#include "graphs/partition/balance.hpp"

#include <algorithm>
#include <random>

#include "common/error.hpp"

namespace actorgraph::graphs {

SignedTriangles count_signed_triangles(const WeightedAdjacency& g) {
    if (!g.undirected) throw Error("balance: the signed graph must be undirected");
    const std::size_t n = g.vertex_count;
    auto before = [&](std::size_t a, std::size_t b) {
        return g.degree(a) != g.degree(b) ? g.degree(a) < g.degree(b) : a < b;
    };
    // Forward arcs only: u -> v when u comes before v.
    std::vector<std::size_t> offsets(n + 1, 0);
    std::vector<std::uint32_t> targets;
    std::vector<std::int8_t> signs;
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t a = g.begin(u); a < g.end(u); ++a)
            if (before(u, g.targets[a])) {
                targets.push_back(g.targets[a]);
                signs.push_back(g.weights[a] < 0.0 ? -1 : 1);
            }
        offsets[u + 1] = targets.size();
    }
    SignedTriangles t;
    std::vector<std::int8_t> mark(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t a = offsets[u]; a < offsets[u + 1]; ++a) mark[targets[a]] = signs[a];
        for (std::size_t a = offsets[u]; a < offsets[u + 1]; ++a) {
            std::uint32_t v = targets[a];
            for (std::size_t b = offsets[v]; b < offsets[v + 1]; ++b) {
                std::uint32_t w = targets[b];
                if (!mark[w]) continue;
                int negatives = (signs[a] < 0) + (signs[b] < 0) + (mark[w] < 0);
                switch (negatives) {
                case 0: ++t.ppp; break;
                case 1: ++t.ppm; break;
                case 2: ++t.pmm; break;
                default: ++t.mmm; break;
                }
            }
        }
        for (std::size_t a = offsets[u]; a < offsets[u + 1]; ++a) mark[targets[a]] = 0;
    }
    return t;
}

namespace {

bool frustrated(double w, int side_u, int side_v) { return (w < 0.0) == (side_u == side_v); }

std::size_t count_frustrated(const WeightedAdjacency& g, const std::vector<std::uint32_t>& members,
                             const std::vector<int>& side) {
    std::size_t count = 0;
    for (std::uint32_t u : members)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a)
            if (g.targets[a] > u && frustrated(g.weights[a], side[u], side[g.targets[a]])) ++count;
    return count;
}

}  // namespace

Frustration frustration_index(const WeightedAdjacency& g, std::uint64_t seed, int exact_component_limit) {
    if (!g.undirected) throw Error("balance: the signed graph must be undirected");
    if (exact_component_limit > 30) throw Error("balance: exact component limit above 30", ExitCode::usage_error);
    const std::size_t n = g.vertex_count;
    Frustration result;
    result.exact = true;
    result.side.assign(n, 0);
    std::vector<int> component(n, -1);
    std::mt19937_64 rng(seed);
    for (std::uint32_t s = 0; s < n; ++s) {
        if (component[s] >= 0) continue;
        std::vector<std::uint32_t> members{s};
        component[s] = static_cast<int>(s);
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t a = g.begin(members[i]); a < g.end(members[i]); ++a)
                if (component[g.targets[a]] < 0) {
                    component[g.targets[a]] = static_cast<int>(s);
                    members.push_back(g.targets[a]);
                }
        std::sort(members.begin(), members.end());
        std::vector<int>& side = result.side;
        const std::size_t m = members.size();
        std::size_t best = count_frustrated(g, members, side);
        std::vector<int> best_side(m, 0);
        if (m <= static_cast<std::size_t>(exact_component_limit)) {
            // The first member stays on side 0: the mirror split is the same.
            for (std::uint64_t mask = 1; mask < (std::uint64_t{1} << (m - 1)) && best > 0; ++mask) {
                for (std::size_t i = 1; i < m; ++i) side[members[i]] = (mask >> (i - 1)) & 1;
                std::size_t count = count_frustrated(g, members, side);
                if (count < best) {
                    best = count;
                    for (std::size_t i = 0; i < m; ++i) best_side[i] = side[members[i]];
                }
            }
        } else {
            result.exact = false;
            for (int start = 0; start < 16; ++start) {
                for (std::uint32_t u : members) side[u] = static_cast<int>(rng() & 1);
                bool improved = true;
                while (improved) {
                    improved = false;
                    for (std::uint32_t u : members) {
                        long gain = 0;  // frustrated minus satisfied incident ties
                        for (std::size_t a = g.begin(u); a < g.end(u); ++a)
                            gain += frustrated(g.weights[a], side[u], side[g.targets[a]]) ? 1 : -1;
                        if (gain > 0) {
                            side[u] ^= 1;
                            improved = true;
                        }
                    }
                }
                std::size_t count = count_frustrated(g, members, side);
                if (count < best) {
                    best = count;
                    for (std::size_t i = 0; i < m; ++i) best_side[i] = side[members[i]];
                }
            }
        }
        for (std::size_t i = 0; i < m; ++i) side[members[i]] = best_side[i];
        result.index += best;
    }
    return result;
}

}  // namespace actorgraph::graphs
