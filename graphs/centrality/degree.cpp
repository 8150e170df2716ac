#include "graphs/centrality/degree.hpp"

namespace actorgraph::graphs {

std::map<std::string, std::vector<double>> degree_metrics(const ActorGraph& graph,
                                                          const WeightedAdjacency& signed_layer) {
    const std::size_t n = graph.actor_count();
    std::map<std::string, std::vector<double>> columns;
    auto column = [&](const std::string& name) -> std::vector<double>& {
        auto& c = columns[name];
        c.resize(n, 0.0);
        return c;
    };
    auto& mentions = column("mentions");
    for (std::size_t v = 0; v < n; ++v) mentions[v] = static_cast<double>(graph.graph[v].mentions);
    for (Relation r : all_relations) {
        const std::string name{relation_name(r)};
        auto& degree_in = column("degree_in_" + name);
        auto& degree_out = column("degree_out_" + name);
        auto& strength_in = column("strength_in_" + name);
        auto& strength_out = column("strength_out_" + name);
        for (auto [it, end] = boost::edges(graph.graph); it != end; ++it) {
            const RelationStats& s = graph.graph[*it][r];
            if (!s.present()) continue;
            Vertex u = boost::source(*it, graph.graph), v = boost::target(*it, graph.graph);
            degree_out[u] += 1.0;
            degree_in[v] += 1.0;
            strength_out[u] += s.weight;
            strength_in[v] += s.weight;
        }
    }
    auto& net_degree = column("net_signed_degree");
    auto& net_strength = column("net_signed_strength");
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t a = signed_layer.begin(v); a < signed_layer.end(v); ++a) {
            net_degree[v] += signed_layer.weights[a] > 0.0 ? 1.0 : -1.0;
            net_strength[v] += signed_layer.weights[a];
        }
    return columns;
}

}  // namespace actorgraph::graphs
