#include "graphs/signed_view.hpp"

#include <algorithm>

namespace actorgraph::graphs {

double SignWeights::of(Relation r) const {
    switch (r) {
    case Relation::support: return 1.0;
    case Relation::conflict: return -1.0;
    case Relation::negotiation: return negotiation;
    case Relation::criticism: return criticism;
    }
    return 0.0;
}

double signed_weight(const Tie& tie, const SignWeights& signs) {
    double w = 0.0;
    for (Relation r : all_relations) w += signs.of(r) * tie[r].weight;
    return w;
}

namespace {

template <typename WeightOf>
std::vector<WeightedArc> arcs_of(const ActorGraph& graph, WeightOf weight_of) {
    std::vector<WeightedArc> arcs;
    arcs.reserve(boost::num_edges(graph.graph));
    for (auto [it, end] = boost::edges(graph.graph); it != end; ++it) {
        auto u = static_cast<std::uint32_t>(boost::source(*it, graph.graph));
        auto v = static_cast<std::uint32_t>(boost::target(*it, graph.graph));
        arcs.push_back({u, v, weight_of(graph.graph[*it])});
    }
    return arcs;
}

double total_weight(const Tie& tie) {
    double w = 0.0;
    for (const RelationStats& s : tie.by_relation) w += s.weight;
    return w;
}

}  // namespace

WeightedAdjacency signed_layer(const ActorGraph& graph, const SignWeights& signs) {
    auto arcs = arcs_of(graph, [&](const Tie& t) { return signed_weight(t, signs); });
    return make_adjacency(graph.actor_count(), std::move(arcs), true);
}

WeightedAdjacency positive_layer(const WeightedAdjacency& signed_layer) {
    std::vector<WeightedArc> arcs;
    for (std::size_t u = 0; u < signed_layer.vertex_count; ++u)
        for (std::size_t a = signed_layer.begin(u); a < signed_layer.end(u); ++a)
            if (signed_layer.targets[a] > u && signed_layer.weights[a] > 0.0)
                arcs.push_back({static_cast<std::uint32_t>(u), signed_layer.targets[a], signed_layer.weights[a]});
    return make_adjacency(signed_layer.vertex_count, std::move(arcs), true);
}

WeightedAdjacency all_relations_layer(const ActorGraph& graph) {
    return make_adjacency(graph.actor_count(), arcs_of(graph, total_weight), true);
}

WeightedAdjacency directed_relations_layer(const ActorGraph& graph) {
    std::vector<WeightedArc> arcs;
    for (auto [it, end] = boost::edges(graph.graph); it != end; ++it) {
        auto u = static_cast<std::uint32_t>(boost::source(*it, graph.graph));
        auto v = static_cast<std::uint32_t>(boost::target(*it, graph.graph));
        const Tie& t = graph.graph[*it];
        double directed = 0.0, symmetric = 0.0;
        for (Relation r : all_relations) (relation_is_directed(r) ? directed : symmetric) += t[r].weight;
        arcs.push_back({u, v, directed + symmetric});
        arcs.push_back({v, u, symmetric});
    }
    return make_adjacency(graph.actor_count(), std::move(arcs), false);
}

WeightedAdjacency relation_layer(const ActorGraph& graph, Relation r) {
    auto arcs = arcs_of(graph, [r](const Tie& t) { return t[r].weight > 0.0 ? t[r].weight : 0.0; });
    return make_adjacency(graph.actor_count(), std::move(arcs), false);
}

double tie_weight(const WeightedAdjacency& layer, std::uint32_t u, std::uint32_t v) {
    const auto first = layer.targets.begin() + static_cast<std::ptrdiff_t>(layer.begin(u));
    const auto last = layer.targets.begin() + static_cast<std::ptrdiff_t>(layer.end(u));
    const auto it = std::lower_bound(first, last, v);
    return it != last && *it == v ? layer.weights[static_cast<std::size_t>(it - layer.targets.begin())] : 0.0;
}

}  // namespace actorgraph::graphs
