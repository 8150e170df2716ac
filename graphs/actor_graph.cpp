#include "graphs/actor_graph.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "common/error.hpp"
#include "common/rounding.hpp"

namespace actorgraph::graphs {

std::optional<Vertex> ActorGraph::find(const std::string& id) const {
    auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    return it->second;
}

namespace {

// A pair's relation survives pruning if the relation is kept and both its
// summed weight and its document count reach the thresholds.
bool survives(const RelationStats& stats, Relation r, const PruneOptions& prune) {
    if (!stats.present()) return false;
    if (!prune.keep[static_cast<int>(r)]) return false;
    if (stats.weight < prune.min_weight) return false;
    if (stats.documents < prune.min_docs) return false;
    return true;
}

}  // namespace

ActorGraph build_graph(std::vector<Actor> actors, const std::vector<Observation>& observations,
                       const PruneOptions& prune) {
    if (!(prune.min_weight >= 0.0) || !std::isfinite(prune.min_weight))
        throw Error("graph: --min-weight must be a finite number >= 0", ExitCode::usage_error);

    // Actors by id; those only named by observations get their id as label
    // and as many mentions as observations naming them.
    std::map<std::string, Actor> by_id;
    for (Actor& actor : actors) {
        if (actor.id.empty()) throw Error("graph: an actor has an empty id");
        std::string id = actor.id;
        if (!by_id.emplace(id, std::move(actor)).second)
            throw Error("graph: duplicate actor id '" + id + "'");
    }
    std::set<std::string> supplied;
    for (const auto& [id, actor] : by_id) supplied.insert(id);
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const Observation& o = observations[i];
        if (o.source.empty() || o.target.empty())
            throw Error("graph: observation " + std::to_string(i) + " has an empty actor id");
        if (!std::isfinite(o.weight) || o.weight < 0.0)
            throw Error("graph: observation " + std::to_string(i) +
                        " has a weight that is not a finite number >= 0");
        for (const std::string* id : {&o.source, &o.target}) {
            auto [it, inserted] = by_id.try_emplace(*id);
            if (inserted) {
                it->second.id = *id;
                it->second.label_en = *id;
                it->second.label_ar = *id;
            }
            if (!supplied.count(*id)) ++it->second.mentions;
        }
    }

    // Aggregate per ordered pair; documents are counted once per pair and relation.
    std::map<std::pair<std::string, std::string>, Tie> ties;
    std::map<std::pair<std::string, std::string>, std::array<std::set<std::string>, relation_count>> docs;
    for (const Observation& o : observations) {
        if (o.source == o.target) continue;  // self-relations carry no tie
        auto key = std::make_pair(o.source, o.target);
        RelationStats& stats = ties[key][o.relation];
        stats.weight += o.weight;
        stats.mentions += 1;
        stats.evidence.push_back(o.evidence);
        docs[key][static_cast<int>(o.relation)].insert(o.doc);
    }
    for (auto& [key, tie] : ties) {
        for (Relation r : all_relations) {
            RelationStats& stats = tie[r];
            stats.documents = docs[key][static_cast<int>(r)].size();
            stats.weight = clean_sum(stats.weight);  // 1.05, not 1.0499999999999998
            std::sort(stats.evidence.begin(), stats.evidence.end());
            stats.evidence.erase(std::unique(stats.evidence.begin(), stats.evidence.end()),
                                 stats.evidence.end());
            if (!survives(stats, r, prune)) stats = RelationStats{};
        }
    }
    std::erase_if(ties, [](const auto& entry) {
        return std::none_of(entry.second.by_relation.begin(), entry.second.by_relation.end(),
                            [](const RelationStats& s) { return s.present(); });
    });

    if (prune.drop_isolated) {
        std::set<std::string> tied;
        for (const auto& [key, tie] : ties) {
            tied.insert(key.first);
            tied.insert(key.second);
        }
        std::erase_if(by_id, [&](const auto& entry) { return !tied.count(entry.first); });
    }

    ActorGraph result;
    for (auto& [id, actor] : by_id) {
        Vertex v = boost::add_vertex(std::move(actor), result.graph);
        result.index.emplace(id, v);
    }
    for (auto& [key, tie] : ties)
        boost::add_edge(result.index.at(key.first), result.index.at(key.second), std::move(tie),
                        result.graph);
    return result;
}

}  // namespace actorgraph::graphs
