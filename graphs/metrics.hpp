// Everything computed from an ActorGraph: per-actor centralities, alliance
// clusters with the ties that frustrate them, modularity communities and
// structural balance. Each algorithm lives in its own file; this is the
// one entry point the engine calls.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/relation.hpp"
#include "graphs/actor_graph.hpp"

namespace actorgraph::graphs {

struct MetricsOptions {
    double negotiation_sign_weight = 0.0;  // how much negotiation counts as positive in the signed view
    double alpha = 0.5;                    // Doreian-Mrvar: weight of negative ties inside blocks
    std::uint64_t seed = 1;                // for every randomised algorithm
    int exact_limit = 15;                  // exact clustering up to this many actors
};

struct FrustratedTie {
    std::string source;
    std::string target;
    Relation relation = Relation::support;
    double weight = 0.0;                // the signed weight that breaks the partition
    std::vector<std::size_t> evidence;  // indices into the caller's event list
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

// O(V E) dominated by betweenness; see each algorithm's header.
Metrics compute_metrics(const ActorGraph& graph, const MetricsOptions& options = {});

// The metric that ranks actors in summaries and sizes nodes by default.
inline constexpr const char* default_rank_metric = "betweenness";

}  // namespace actorgraph::graphs
