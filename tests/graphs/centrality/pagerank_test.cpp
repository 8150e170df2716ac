// pagerank against a naive reference written for the test (as Boost.Graph's
// own tests do) on random graphs, and on tiny hand-drawn graphs.
#include <catch2/catch.hpp>

#include <cmath>

#include "graphs/centrality/pagerank.hpp"
#include "reference_paths.hpp"

using namespace actorgraph::graphs;
using namespace graph_tests;

TEST_CASE("PageRank solves the linear system of its definition") {
    // Reference: r = (1-d)/n + d (W^T r + dangling share), solved densely as
    // (I - d M) r = (1-d)/n 1 with M the column-stochastic matrix in which a
    // dangling vertex links to everyone.
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::size_t n = 2 + seed % 15;
        auto g = random_graph(n, 0.2, 4, 200 + seed, 0.0, seed % 2 == 0);
        auto w = dense(g);
        std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
        for (std::size_t u = 0; u < n; ++u) {
            double out = 0.0;
            for (double x : w[u]) out += x;
            for (std::size_t v = 0; v < n; ++v) {
                double m = out > 0.0 ? w[u][v] / out : 1.0 / static_cast<double>(n);
                a[v][u] -= 0.85 * m;
            }
        }
        for (std::size_t v = 0; v < n; ++v) a[v][v] += 1.0;
        auto expected = graph_tests::solve(a, std::vector<double>(n, 0.15 / static_cast<double>(n)));
        auto fast = weighted_pagerank(g);
        double sum = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            CHECK(fast[v] == Approx(expected[v]).epsilon(1e-9));
            sum += fast[v];
        }
        CHECK(sum == Approx(1.0));
    }
}

TEST_CASE("PageRank on hand-drawn graphs") {
    // Two vertices each pointing to the other: symmetric, 1/2 each.
    auto pair = make_adjacency(2, {{0, 1, 1}, {1, 0, 5}}, false);
    auto r = weighted_pagerank(pair);
    CHECK(r[0] == Approx(0.5));
    CHECK(r[1] == Approx(0.5));
    // 0 -> 1 with 1 dangling (spreading its rank over both):
    // r0 = 0.15/2 + 0.85 r1 / 2 and r1 = 1 - r0, so r0 = 0.5 / 1.425.
    auto chain = make_adjacency(2, {{0, 1, 1}}, false);
    auto c = weighted_pagerank(chain);
    CHECK(c[0] == Approx((0.075 + 0.425) / 1.425));
    CHECK(c[1] == Approx(1.0 - (0.075 + 0.425) / 1.425));
    CHECK(weighted_pagerank(make_adjacency(0, {}, false)).empty());
    // Weights matter: 0 sends 3/4 of its rank to 2.
    auto weighted = make_adjacency(3, {{0, 1, 1}, {0, 2, 3}, {1, 0, 1}, {2, 0, 1}}, false);
    auto x = weighted_pagerank(weighted);
    CHECK(x[2] > x[1]);
}
