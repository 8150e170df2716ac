#include "graphs/metrics.hpp"

#include <cmath>
#include <set>
#include <utility>

#include "common/error.hpp"
#include "graphs/centrality/betweenness.hpp"
#include "graphs/centrality/degree.hpp"
#include "graphs/centrality/eigenvector.hpp"
#include "graphs/centrality/harmonic_closeness.hpp"
#include "graphs/centrality/pagerank.hpp"
#include "graphs/centrality/pn_index.hpp"
#include "graphs/centrality/strength.hpp"
#include "graphs/partition/alliance_clustering.hpp"
#include "graphs/partition/balance.hpp"
#include "graphs/partition/louvain.hpp"
#include "graphs/signed_view.hpp"

namespace actorgraph::graphs {

namespace {

std::vector<Cluster> clusters_of(const ActorGraph& graph, const std::vector<int>& membership) {
    std::vector<Cluster> clusters;
    for (std::size_t v = 0; v < membership.size(); ++v) {
        auto id = static_cast<std::size_t>(membership[v]);
        if (id >= clusters.size()) clusters.resize(id + 1);
        clusters[id].id = static_cast<int>(id);
        clusters[id].members.push_back(graph.graph[v].id);  // vertices are in id order
    }
    return clusters;
}

// The ordered-pair relations behind each signed pair that breaks the
// partition, in (source, target, relation) order.
std::vector<FrustratedTie> frustrated_ties(const ActorGraph& graph, const WeightedAdjacency& signed_graph,
                                           const std::vector<int>& cluster, const SignWeights& signs) {
    std::vector<FrustratedTie> result;
    for (auto [it, end] = boost::edges(graph.graph); it != end; ++it) {
        Vertex u = boost::source(*it, graph.graph), v = boost::target(*it, graph.graph);
        double pair = 0.0;  // the pair's signed weight
        for (std::size_t a = signed_graph.begin(u); a < signed_graph.end(u); ++a)
            if (signed_graph.targets[a] == v) pair = signed_graph.weights[a];
        bool inside = cluster[u] == cluster[v];
        if (!((inside && pair < 0.0) || (!inside && pair > 0.0))) continue;
        const Tie& tie = graph.graph[*it];
        for (Relation r : all_relations) {
            const RelationStats& s = tie[r];
            if (!s.present()) continue;
            double contribution = signs.of(r) * s.weight;
            // Only the relations pulling the way the pair breaks the partition.
            if (!((pair < 0.0 && contribution < 0.0) || (pair > 0.0 && contribution > 0.0))) continue;
            result.push_back({graph.graph[u].id, graph.graph[v].id, r, contribution, s.evidence, inside});
        }
    }
    std::sort(result.begin(), result.end(), [](const FrustratedTie& a, const FrustratedTie& b) {
        if (a.source != b.source) return a.source < b.source;
        if (a.target != b.target) return a.target < b.target;
        return static_cast<int>(a.relation) < static_cast<int>(b.relation);
    });
    return result;
}

}  // namespace

Metrics compute_metrics(const ActorGraph& graph, const MetricsOptions& options) {
    if (!std::isfinite(options.negotiation_sign_weight))
        throw Error("metrics: the negotiation sign weight must be a finite number", ExitCode::usage_error);
    // Criticism is hostility: a positive weight would make it an alliance tie.
    if (!std::isfinite(options.criticism_sign_weight) || options.criticism_sign_weight > 0.0)
        throw Error("metrics: the criticism sign weight must be a finite number <= 0", ExitCode::usage_error);
    const std::size_t n = graph.actor_count();
    const WeightedAdjacency signed_graph = signed_layer(graph, options.signs());
    const WeightedAdjacency positive = positive_layer(signed_graph);
    const WeightedAdjacency all = all_relations_layer(graph);
    const WeightedAdjacency directed = directed_relations_layer(graph);

    std::map<std::string, std::vector<double>> columns = degree_metrics(graph, signed_graph);
    columns["betweenness"] = weighted_betweenness(all);
    columns["betweenness_positive"] = weighted_betweenness(positive);
    columns["harmonic_closeness"] = harmonic_closeness(all);
    columns["harmonic_closeness_positive"] = harmonic_closeness(positive);
    columns["pagerank"] = weighted_pagerank(directed);
    columns["eigenvector"] = eigenvector_centrality(all);
    columns["pn_index"] = pn_index(signed_graph);
    columns["strength"] = total_strength(graph);

    Metrics m;
    m.actor_values.resize(n);
    for (const auto& [name, values] : columns)
        for (std::size_t v = 0; v < n; ++v) m.actor_values[v][name] = values[v];

    AllianceOptions alliance_options;
    alliance_options.alpha = options.alpha;
    alliance_options.seed = options.seed;
    alliance_options.exact_limit = options.exact_limit;
    alliance_options.starts = options.starts;
    AlliancePartition partition = alliance_clustering(signed_graph, alliance_options);
    m.cluster = partition.membership;
    m.clusters = clusters_of(graph, m.cluster);
    m.frustrated = frustrated_ties(graph, signed_graph, m.cluster, options.signs());

    Communities communities = louvain(positive);
    m.community = communities.membership;
    m.communities = clusters_of(graph, m.community);

    SignedTriangles triangles = count_signed_triangles(signed_graph);
    Frustration frustration = frustration_index(signed_graph, options.seed, options.frustration_exact_limit);

    std::size_t relations = 0, positive_ties = 0, negative_ties = 0, frustrated_pairs = 0;
    for (auto [it, end] = boost::edges(graph.graph); it != end; ++it)
        for (const RelationStats& s : graph.graph[*it].by_relation) relations += s.present() ? 1 : 0;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = signed_graph.begin(u); a < signed_graph.end(u); ++a) {
            std::uint32_t t = signed_graph.targets[a];
            if (t < u) continue;
            bool positive_tie = signed_graph.weights[a] > 0.0;
            (positive_tie ? positive_ties : negative_ties) += 1;
            if (positive_tie != (m.cluster[u] == m.cluster[t])) ++frustrated_pairs;
        }

