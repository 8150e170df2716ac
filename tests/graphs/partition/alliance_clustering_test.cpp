#include <catch2/catch.hpp>

#include <set>

#include "engine/formats/edge_list.hpp"
#include "graphs/metrics.hpp"
#include "graphs/partition/alliance_clustering.hpp"
#include "graphs/signed_view.hpp"
#include "random_graphs.hpp"
#include "test_support.hpp"

using namespace actorgraph::graphs;
using namespace actorgraph::engine;

namespace {

// Brute force over every set partition (restricted growth strings).
double brute_force_criterion(const WeightedAdjacency& g, double alpha) {
    const std::size_t n = g.vertex_count;
    std::vector<int> rgs(n, 0);
    double best = evaluate_partition(g, rgs, alpha).criterion;
    while (true) {
        // Next restricted growth string.
        std::size_t i = n;
        while (i-- > 1) {
            int max_before = 0;
            for (std::size_t j = 0; j < i; ++j) max_before = std::max(max_before, rgs[j]);
            if (rgs[i] <= max_before) {
                ++rgs[i];
                for (std::size_t j = i + 1; j < n; ++j) rgs[j] = 0;
                break;
            }
        }
        if (i == 0 || i > n) break;
        best = std::min(best, evaluate_partition(g, rgs, alpha).criterion);
    }
    return best;
}

std::set<std::set<std::string>> blocks_of(const Metrics& m) {
    std::set<std::set<std::string>> out;
    for (const Cluster& c : m.clusters) out.insert(std::set<std::string>(c.members.begin(), c.members.end()));
    return out;
}

}  // namespace

TEST_CASE("criterion of a hand-drawn partition") {
    // Triangle a+b, b-c, a-c plus c+d: best is {a,b},{c,d} with criterion 0.
    auto g = make_adjacency(4, {{0, 1, 1}, {1, 2, -1}, {0, 2, -1}, {2, 3, 2}}, true);
    auto p = evaluate_partition(g, {0, 0, 1, 1}, 0.5);
    CHECK(p.criterion == 0.0);
    auto q = evaluate_partition(g, {0, 0, 0, 1}, 0.5);
    CHECK(q.negative_inside == 2.0);
    CHECK(q.positive_between == 2.0);
    CHECK(q.criterion == 2.0);
    auto r = evaluate_partition(g, {0, 0, 0, 1}, 0.25);
    CHECK(r.criterion == Approx(0.25 * 2 + 0.75 * 2));
    auto exact = alliance_clustering_exact(g, 0.5);
    CHECK(exact.membership == std::vector<int>{0, 0, 1, 1});
    CHECK(exact.exact);
    auto heuristic = alliance_clustering_local_search(g, 0.5, 7, 3);
    CHECK(heuristic.membership == std::vector<int>{0, 0, 1, 1});
    CHECK_FALSE(heuristic.exact);
}

TEST_CASE("an unbalanced triangle costs one tie whatever the split") {
    // + + - : the best partition leaves exactly one frustrated tie.
    auto g = make_adjacency(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}}, true);
    CHECK(alliance_clustering_exact(g, 0.5).criterion == 0.5);
    CHECK(brute_force_criterion(g, 0.5) == 0.5);
    // Isolated actors stand alone.
    auto lonely = make_adjacency(3, {}, true);
    CHECK(alliance_clustering_exact(lonely, 0.5).membership == std::vector<int>{0, 1, 2});
}

TEST_CASE("exact branch and bound equals brute force on small random graphs") {
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        std::size_t n = 2 + seed % 8;
        double alpha = 0.2 + 0.1 * static_cast<double>(seed % 7);
        auto g = graph_tests::random_graph(n, 0.6, 3, 500 + seed, 0.45);
        INFO("seed " << seed);
        auto exact = alliance_clustering_exact(g, alpha);
        CHECK(exact.criterion == Approx(brute_force_criterion(g, alpha)).margin(1e-12));
        CHECK(exact.criterion == Approx(evaluate_partition(g, exact.membership, alpha).criterion));
    }
}

TEST_CASE("exact and heuristic clusterings agree on random graphs of up to 15 actors") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::size_t n = 5 + seed % 11;  // 5 .. 15
        auto g = graph_tests::random_graph(n, 0.3 + 0.02 * static_cast<double>(seed % 10), 5, 600 + seed, 0.4);
        INFO("seed " << seed << ", " << n << " actors");
        auto exact = alliance_clustering_exact(g, 0.5);
        auto heuristic = alliance_clustering_local_search(g, 0.5, seed, 8);
        CHECK(heuristic.criterion == Approx(exact.criterion).margin(1e-12));
    }
}

