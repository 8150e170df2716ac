// The actor graph on Boost.Graph: one vertex per actor (sorted by id), one
// edge per ordered pair of actors carrying statistics for each relation.
// Conflict and negotiation are symmetric relations, but the pair keeps the
// direction the text gave (attacker -> attacked, caller -> called); support
// and criticism are directed (backer -> backed, critic -> criticised).
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "common/relation.hpp"

namespace actorgraph::graphs {

struct RelationStats {
    double weight = 0.0;              // summed event weight
    std::size_t mentions = 0;         // events
    std::size_t documents = 0;        // distinct documents
    std::vector<std::size_t> evidence;  // indices into the caller's event list, ascending
    bool present() const { return mentions > 0; }
};

struct Tie {
    std::array<RelationStats, relation_count> by_relation;
    RelationStats& operator[](Relation r) { return by_relation[static_cast<int>(r)]; }
    const RelationStats& operator[](Relation r) const { return by_relation[static_cast<int>(r)]; }
};

struct Actor {
    std::string id;
    std::string label_en;
    std::string label_ar;
    std::size_t mentions = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Actor, Tie>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

// One relation event as the graph sees it.
struct Observation {
    std::string source;
    std::string target;
    Relation relation = Relation::support;
    double weight = 1.0;
    std::string doc;
    std::size_t evidence = 0;  // index into the caller's event list
};

// A relation filter that keeps every relation (sized by relation_count, so a
// new relation is kept by default rather than silently dropped).
constexpr std::array<bool, relation_count> every_relation() {
    std::array<bool, relation_count> keep{};
    for (bool& k : keep) k = true;
    return keep;
}

struct PruneOptions {
    double min_weight = 0.0;      // drop a pair's relation whose summed weight is below this
    std::size_t min_docs = 0;     // ... or that fewer documents than this support
    std::array<bool, relation_count> keep = every_relation();  // relation filter, by relation index
    bool drop_isolated = false;   // drop actors left without ties
};

struct ActorGraph {
    Graph graph;
    std::map<std::string, Vertex> index;  // id -> vertex

    std::optional<Vertex> find(const std::string& id) const;
    std::size_t actor_count() const { return boost::num_vertices(graph); }
};

// Builds the graph. Every actor of `actors` becomes a vertex (ids must be
// unique), as does every actor named by an observation (with its id as
// label). Self-relations are dropped. O((V + N) log V) for N observations.
ActorGraph build_graph(std::vector<Actor> actors, const std::vector<Observation>& observations,
                       const PruneOptions& prune = {});

}  // namespace actorgraph::graphs