    auto count = [](std::size_t x) { return static_cast<double>(x); };
    auto& s = m.summary;
    s["actors"] = count(n);
    s["pairs"] = count(boost::num_edges(graph.graph));
    s["relations"] = count(relations);
    s["signed_ties"] = count(positive_ties + negative_ties);
    s["positive_ties"] = count(positive_ties);
    s["negative_ties"] = count(negative_ties);
    s["negotiation_sign_weight"] = options.negotiation_sign_weight;
    s["criticism_sign_weight"] = options.criticism_sign_weight;
    s["alpha"] = options.alpha;
    s["criterion"] = partition.criterion;
    s["criterion_negative_inside"] = partition.negative_inside;
    s["criterion_positive_between"] = partition.positive_between;
    s["criterion_exact"] = partition.exact ? 1.0 : 0.0;
    s["clusters"] = count(m.clusters.size());
    s["frustrated_ties"] = count(frustrated_pairs);
    s["triangles"] = count(triangles.total());
    s["triangles_ppp"] = count(triangles.ppp);
    s["triangles_ppm"] = count(triangles.ppm);
    s["triangles_pmm"] = count(triangles.pmm);
    s["triangles_mmm"] = count(triangles.mmm);
    s["triangle_balance"] = triangles.balance_ratio();
    s["frustration_index"] = count(frustration.index);
    s["frustration_exact"] = frustration.exact ? 1.0 : 0.0;
    s["communities"] = count(m.communities.size());
    s["modularity"] = communities.modularity;
    return m;
}

std::string metric_names(const Metrics& metrics) {
    std::vector<std::string> names;
    if (!metrics.actor_values.empty())
        for (const auto& [name, value] : metrics.actor_values.front()) names.push_back(name);
    return join_names(names);
}

const std::vector<std::string>& actor_metric_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> found;
        const Metrics one = compute_metrics(build_graph({Actor{"a", "", "", 0}}, {}));
        for (const auto& [name, value] : one.actor_values.front()) found.push_back(name);
        return found;
    }();
    return names;
}

std::size_t frustrated_pair_count(const std::vector<FrustratedTie>& frustrated) {
    std::set<std::pair<std::string, std::string>> pairs;
    for (const FrustratedTie& tie : frustrated)
        pairs.insert(tie.source < tie.target ? std::make_pair(tie.source, tie.target) : std::make_pair(tie.target, tie.source));
    return pairs.size();
}

std::string join_names(const std::vector<std::string>& names) {
    std::string joined;
    for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
    return joined;
}

}  // namespace actorgraph::graphs
