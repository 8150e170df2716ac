#include <catch2/catch.hpp>

#include "engine/formats/edge_list.hpp"
#include "graphs/partition/balance.hpp"
#include "graphs/signed_view.hpp"
#include "random_graphs.hpp"
#include "test_support.hpp"

using namespace actorgraph::graphs;
using namespace actorgraph::engine;

TEST_CASE("signed triangles on a hand-drawn graph") {
    // K4 with one negative tie 0-1: triangles 012 and 013 have one negative
    // (++-), 023 and 123 none (+++).
    auto k4 = make_adjacency(4, {{0, 1, -1}, {0, 2, 1}, {0, 3, 2}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}}, true);
    auto t = count_signed_triangles(k4);
    CHECK(t.ppp == 2);
    CHECK(t.ppm == 2);
    CHECK(t.pmm == 0);
    CHECK(t.mmm == 0);
    CHECK(t.balance_ratio() == 0.5);
    auto enemies = make_adjacency(3, {{0, 1, -1}, {1, 2, -1}, {0, 2, -1}}, true);
    CHECK(count_signed_triangles(enemies).mmm == 1);
    CHECK(count_signed_triangles(make_adjacency(3, {}, true)).balance_ratio() == 1.0);
}

TEST_CASE("signed triangles match an O(n^3) count on random graphs") {
    for (std::uint64_t seed = 1; seed <= 15; ++seed) {
        std::size_t n = 4 + seed * 2;
        auto g = graph_tests::random_graph(n, 0.4, 3, 700 + seed, 0.35);
        auto d = graph_tests::dense(g);
        std::size_t by_negatives[4] = {0, 0, 0, 0};
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b)
                for (std::size_t c = b + 1; c < n; ++c)
                    if (d[a][b] != 0 && d[b][c] != 0 && d[a][c] != 0)
                        ++by_negatives[(d[a][b] < 0) + (d[b][c] < 0) + (d[a][c] < 0)];
        auto t = count_signed_triangles(g);
        CHECK(t.ppp == by_negatives[0]);
        CHECK(t.ppm == by_negatives[1]);
        CHECK(t.pmm == by_negatives[2]);
        CHECK(t.mmm == by_negatives[3]);
    }
}

TEST_CASE("frustration index: exhaustive and local search agree with brute force") {
    auto triangle = make_adjacency(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}}, true);
    CHECK(frustration_index(triangle, 1).index == 1);
    auto balanced = make_adjacency(4, {{0, 1, 1}, {2, 3, 1}, {0, 2, -1}, {1, 3, -1}}, true);
    auto f = frustration_index(balanced, 1);
    CHECK(f.index == 0);
    CHECK(f.exact);
    CHECK(f.side[0] == f.side[1]);
    CHECK(f.side[0] != f.side[2]);
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        std::size_t n = 6 + seed % 8;
        auto g = graph_tests::random_graph(n, 0.5, 1, 800 + seed, 0.4);
        auto d = graph_tests::dense(g);
        std::size_t best = SIZE_MAX;
        for (std::uint64_t mask = 0; mask < (1u << n); ++mask) {
            std::size_t count = 0;
            for (std::size_t a = 0; a < n; ++a)
                for (std::size_t b = a + 1; b < n; ++b) {
                    if (d[a][b] == 0) continue;
                    bool same = ((mask >> a) & 1) == ((mask >> b) & 1);
                    if ((d[a][b] < 0) == same) ++count;
                }
            best = std::min(best, count);
        }
        auto exact = frustration_index(g, seed);
        CHECK(exact.exact);
        CHECK(exact.index == best);
        auto heuristic = frustration_index(g, seed, 3);  // forces local search on larger components
        CHECK(heuristic.index >= best);
        CHECK(heuristic.index <= best + 1);
    }
}

TEST_CASE("tribes: signnet's triangle balance and the frustration index") {
    if (!test_support::shared_available()) {
        SKIP_TEST("../shared not available (the tribes network)");
    }
    auto edges = parse_edge_list(test_support::read_file(test_support::shared_dir / "graphs" / "tribes.csv"),
                                 "tribes.csv");
    auto g = signed_layer(build_graph({}, edges.observations), SignWeights{});
    auto t = count_signed_triangles(g);
    CHECK(t.total() == 68);
    CHECK(t.balance_ratio() == Approx(0.8676471).epsilon(1e-7));
    auto f = frustration_index(g, 1);
    CHECK(f.exact);
    CHECK(f.index == 7);  // Aref & Wilson (2018) report L = 7 for the highland tribes
}
