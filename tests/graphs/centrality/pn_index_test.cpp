#include <catch2/catch.hpp>

#include "graphs/centrality/pn_index.hpp"
#include "reference_paths.hpp"

using namespace actorgraph::graphs;
using graph_tests::dense;
using graph_tests::random_graph;
using graph_tests::undirected;

namespace {

// (I - beta A)^-1 1 by dense elimination, A = P - 2N.
std::vector<double> dense_pn(const WeightedAdjacency& g, double beta) {
    const std::size_t n = g.vertex_count;
    auto w = graph_tests::dense(g);
    std::vector<std::vector<double>> m(n, std::vector<double>(n, 0.0));
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = 0; v < n; ++v) {
            double a = w[u][v] > 0 ? 1.0 : w[u][v] < 0 ? -2.0 : 0.0;
            m[u][v] = (u == v ? 1.0 : 0.0) - beta * a;
        }
    return graph_tests::solve(m, std::vector<double>(n, 1.0));
}

}  // namespace

TEST_CASE("PN index of two actors with one negative tie: the singular system gives 1/2 each") {
    // M = I - A / 2 = [[1, 1], [1, 1]] is singular (signnet's solve() fails).
    auto g = make_adjacency(2, {{0, 1, -3}}, true);
    CHECK(pn_index(g) == std::vector<double>{0.5, 0.5});
    // It is the limit of the regularised system as beta rises to 1 / (2n - 2).
    for (double gap : {1e-3, 1e-6}) {
        auto near = dense_pn(g, 0.5 * (1.0 - gap));  // x = 1 / (2 - gap)
        CHECK(near[0] == Approx(1.0 / (2.0 - gap)).epsilon(1e-8));  // condition number ~ 2 / gap
        CHECK(near[0] == Approx(0.5).margin(gap));
    }
    // ... and the least-norm solution: x0 + x1 = 1 with x0 = x1.
    auto x = pn_index(g);
    CHECK(x[0] + x[1] == 1.0);
}

TEST_CASE("PN index of two-actor cases and a negative pair inside a larger graph") {
    CHECK(pn_index(make_adjacency(2, {}, true)) == std::vector<double>{1.0, 1.0});
    CHECK(pn_index(make_adjacency(2, {{0, 1, 2}}, true)) == std::vector<double>{2.0, 2.0});
    CHECK(pn_index(make_adjacency(0, {}, true)).empty());
    // n = 4, a negative pair and a positive pair: beta = 1/6, not singular.
    // Negative pair: x = 1 + (1/6)(-2) x = 1 - x/3 => x = 3/4.
    // Positive pair: x = 1 + x/6 => x = 6/5.
    auto g = make_adjacency(4, {{0, 1, -1}, {2, 3, 1}}, true);
    auto x = pn_index(g);
    REQUIRE(x.size() == 4);
    CHECK(x[0] == Approx(0.75).epsilon(1e-13));
    CHECK(x[1] == Approx(0.75).epsilon(1e-13));
    CHECK(x[2] == Approx(1.2).epsilon(1e-13));
    CHECK(x[3] == Approx(1.2).epsilon(1e-13));
    // A complete all-negative triangle is not singular (its signs do not switch to positive).
    auto triangle = make_adjacency(3, {{0, 1, -1}, {1, 2, -1}, {0, 2, -1}}, true);
    auto t = pn_index(triangle);
    // x = 1 + (1/4)(-2)(2x) = 1 - x => x = 1/2.
    for (double v : t) CHECK(v == Approx(0.5).epsilon(1e-13));
    auto expected = dense_pn(triangle, 0.25);
    for (std::size_t v = 0; v < 3; ++v) CHECK(t[v] == Approx(expected[v]).epsilon(1e-12));
}

TEST_CASE("PN index equals signnet's rowSums(solve(I - A / (2n - 2)))") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::size_t n = 3 + seed % 25;
        auto g = random_graph(n, 0.3, 3, 400 + seed, 0.4);
        auto w = dense(g);
        std::vector<std::vector<double>> m(n, std::vector<double>(n, 0.0));
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v) {
                double a = w[u][v] > 0 ? 1.0 : w[u][v] < 0 ? -2.0 : 0.0;
                m[u][v] = (u == v ? 1.0 : 0.0) - a / (2.0 * static_cast<double>(n) - 2.0);
            }
        auto expected = graph_tests::solve(m, std::vector<double>(n, 1.0));
        auto fast = pn_index(g);
        for (std::size_t v = 0; v < n; ++v) CHECK(fast[v] == Approx(expected[v]).epsilon(1e-10));
    }
    // Hand value: a lone positive pair, n = 2: (I - A/2)^-1 1 with A = [[0,1],[1,0]]
    // gives x = 1 + x/2, x = 2.
    auto pair = undirected(2, {{0, 1, 1}});
    auto two = pn_index(pair);
    CHECK(two[0] == Approx(2.0));
    CHECK(two[1] == Approx(2.0));
    CHECK(pn_index(undirected(1, {})) == std::vector<double>{1.0});
}
