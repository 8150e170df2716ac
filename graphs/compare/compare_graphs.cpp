#include "graphs/compare/compare_graphs.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "common/error.hpp"
#include "common/rounding.hpp"

namespace actorgraph::graphs {

std::string_view change_kind_name(RelationChangeKind kind) {
    switch (kind) {
    case RelationChangeKind::added: return "new";
    case RelationChangeKind::vanished: return "vanished";
    case RelationChangeKind::strengthened: return "strengthened";
    case RelationChangeKind::weakened: return "weakened";
    }
    return "new";
}

namespace {

using PairKey = std::tuple<std::string, std::string, int>;

std::map<PairKey, const RelationStats*> relations_of(const ActorGraph& g) {
    std::map<PairKey, const RelationStats*> out;
    for (auto [it, end] = boost::edges(g.graph); it != end; ++it) {
        const std::string& s = g.graph[boost::source(*it, g.graph)].id;
        const std::string& t = g.graph[boost::target(*it, g.graph)].id;
        for (Relation r : all_relations) {
            const RelationStats& stats = g.graph[*it][r];
            if (stats.present()) out[{s, t, static_cast<int>(r)}] = &stats;
        }
    }
    return out;
}

double per100(double weight, std::size_t articles) {
    return articles == 0 ? weight : clean_sum(weight * 100.0 / static_cast<double>(articles));
}

// Actor id -> (rank, value), rank 1 for the highest value, ties by id.
std::map<std::string, std::pair<int, double>> ranks_of(const ActorGraph& g, const Metrics& m, const std::string& metric) {
    std::vector<std::pair<double, std::string>> order;
    for (std::size_t v = 0; v < g.actor_count(); ++v) {
        if (v >= m.actor_values.size()) throw Error("compare: metrics do not match the graph");
        auto it = m.actor_values[v].find(metric);
        if (it == m.actor_values[v].end()) throw Error("compare: unknown rank metric '" + metric + "'");
        order.push_back({it->second, g.graph[v].id});
    }
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::map<std::string, std::pair<int, double>> out;
    for (std::size_t i = 0; i < order.size(); ++i) out[order[i].second] = {static_cast<int>(i) + 1, order[i].first};
    return out;
}

std::map<std::string, int> cluster_by_actor(const ActorGraph& g, const Metrics& m) {
    std::map<std::string, int> out;
    for (std::size_t v = 0; v < g.actor_count() && v < m.cluster.size(); ++v) out[g.graph[v].id] = m.cluster[v];
    return out;
}

}  // namespace

GraphComparison compare_graphs(const ActorGraph& before, const Metrics& mb, const ActorGraph& after,
                               const Metrics& ma, const CompareOptions& options) {
    GraphComparison c;
    c.rank_metric = options.rank_metric;

    for (const auto& [id, v] : after.index)
        if (!before.index.count(id)) c.actors_added.push_back(id);
    for (const auto& [id, v] : before.index)
        if (!after.index.count(id)) c.actors_removed.push_back(id);

    // Relations, merged in key order.
    auto rb = relations_of(before), ra = relations_of(after);
    std::set<PairKey> keys;
    for (const auto& [k, s] : rb) keys.insert(k);
    for (const auto& [k, s] : ra) keys.insert(k);
    for (const PairKey& k : keys) {
        auto b = rb.find(k), a = ra.find(k);
        RelationChange change;
        std::tie(change.source, change.target, std::ignore) = k;
        change.relation = static_cast<Relation>(std::get<2>(k));
        if (b != rb.end()) {
            change.weight_before = b->second->weight;
            change.documents_before = b->second->documents;
        }
        if (a != ra.end()) {
            change.weight_after = a->second->weight;
            change.documents_after = a->second->documents;
        }
        change.per100_before = per100(change.weight_before, options.articles_before);
        change.per100_after = per100(change.weight_after, options.articles_after);
        // Strength compared per article when both sizes are known.
        const bool sized = options.articles_before > 0 && options.articles_after > 0;
        const double x = sized ? change.per100_before : change.weight_before;
        const double y = sized ? change.per100_after : change.weight_after;
        if (b == rb.end())
            change.kind = RelationChangeKind::added;
        else if (a == ra.end())
            change.kind = RelationChangeKind::vanished;
        else if (y > x + options.tolerance)
            change.kind = RelationChangeKind::strengthened;
        else if (y < x - options.tolerance)
            change.kind = RelationChangeKind::weakened;
        else
            continue;
        c.relations.push_back(std::move(change));
    }
    std::stable_sort(c.relations.begin(), c.relations.end(), [](const RelationChange& p, const RelationChange& q) {
        return std::fabs(p.change()) > std::fabs(q.change());  // stable: key order among equal changes
    });

    // Ranks.
    auto kb = ranks_of(before, mb, options.rank_metric), ka = ranks_of(after, ma, options.rank_metric);
    std::set<std::string> actors;
    for (const auto& [id, r] : kb) actors.insert(id);
    for (const auto& [id, r] : ka) actors.insert(id);
    for (const std::string& id : actors) {
        RankChange r;
        r.actor = id;
        if (auto it = kb.find(id); it != kb.end()) std::tie(r.rank_before, r.value_before) = it->second;
        if (auto it = ka.find(id); it != ka.end()) std::tie(r.rank_after, r.value_after) = it->second;
        if (r.value_before == 0.0 && r.value_after == 0.0) continue;  // tied at 0: the rank is only the id order
        if (r.rank_before != r.rank_after) c.ranks.push_back(std::move(r));
    }
    std::sort(c.ranks.begin(), c.ranks.end(), [](const RankChange& a, const RankChange& b) {
        int x = a.rank_after == 0 ? INT32_MAX : a.rank_after, y = b.rank_after == 0 ? INT32_MAX : b.rank_after;
        return x != y ? x < y : a.actor < b.actor;
    });

    // Clusters matched by overlap of the actors both sides share.
    auto cb = cluster_by_actor(before, mb), ca = cluster_by_actor(after, ma);
    std::map<std::pair<int, int>, int> overlap;
    for (const auto& [id, x] : cb)
        if (auto it = ca.find(id); it != ca.end()) ++overlap[{x, it->second}];
    std::vector<std::tuple<int, int, int>> candidates;  // (-overlap, before, after)
    for (const auto& [pair, count] : overlap) candidates.push_back({-count, pair.first, pair.second});
    std::sort(candidates.begin(), candidates.end());
    c.cluster_match.assign(mb.clusters.size(), -1);
    std::set<int> taken;
    for (const auto& [negative, x, y] : candidates) {
        if (x < 0 || static_cast<std::size_t>(x) >= c.cluster_match.size()) continue;
        if (c.cluster_match[x] >= 0 || taken.count(y)) continue;
        c.cluster_match[x] = y;
        taken.insert(y);
    }
    // The shared actors of each cluster: an actor whose cluster kept the same
    // shared members did not change alliance even when the matching paired
    // its cluster elsewhere (a cluster that only lost or gained actors
    // present on one side).
    std::map<int, std::set<std::string>> shared_before, shared_after;
    for (const auto& [id, x] : cb)
        if (auto it = ca.find(id); it != ca.end()) {
            shared_before[x].insert(id);
            shared_after[it->second].insert(id);
        }
    for (const auto& [id, x] : cb) {
        auto it = ca.find(id);
        if (it == ca.end()) continue;
        int matched = x >= 0 && static_cast<std::size_t>(x) < c.cluster_match.size() ? c.cluster_match[x] : -1;
        if (matched == it->second || shared_before[x] == shared_after[it->second]) continue;
        c.cluster_changes.push_back({id, x, it->second});
    }

    // Summary values, every key of either side.
    std::set<std::string> summary_keys;
    for (const auto& [k, v] : mb.summary) summary_keys.insert(k);
    for (const auto& [k, v] : ma.summary) summary_keys.insert(k);
    for (const std::string& k : summary_keys) {
        SummaryChange s{k, 0.0, 0.0};
        if (auto it = mb.summary.find(k); it != mb.summary.end()) s.before = it->second;
        if (auto it = ma.summary.find(k); it != ma.summary.end()) s.after = it->second;
        c.summary.push_back(s);
    }
    return c;
}

}  // namespace actorgraph::graphs
