// Times each graph algorithm on a generated signed graph.
//
//   graph_bench ACTORS [--seed S] [--edges-per-actor K] [--sources N] [--write FILE]
//
// The graph: ACTORS vertices in sqrt(ACTORS)/2 planted alliances, K * ACTORS
// distinct random ties (default K = 10), weight uniform in 1..5; a tie inside
// an alliance is positive with probability 0.9, across alliances negative
// with probability 0.8. --write saves it as "u v weight sign" lines for the
// Python comparison. --sources N runs betweenness and closeness from N evenly
// spaced sources only and scales the time to all sources (printed as an
// estimate). Output: one "algorithm seconds note" line per algorithm, in
// process CPU seconds.
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <string>

#include "graphs/centrality/betweenness.hpp"
#include "graphs/centrality/eigenvector.hpp"
#include "graphs/centrality/harmonic_closeness.hpp"
#include "graphs/centrality/pagerank.hpp"
#include "graphs/centrality/pn_index.hpp"
#include "graphs/partition/alliance_clustering.hpp"
#include "graphs/partition/balance.hpp"
#include "graphs/partition/louvain.hpp"
#include "graphs/signed_view.hpp"

using namespace actorgraph::graphs;

namespace {

// Process CPU time: the machine is shared, and CPU time is what compares
// fairly with the single-threaded Python libraries timed the same way.
double cpu_now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

template <typename F>
double seconds(F&& f) {
    double start = cpu_now();
    f();
    return cpu_now() - start;
}

int usage() {
    std::fprintf(stderr, "usage: graph_bench ACTORS [--seed S] [--edges-per-actor K] [--sources N] [--write FILE]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured
    if (argc < 2) return usage();
    const std::size_t n = std::strtoull(argv[1], nullptr, 10);
    std::uint64_t seed = 1;
    std::size_t per_actor = 10, sources = 0;
    std::string write;
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--edges-per-actor") per_actor = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--sources") sources = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--write") write = argv[i + 1];
        else return usage();
    }
    if (n < 2) return usage();

    std::mt19937_64 rng(seed);
    const std::size_t groups = std::max<std::size_t>(2, static_cast<std::size_t>(std::sqrt(double(n)) / 2));
    std::vector<WeightedArc> signed_arcs;
    std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
    const std::size_t ties = std::min(per_actor * n, n * (n - 1) / 2);
    while (signed_arcs.size() < ties) {
        auto u = static_cast<std::uint32_t>(rng() % n), v = static_cast<std::uint32_t>(rng() % n);
        if (u == v) continue;
        if (u > v) std::swap(u, v);
        if (!seen.insert({u, v}).second) continue;
        double w = 1.0 + static_cast<double>(rng() % 5);
        bool same = u % groups == v % groups;
        double p = static_cast<double>(rng() % 1000) / 1000.0;
        bool positive = same ? p < 0.9 : p >= 0.8;
        signed_arcs.push_back({u, v, positive ? w : -w});
    }
    if (!write.empty()) {
        std::ofstream out(write);
        for (const auto& a : signed_arcs)
            out << a.source << ' ' << a.target << ' ' << std::fabs(a.weight) << ' ' << (a.weight > 0 ? 1 : -1) << '\n';
    }
    std::vector<WeightedArc> absolute = signed_arcs;
    for (auto& a : absolute) a.weight = std::fabs(a.weight);
    const WeightedAdjacency all = make_adjacency(n, absolute, true);
    const WeightedAdjacency signed_graph = make_adjacency(n, signed_arcs, true);
    const WeightedAdjacency positive = positive_layer(signed_graph);
    std::printf("graph %zu actors %zu ties seed %llu\n", n, ties, static_cast<unsigned long long>(seed));

    std::vector<std::uint32_t> sample;
    if (sources > 0 && sources < n)
        for (std::size_t i = 0; i < sources; ++i) sample.push_back(static_cast<std::uint32_t>(i * n / sources));
    const double scale = sample.empty() ? 1.0 : double(n) / double(sample.size());
    const char* note = sample.empty() ? "all sources" : "estimated from sampled sources";

    double t = seconds([&] { weighted_betweenness(all, sample.empty() ? nullptr : &sample); });
    std::printf("betweenness %.4f %s\n", t * scale, note);
    if (sample.empty()) {
        t = seconds([&] { harmonic_closeness(all); });
        std::printf("harmonic_closeness %.4f all sources\n", t);
    }
    t = seconds([&] { weighted_pagerank(all); });
    std::printf("pagerank %.4f\n", t);
    t = seconds([&] { eigenvector_centrality(all); });
    std::printf("eigenvector %.4f\n", t);
    t = seconds([&] { pn_index(signed_graph); });
    std::printf("pn_index %.4f\n", t);
    AlliancePartition p;
    // The engine's defaults: alpha 0.5, 8 starts, the default work budget
    // (full schedule up to ~10^4 actors, fewer descents beyond).
    t = seconds([&] { p = alliance_clustering_local_search(signed_graph, 0.5, seed, 8); });
    std::printf("alliance_clustering %.4f criterion %.1f\n", t, p.criterion);
    SignedTriangles tri;
    t = seconds([&] { tri = count_signed_triangles(signed_graph); });
    std::printf("signed_triangles %.4f triangles %zu\n", t, tri.total());
    Frustration f;
    t = seconds([&] { f = frustration_index(signed_graph, seed); });
    std::printf("frustration_index %.4f index %zu\n", t, f.index);
    Communities c;
    t = seconds([&] { c = louvain(positive); });
    std::printf("louvain %.4f modularity %.4f\n", t, c.modularity);
    return 0;
}
