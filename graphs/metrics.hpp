// Everything computed from an ActorGraph: per-actor centralities, alliance
// clusters with the ties that frustrate them, modularity communities and
// structural balance. Each algorithm lives in its own file; this is the
// one entry point the engine calls.
//
// Layers (graphs/signed_view.hpp): the SIGNED layer has one undirected weight
// per unordered pair, summed over both directions: + support - conflict
// + negotiation_sign_weight * negotiation + criticism_sign_weight * criticism
// (pairs summing to 0 have no signed tie; both sign weights are 0 by
// default, so negotiation and criticism leave it alone). The POSITIVE layer
// keeps its pairs with a positive sum. The ALL-RELATIONS layer sums every
// relation's weight (criticism included) over both directions.
// Distances for paths are 1 / weight.
//
// Actor values (Metrics::actor_values keys; every vertex has all of them):
//   mentions                     mentions of the actor in the articles (edge lists: observations naming it)
//   degree_in_<r>, degree_out_<r>      partners with relation r towards / from the actor
//                                      (r = support, conflict, negotiation, criticism)
//   strength_in_<r>, strength_out_<r>  summed event weight of relation r towards / from the actor
//   net_signed_degree            partners with a positive signed tie minus partners with a negative one
//   net_signed_strength          sum of the actor's signed-layer weights
//   betweenness                  weighted betweenness on the all-relations layer (default rank metric; Brandes 2001)
//   betweenness_positive         weighted betweenness on the positive layer
//   harmonic_closeness           sum of 1 / distance to every other actor, all-relations layer
//   harmonic_closeness_positive  the same on the positive layer
//   pagerank                     weighted PageRank (d = 0.85) on the directed all-relations layer: support and
//                                criticism u->v are an arc u->v, conflict and negotiation arcs both ways; sums to 1
//   eigenvector                  eigenvector centrality of the all-relations layer, largest = 1
//   pn_index                     PN centrality of the signed layer's signs (Everett & Borgatti 2014, signnet pn_index)
//   strength                     summed weight of all the actor's ties, every relation, both directions
//                                (default node size and ranking metric; Barrat et al. 2004)
//
// Summary keys (Metrics::summary):
//   actors, pairs (ordered pairs with a tie), relations (pair-relation ties),
//   signed_ties, positive_ties, negative_ties (unordered pairs of the signed layer),
//   negotiation_sign_weight, criticism_sign_weight, alpha,
//   criterion (Doreian-Mrvar P), criterion_negative_inside, criterion_positive_between,
//   criterion_exact (1 if proven optimal), clusters, frustrated_ties (signed pairs breaking the partition),
//   triangles, triangles_ppp, triangles_ppm, triangles_pmm, triangles_mmm,
//   triangle_balance (share of balanced triangles, 1 without triangles),
//   frustration_index (fewest signed ties to remove for balance), frustration_exact (1 if proven),
//   communities, modularity (Louvain on the positive layer).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/relation.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/signed_view.hpp"

namespace actorgraph::graphs {

struct MetricsOptions {
    double negotiation_sign_weight = 0.0;  // how much negotiation counts as positive in the signed view
    double criticism_sign_weight = 0.0;    // how much criticism counts in the signed view: <= 0 (a negative tie)
    double alpha = 0.5;                    // Doreian-Mrvar: weight of negative ties inside blocks
    std::uint64_t seed = 1;                // for every randomised algorithm
    int exact_limit = 15;                  // exact clustering up to this many actors
    int starts = 8;                        // local-search restarts for larger graphs
    int frustration_exact_limit = 20;      // exhaustive frustration index per component up to this size
    SignWeights signs() const { return {negotiation_sign_weight, criticism_sign_weight}; }
};

struct FrustratedTie {
    std::string source;
    std::string target;
    Relation relation = Relation::support;
    double weight = 0.0;                // the signed weight that breaks the partition
    std::vector<std::size_t> evidence;  // indices into the caller's event list
    bool inside = false;                // true: a negative tie inside a cluster; false: a positive tie between clusters
};

struct Cluster {
    int id = 0;                        // 0, 1, ... ordered by the smallest member id
    std::vector<std::string> members;  // sorted
};

struct Metrics {
    // Per vertex (same order as the graph): metric name -> value. Every
    // vertex has the same keys; the names are documented in the README.
    std::vector<std::map<std::string, double>> actor_values;
    std::vector<int> cluster;    // alliance cluster per vertex
    std::vector<Cluster> clusters;
    std::vector<FrustratedTie> frustrated;
    std::vector<int> community;  // modularity community (positive layer) per vertex
    std::vector<Cluster> communities;
    // Graph-level values: actors, relations, clustering criterion,
    // triangle balance, triangle counts, frustration index, modularity, ...
    std::map<std::string, double> summary;
};

// O(V E + V^2 log V), dominated by betweenness and harmonic closeness; see
// each algorithm's header. Throws Error(usage_error) for a sign weight that
// is not finite or a criticism sign weight above 0. An empty graph gives empty per-actor vectors and a
// summary of zeros (triangle_balance 1). Deterministic for a given seed.
Metrics compute_metrics(const ActorGraph& graph, const MetricsOptions& options = {});

// The actor metric names of `metrics`, sorted, joined by ", " (for "unknown
// metric" messages); "" for a graph without actors.
std::string metric_names(const Metrics& metrics);

// The actor metric names every graph's Metrics has, sorted: those of a
// one-actor graph, so the list cannot drift from compute_metrics. For
// checking an option such as --size-by before any input is read.
const std::vector<std::string>& actor_metric_names();

// Frustrated ties are counted once per unordered pair everywhere (summary
// "frustrated_ties", the terminal, the report): `frustrated` lists the
// relations behind them, one entry per ordered pair and relation, so a pair
// can appear more than once. The number of distinct pairs in it.
std::size_t frustrated_pair_count(const std::vector<FrustratedTie>& frustrated);

// `names` joined by ", ".
std::string join_names(const std::vector<std::string>& names);

// The metric that ranks actors in comparisons (compare.json's rank changes).
inline constexpr const char* default_rank_metric = "betweenness";

// The metric that sizes nodes in images and ranks actors in the summary and
// the report by default (--size-by chooses another).
inline constexpr const char* default_size_metric = "strength";

}  // namespace actorgraph::graphs
