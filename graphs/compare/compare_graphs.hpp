// Comparing two analysed graphs (two periods, two sources): which relations
// appeared, vanished, grew or shrank, whose rank moved, who changed alliance,
// and how balance moved. Pure: no I/O.
#pragma once

#include <string>
#include <vector>

#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::graphs {

enum class RelationChangeKind { added, vanished, strengthened, weakened };

struct RelationChange {
    std::string source;
    std::string target;
    Relation relation = Relation::support;
    RelationChangeKind kind = RelationChangeKind::added;
    double weight_before = 0.0;  // 0 when absent
    double weight_after = 0.0;
    std::size_t documents_before = 0;
    std::size_t documents_after = 0;
    // Weight per 100 articles of that side (equal to the weight when the
    // side's article count is unknown), so sets of different sizes compare.
    double per100_before = 0.0;
    double per100_after = 0.0;
    double change() const { return weight_after - weight_before; }
};

struct RankChange {
    std::string actor;
    int rank_before = 0;  // 1 = highest; 0 when the actor is absent on that side
    int rank_after = 0;
    double value_before = 0.0;
    double value_after = 0.0;
};

struct ClusterChange {
    std::string actor;
    int cluster_before = -1;  // ids of Metrics::clusters on each side
    int cluster_after = -1;
};

struct SummaryChange {
    std::string key;
    double before = 0.0;  // 0 when the key is missing on that side
    double after = 0.0;
};

struct GraphComparison {
    std::vector<std::string> actors_added;    // sorted
    std::vector<std::string> actors_removed;  // sorted
    // Largest absolute weight change first, then (source, target, relation);
    // unchanged ones left out.
    std::vector<RelationChange> relations;
    std::string rank_metric;
    // Actors whose rank differs, by rank after (absent last), then id; actors
    // whose value is 0 on both sides (tied at 0, rank meaningless) left out.
    std::vector<RankChange> ranks;
    std::vector<int> cluster_match;           // before cluster id -> matched after cluster id, -1 if none
    // Actors on both sides whose cluster is not the matched one and whose
    // cluster's shared members changed, by id.
    std::vector<ClusterChange> cluster_changes;
    std::vector<SummaryChange> summary;       // every summary key of either side, sorted by key
};

struct CompareOptions {
    std::string rank_metric = default_rank_metric;
    double tolerance = 1e-9;  // weight differences up to this are "unchanged"
    // Article counts of the two sides (0 = unknown). When both are known a
    // present relation is strengthened or weakened by its weight per 100
    // articles, not its raw weight; "vanished" stays for relations absent
    // after (per-article weight 0).
    std::size_t articles_before = 0;
    std::size_t articles_after = 0;
};

// Ranks order actors by the metric, highest first, ties by id. Clusters are
// matched one-to-one by greatest overlap of common actors (pairs taken in
// order of overlap, then of before id, then of after id), so renumbering is
// not a change. Throws if the rank metric is missing from a non-empty side.
// O(V log V + E log E + C_before * C_after).
GraphComparison compare_graphs(const ActorGraph& before, const Metrics& before_metrics, const ActorGraph& after,
                               const Metrics& after_metrics, const CompareOptions& options = {});

std::string_view change_kind_name(RelationChangeKind kind);

}  // namespace actorgraph::graphs
