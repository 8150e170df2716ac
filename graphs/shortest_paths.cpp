#include "graphs/shortest_paths.hpp"

#include <algorithm>
#include <functional>

namespace actorgraph::graphs {

DijkstraWorkspace::DijkstraWorkspace(const WeightedAdjacency& g)
    : graph(g), dist(g.vertex_count, infinity), sigma(g.vertex_count, 0.0), settled_(g.vertex_count, 0) {
    order.reserve(g.vertex_count);
}

void DijkstraWorkspace::run(std::uint32_t source, bool count_paths) {
    for (std::uint32_t v : order) {
        dist[v] = infinity;
        sigma[v] = 0.0;
        settled_[v] = 0;
    }
    // Vertices pushed but never settled cannot exist: every pushed vertex is
    // eventually popped, so `order` covers all touched entries.
    order.clear();
    heap_.clear();
    auto greater = std::greater<std::pair<double, std::uint32_t>>{};
    dist[source] = 0.0;
    heap_.push_back({0.0, source});
    const auto& targets = graph.targets;
    const auto& weights = graph.weights;
    while (!heap_.empty()) {
        std::pop_heap(heap_.begin(), heap_.end(), greater);
        auto [d, v] = heap_.back();
        heap_.pop_back();
        if (settled_[v]) continue;
        settled_[v] = 1;
        order.push_back(v);
        double paths = v == source ? 1.0 : 0.0;
        for (std::size_t a = graph.begin(v), end = graph.end(v); a < end; ++a) {
            std::uint32_t u = targets[a];
            double alt = d + 1.0 / weights[a];
            if (settled_[u]) {
                // u is settled, so on an undirected graph u->v is an arc too:
                // count the paths through u that end here.
                if (count_paths && graph.undirected && same_length(dist[u] + 1.0 / weights[a], d))
                    paths += sigma[u];
                continue;
            }
            if (alt < dist[u]) {
                dist[u] = alt;
                heap_.push_back({alt, u});
                std::push_heap(heap_.begin(), heap_.end(), greater);
            }
        }
        if (count_paths) sigma[v] = paths;
    }
}

}  // namespace actorgraph::graphs
