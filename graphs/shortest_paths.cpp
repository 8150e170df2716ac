#include "graphs/shortest_paths.hpp"

#include <algorithm>

namespace actorgraph::graphs {

DijkstraWorkspace::DijkstraWorkspace(const WeightedAdjacency& g)
    : graph(g), dist(g.vertex_count, infinity), sigma(g.vertex_count, 0.0), settled_(g.vertex_count, 0),
      slot_(g.vertex_count, none) {
    order.reserve(g.vertex_count);
    heap_.reserve(g.vertex_count);
    length_.resize(g.weights.size());
    for (std::size_t a = 0; a < g.weights.size(); ++a) length_[a] = 1.0 / g.weights[a];
}

void DijkstraWorkspace::sift_up(std::size_t i) {
    std::uint32_t v = heap_[i];
    const double d = dist[v];
    while (i > 0) {
        std::size_t parent = (i - 1) / 4;
        if (dist[heap_[parent]] <= d) break;
        heap_[i] = heap_[parent];
        slot_[heap_[i]] = static_cast<std::uint32_t>(i);
        i = parent;
    }
    heap_[i] = v;
    slot_[v] = static_cast<std::uint32_t>(i);
}

void DijkstraWorkspace::sift_down(std::size_t i) {
    std::uint32_t v = heap_[i];
    const double d = dist[v];
    const std::size_t size = heap_.size();
    while (true) {
        std::size_t first = 4 * i + 1;
        if (first >= size) break;
        std::size_t best = first;
        double best_d = dist[heap_[first]];
        for (std::size_t c = first + 1; c < first + 4 && c < size; ++c)
            if (dist[heap_[c]] < best_d) {
                best = c;
                best_d = dist[heap_[c]];
            }
        if (best_d >= d) break;
        heap_[i] = heap_[best];
        slot_[heap_[i]] = static_cast<std::uint32_t>(i);
        i = best;
    }
    heap_[i] = v;
    slot_[v] = static_cast<std::uint32_t>(i);
}

void DijkstraWorkspace::run(std::uint32_t source, bool count_paths) {
    for (std::uint32_t v : order) {
        dist[v] = infinity;
        sigma[v] = 0.0;
        settled_[v] = 0;
    }
    // Every vertex given a distance enters the heap and is settled before the
    // heap empties, so `order` lists every entry touched.
    order.clear();
    heap_.clear();
    preds.clear();
    pred_begin.assign(1, 0);
    dist[source] = 0.0;
    heap_.push_back(source);
    slot_[source] = 0;
    const auto& targets = graph.targets;
    const auto& length = length_;
    while (!heap_.empty()) {
        std::uint32_t v = heap_[0];
        slot_[v] = none;
        std::uint32_t last = heap_.back();
        heap_.pop_back();
        if (!heap_.empty()) {
            heap_[0] = last;
            sift_down(0);
        }
        settled_[v] = 1;
        order.push_back(v);
        const double d = dist[v];
        double paths = v == source ? 1.0 : 0.0;
        for (std::size_t a = graph.begin(v), end = graph.end(v); a < end; ++a) {
            std::uint32_t u = targets[a];
            double alt = d + length[a];
            if (settled_[u]) {
                // u is settled, so on an undirected graph u->v is an arc too:
                // count the shortest paths through u that end here.
                if (count_paths && graph.undirected && same_length(dist[u] + length[a], d)) {
                    paths += sigma[u];
                    preds.push_back(u);
                }
                continue;
            }
            if (alt < dist[u]) {
                dist[u] = alt;
                if (slot_[u] == none) {
                    heap_.push_back(u);
                    slot_[u] = static_cast<std::uint32_t>(heap_.size() - 1);
                }
                sift_up(slot_[u]);
            }
        }
        if (count_paths) {
            sigma[v] = paths;
            pred_begin.push_back(preds.size());
        }
    }
}

ShortestPath shortest_path(const WeightedAdjacency& graph, std::uint32_t source, std::uint32_t target) {
    DijkstraWorkspace workspace(graph);
    workspace.run(source, false);
    ShortestPath path;
    const std::vector<double>& dist = workspace.dist;
    if (source == target || dist[target] == DijkstraWorkspace::infinity) return path;
    path.length = dist[target];
    // Each vertex's predecessor: the lowest-numbered neighbour one arc
    // shorter that was settled before it (the one that set its distance
    // qualifies, so there is always one, and the walk back cannot cycle).
    constexpr std::uint32_t none = 0xFFFFFFFFu;
    std::vector<std::uint32_t> settled_at(graph.vertex_count, none);
    for (std::size_t i = 0; i < workspace.order.size(); ++i) settled_at[workspace.order[i]] = static_cast<std::uint32_t>(i);
    std::vector<std::uint32_t> previous(graph.vertex_count, none);
    for (std::uint32_t u = 0; u < graph.vertex_count; ++u) {
        if (settled_at[u] == none) continue;
        for (std::size_t a = graph.begin(u); a < graph.end(u); ++a) {
            const std::uint32_t v = graph.targets[a];
            if (previous[v] == none && settled_at[v] != none && settled_at[u] < settled_at[v] &&
                same_length(dist[u] + 1.0 / graph.weights[a], dist[v]))
                previous[v] = u;  // u ascends, so the first found is the lowest
        }
    }
    for (std::uint32_t v = target; v != source; v = previous[v]) path.vertices.push_back(v);
    path.vertices.push_back(source);
    std::reverse(path.vertices.begin(), path.vertices.end());
    return path;
}

}  // namespace actorgraph::graphs
