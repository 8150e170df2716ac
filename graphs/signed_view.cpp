#include "graphs/signed_view.hpp"

namespace actorgraph::graphs {

double signed_weight(const Tie& tie, double negotiation_sign_weight) {
    return tie[Relation::support].weight - tie[Relation::conflict].weight +
           negotiation_sign_weight * tie[Relation::negotiation].weight;
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

WeightedAdjacency signed_layer(const ActorGraph& graph, double negotiation_sign_weight) {
    auto arcs = arcs_of(graph, [&](const Tie& t) { return signed_weight(t, negotiation_sign_weight); });
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
        double symmetric = t[Relation::conflict].weight + t[Relation::negotiation].weight;
        arcs.push_back({u, v, t[Relation::support].weight + symmetric});
        arcs.push_back({v, u, symmetric});
    }
    return make_adjacency(graph.actor_count(), std::move(arcs), false);
}

}  // namespace actorgraph::graphs
