// Structural balance of a signed graph (Cartwright & Harary 1956): signed
// triangle counts, the triangle balance ratio (signnet's
// balance_score(method = "triangles")) and the frustration index (the line
// index of balance: fewest ties whose removal leaves a balanced graph;
// Harary 1959, Aref & Wilson 2018). Signs only; weights are ignored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

struct SignedTriangles {
    std::size_t ppp = 0;  // +++ (balanced)
    std::size_t ppm = 0;  // ++- (unbalanced)
    std::size_t pmm = 0;  // +-- (balanced)
    std::size_t mmm = 0;  // --- (unbalanced)
    std::size_t total() const { return ppp + ppm + pmm + mmm; }
    // Share of balanced triangles; 1 when there is no triangle (nothing is unbalanced).
    double balance_ratio() const {
        return total() == 0 ? 1.0 : static_cast<double>(ppp + pmm) / static_cast<double>(total());
    }
};

// Counts every triangle once by its signs. Orients each tie from the lower
// to the higher (degree, index) end and intersects out-neighbourhoods
// (Schank & Wagner 2005): O(E^1.5). Throws on a directed graph.
SignedTriangles count_signed_triangles(const WeightedAdjacency& signed_graph);

struct Frustration {
    std::size_t index = 0;      // frustrated ties under the best two-sided split
    bool exact = false;         // every connected component was solved exhaustively
    std::vector<int> side;      // 0 / 1 per vertex: the split achieving `index`
};

// The index is additive over connected components: components of at most
// `exact_component_limit` vertices are enumerated (2^(m-1) splits, O(2^m E_m)),
// larger ones get a multi-start local search (flip any vertex that lowers the
// count; 16 seeded starts), so `exact` is false there.
Frustration frustration_index(const WeightedAdjacency& signed_graph, std::uint64_t seed,
                              int exact_component_limit = 20);

}  // namespace actorgraph::graphs
