#include "graphs/centrality/strength.hpp"

namespace actorgraph::graphs {

std::vector<double> total_strength(const ActorGraph& graph) {
    std::vector<double> strength(graph.actor_count(), 0.0);
    for (auto [it, end] = boost::edges(graph.graph); it != end; ++it) {
        const Vertex u = boost::source(*it, graph.graph), v = boost::target(*it, graph.graph);
        double weight = 0.0;
        for (const RelationStats& s : graph.graph[*it].by_relation)
            if (s.present()) weight += s.weight;
        strength[u] += weight;
        if (v != u) strength[v] += weight;
    }
    return strength;
}

}  // namespace actorgraph::graphs
