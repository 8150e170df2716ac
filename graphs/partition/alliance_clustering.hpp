// Alliance clusters of a signed graph by the Doreian-Mrvar criterion
// (Doreian & Mrvar 1996, "A partitioning approach to structural balance",
// Social Networks 18, 149-168; signnet's signed_blockmodel):
//     P(C) = alpha * (negative weight inside blocks) + (1 - alpha) * (positive weight between blocks),
// minimised over all partitions, the number of blocks included.
//
// Writing c(u,v) = alpha * neg(w_uv) - (1 - alpha) * pos(w_uv), P(C) equals
// (1 - alpha) * (total positive weight) + sum of c over pairs in one block,
// so the problem is weighted correlation clustering on c: both solvers below
// minimise that sum.
#pragma once

#include <cstdint>
#include <vector>

#include "graphs/weighted_adjacency.hpp"

namespace actorgraph::graphs {

// Default work budget of the local search: descents times (V + 2E). 4e7
// keeps the full schedule up to ~10^4 actors with 10 ties each and makes
// larger graphs near-linear.
inline constexpr double default_alliance_work_budget = 4e7;

struct AllianceOptions {
    double alpha = 0.5;
    std::uint64_t seed = 1;
    int exact_limit = 15;  // exact branch and bound up to this many vertices
    int starts = 8;        // local-search restarts beyond it
    double work_budget = default_alliance_work_budget;  // caps the local search's descents on large graphs
};

struct AlliancePartition {
    // Block per vertex, numbered 0, 1, ... by smallest vertex. Blocks are
    // connected (any-sign ties) inside: splitting a block into parts with no
    // tie between them costs nothing, so isolated actors stand alone.
    std::vector<int> membership;
    double criterion = 0.0;
    double negative_inside = 0.0;   // |weight| of negative ties inside blocks
    double positive_between = 0.0;  // weight of positive ties between blocks
    bool exact = false;             // proven optimal
};

// P(C) of a given partition; fills the two parts. O(V + E).
AlliancePartition evaluate_partition(const WeightedAdjacency& signed_graph, std::vector<int> membership,
                                     double alpha);

// Exact minimum by branch and bound over set partitions (vertices in index
// order; a bound of each unassigned vertex's cheapest placement against the
// assigned ones plus the negative c among unassigned pairs), seeded with the
// local-search optimum as upper bound. Exponential: meant for V <= ~16.
AlliancePartition alliance_clustering_exact(const WeightedAdjacency& signed_graph, double alpha);

// Multi-start multilevel local search (Louvain-style moving of vertices to
// the block of least c, then of whole blocks, then refinement; Blondel et al.
// 2008 on c instead of modularity), each start followed by 20 rounds of
// iterated local search (scatter V/20 vertices into random blocks, descend
// again, keep if no worse). Every random choice comes from `seed`; ties
// between candidate blocks go to the block of the lowest-id neighbour; the
// best start wins, ties to the earliest.
//
// A move's gain needs v's incident ties only (O(deg v) with a per-vertex
// block-sum array), sweeps re-evaluate only vertices whose neighbourhood
// changed (at most 1000 sweeps per level), and blocks are aggregated into
// super-vertices in O(V + E), so one descent is near-linear. The number of
// descents is starts * 21 while (V + 2E) * starts * 21 <= work_budget,
// otherwise max(2, work_budget / (V + 2E)) (fewer starts first, then fewer
// rounds): total O(min(starts * 21 * (V + E), work_budget + V + E)) per
// level and sweep. Throws on starts < 1 or a non-positive budget.
AlliancePartition alliance_clustering_local_search(const WeightedAdjacency& signed_graph, double alpha,
                                                   std::uint64_t seed, int starts,
                                                   double work_budget = default_alliance_work_budget);

// Exact up to options.exact_limit vertices, local search beyond.
AlliancePartition alliance_clustering(const WeightedAdjacency& signed_graph, const AllianceOptions& options = {});

}  // namespace actorgraph::graphs