TEST_CASE("Read's highland tribes: three alliances and signnet's triangle balance") {
    if (!test_support::shared_available()) {
        SKIP_TEST("../shared not available (the tribes network)");
    }
    auto text = test_support::read_file(test_support::shared_dir / "graphs" / "tribes.csv");
    auto edges = parse_edge_list(text, "tribes.csv");
    ActorGraph graph = build_graph({}, edges.observations);
    REQUIRE(graph.actor_count() == 16);
    // Read (1954); Hage & Harary (1983): the Gamaga, the Ukudz-Gahuk and
    // the Nagam-Uheto alliances.
    std::set<std::set<std::string>> alliances = {
        {"Gama", "Gavev", "Kotun", "Nagad"},
        {"Alika", "Asaro", "Gahuk", "Geham", "Masil", "Ove", "Ukudz"},
        {"Kohik", "Nagam", "Notoh", "Seuve", "Uheto"},
    };
    MetricsOptions heuristic;  // 16 actors: beyond the exact limit
    Metrics m = compute_metrics(graph, heuristic);
    CHECK(m.summary.at("criterion_exact") == 0.0);
    CHECK(blocks_of(m) == alliances);
    MetricsOptions exact;
    exact.exact_limit = 16;
    Metrics e = compute_metrics(graph, exact);
    CHECK(e.summary.at("criterion_exact") == 1.0);
    CHECK(blocks_of(e) == alliances);
    CHECK(e.summary.at("criterion") == m.summary.at("criterion"));
    // Only Masil's friendships with Nagam and Uheto cross the alliances.
    CHECK(m.summary.at("criterion") == 0.5 * 2.0);
    REQUIRE(m.frustrated.size() == 2);
    CHECK(m.frustrated[0].source == "Masil");
    CHECK(m.frustrated[0].target == "Nagam");
    CHECK(m.frustrated[1].source == "Uheto");
    CHECK(m.frustrated[1].target == "Masil");
    CHECK_FALSE(m.frustrated[0].inside);
    CHECK(m.frustrated[0].relation == actorgraph::Relation::support);
    CHECK(m.frustrated[0].evidence == std::vector<std::size_t>{20});  // line 22 of the file
    CHECK(m.summary.at("triangle_balance") == Approx(0.8676471).epsilon(1e-7));
}

namespace {

// Reference heuristic: from all singletons, visit vertices in id order and
// move each to the neighbouring block (or a fresh block) of lowest
// criterion if that strictly improves it, until a full pass moves nothing.
// Dense and slow on purpose: an independent check of the fast solver.
double greedy_singleton_moves(const WeightedAdjacency& g, double alpha) {
    const std::size_t n = g.vertex_count;
    std::vector<int> block(n);
    for (std::size_t v = 0; v < n; ++v) block[v] = static_cast<int>(v);
    double current = evaluate_partition(g, block, alpha).criterion;
    for (bool moved = true; moved;) {
        moved = false;
        for (std::size_t v = 0; v < n; ++v) {
            std::set<int> options;
            for (std::size_t a = g.begin(v); a < g.end(v); ++a) options.insert(block[g.targets[a]]);
            std::set<int> used(block.begin(), block.end());
            int fresh = 0;
            while (used.count(fresh)) ++fresh;
            options.insert(fresh);
            int best_block = block[v];
            double best = current;
            for (int b : options) {
                std::vector<int> trial = block;
                trial[v] = b;
                double cost = evaluate_partition(g, trial, alpha).criterion;
                if (cost < best - 1e-9) {
                    best = cost;
                    best_block = b;
                }
            }
            if (best_block != block[v]) {
                block[v] = best_block;
                current = best;
                moved = true;
            }
        }
    }
    return current;
}

}  // namespace

TEST_CASE("the local search is never worse than greedy moves from singletons on 200 actors") {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        double alpha = 0.3 + 0.1 * static_cast<double>(seed % 5);
        auto g = graph_tests::random_graph(200, 0.03 + 0.01 * static_cast<double>(seed % 3), 5, 900 + seed, 0.35);
        INFO("seed " << seed << ", alpha " << alpha);
        auto heuristic = alliance_clustering_local_search(g, alpha, seed, 4);
        double reference = greedy_singleton_moves(g, alpha);
        CHECK(heuristic.criterion <= reference + 1e-9);
        CHECK(heuristic.criterion == Approx(evaluate_partition(g, heuristic.membership, alpha).criterion));
    }
}

TEST_CASE("the local search is deterministic for a seed, also under a tight work budget") {
    auto g = graph_tests::random_graph(300, 0.04, 5, 77, 0.4);
    auto a = alliance_clustering_local_search(g, 0.5, 11, 8);
    auto b = alliance_clustering_local_search(g, 0.5, 11, 8);
    CHECK(a.membership == b.membership);
    CHECK(a.criterion == b.criterion);
    // A budget of one descent's work still runs the minimum of two descents.
    const double one_descent = static_cast<double>(g.vertex_count + g.arc_count());
    auto c = alliance_clustering_local_search(g, 0.5, 11, 8, one_descent);
    auto d = alliance_clustering_local_search(g, 0.5, 11, 8, one_descent);
    CHECK(c.membership == d.membership);
    CHECK(c.criterion == Approx(evaluate_partition(g, c.membership, 0.5).criterion));
    CHECK(c.criterion >= a.criterion - 1e-9);  // same seed, a prefix of the full schedule's work
    CHECK(c.criterion <= greedy_singleton_moves(g, 0.5) + 1e-9);
    CHECK_THROWS_WITH(alliance_clustering_local_search(g, 0.5, 11, 8, 0.0),
                      "alliance clustering: the work budget must be positive");
    CHECK_THROWS_WITH(alliance_clustering_local_search(g, 0.5, 11, 0),
                      "alliance clustering: starts must be >= 1");
}
