#include "engine/cli/summary.hpp"

#include "engine/query/text_table.hpp"
#include "engine/formats/cluster_numbers.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace actorgraph::engine {

namespace {

double metric_of(const Analysis& analysis, std::size_t v, const std::string& metric) {
    if (v >= analysis.metrics.actor_values.size()) return 0.0;
    const auto& values = analysis.metrics.actor_values[v];
    const auto it = values.find(metric);
    return it == values.end() ? 0.0 : it->second;
}

}  // namespace

std::string summary_text(const Analysis& analysis, const std::string& rank_metric, std::size_t top) {
    const graphs::Graph& g = analysis.graph.graph;
    const std::size_t n = boost::num_vertices(g);
    std::string out;
    std::size_t relations = 0;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        for (const auto& stats : g[*e].by_relation) relations += stats.present();
    out += std::to_string(n) + " actors, " + std::to_string(relations) + " relations\n";
    if (n == 0) return out;

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double ma = metric_of(analysis, a, rank_metric), mb = metric_of(analysis, b, rank_metric);
        return ma != mb ? ma > mb : g[a].id < g[b].id;
    });
    out += "\nActors by " + rank_metric + ":\n";
    for (std::size_t i = 0; i < std::min(top, n); ++i) {
        const std::size_t v = order[i];
        out += "  " + pad_to(std::to_string(i + 1) + ".", 4) + pad_to(g[v].id, 16) + pad_to(g[v].label_en, 28) +
               pad_to(format_short(metric_of(analysis, v, rank_metric)), 10) + "mentions " +
               std::to_string(g[v].mentions) + "\n";
    }

    if (!analysis.metrics.clusters.empty()) {
        out += "\nAlliance clusters:\n";
        for (const graphs::Cluster& cluster : analysis.metrics.clusters) {
            out += "  " + std::to_string(displayed_cluster(cluster.id)) + ": ";
            for (std::size_t i = 0; i < cluster.members.size(); ++i)
                out += (i ? ", " : "") + cluster.members[i];
            out += "\n";
        }
        // Once per pair, as the summary's frustrated_ties and the report count them.
        const std::size_t pairs = graphs::frustrated_pair_count(analysis.metrics.frustrated);
        out += "  frustrated ties: " + std::to_string(pairs);
        if (analysis.metrics.frustrated.size() != pairs)
            out += (pairs == 1 ? " pair (" : " pairs (") + std::to_string(analysis.metrics.frustrated.size()) + " relations)";
        out += "\n";
    }
    const auto& summary = analysis.metrics.summary;
    std::string figures;
    for (const char* key : {"criterion", "triangle_balance", "frustration_index", "modularity"}) {
        const auto it = summary.find(key);
        if (it != summary.end()) figures += std::string(figures.empty() ? "" : ", ") + key + " " + format_short(it->second);
    }
    if (!figures.empty()) out += "\nBalance: " + figures + "\n";
    return out;
}

}  // namespace actorgraph::engine
