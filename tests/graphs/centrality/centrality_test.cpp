// Each centrality against a naive reference written here (as Boost.Graph's
// own tests do) on random graphs, and on tiny hand-drawn graphs.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "graphs/centrality/betweenness.hpp"
#include "graphs/centrality/eigenvector.hpp"
#include "graphs/centrality/harmonic_closeness.hpp"
#include "graphs/centrality/pagerank.hpp"
#include "graphs/centrality/pn_index.hpp"
#include "random_graphs.hpp"

using namespace actorgraph::graphs;
using graph_tests::dense;
using graph_tests::random_graph;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

bool same(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }

// Floyd-Warshall on distance 1 / weight.
std::vector<std::vector<double>> all_pairs(const WeightedAdjacency& g) {
    auto w = dense(g);
    const std::size_t n = g.vertex_count;
    std::vector<std::vector<double>> d(n, std::vector<double>(n, inf));
    for (std::size_t i = 0; i < n; ++i) {
        d[i][i] = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            if (w[i][j] > 0.0) d[i][j] = 1.0 / w[i][j];
    }
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    return d;
}

// Betweenness from its definition: count shortest paths from each s with
// the distances in hand, then sum sigma(s,v) sigma(v,t) / sigma(s,t).
std::vector<double> naive_betweenness(const WeightedAdjacency& g) {
    const std::size_t n = g.vertex_count;
    auto w = dense(g);
    auto d = all_pairs(g);
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0.0));
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<std::size_t> by_distance;
        for (std::size_t v = 0; v < n; ++v)
            if (d[s][v] < inf) by_distance.push_back(v);
        std::sort(by_distance.begin(), by_distance.end(), [&](auto a, auto b) { return d[s][a] < d[s][b]; });
        sigma[s][s] = 1.0;
        for (std::size_t t : by_distance)
            for (std::size_t v = 0; v < n; ++v)
                if (v != t && w[v][t] > 0.0 && d[s][v] < d[s][t] && same(d[s][v] + 1.0 / w[v][t], d[s][t]))
                    sigma[s][t] += sigma[s][v];
    }
    std::vector<double> b(n, 0.0);
    for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = s + 1; t < n; ++t) {
            if (d[s][t] == inf) continue;
            for (std::size_t v = 0; v < n; ++v)
                if (v != s && v != t && same(d[s][v] + d[v][t], d[s][t]))
                    b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
        }
    return b;
}

WeightedAdjacency undirected(std::size_t n, std::vector<WeightedArc> arcs) { return make_adjacency(n, std::move(arcs), true); }

}  // namespace

TEST_CASE("betweenness on hand-drawn graphs") {
    // Path a-b-c: b lies on the one a-c path.
    auto path = undirected(3, {{0, 1, 1}, {1, 2, 1}});
    CHECK(weighted_betweenness(path) == std::vector<double>{0, 1, 0});
    // Star with centre 0 and 4 leaves: C(4,2) = 6 pairs through the centre.
    auto star = undirected(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}});
    CHECK(weighted_betweenness(star)[0] == 6.0);
    // Square 0-1-2-3-0: the strong path 0-1-2 (distances 1/2 + 1/2 = 1)
    // beats 0-3-2 (1 + 1 = 2), so 1 carries the 0-2 pair alone; the 1-3 pair
    // has two paths, 1-0-3 and 1-2-3, of length 1.5, split between 0 and 2.
    auto square = undirected(4, {{0, 1, 2}, {1, 2, 2}, {2, 3, 1}, {3, 0, 1}});
    auto b = weighted_betweenness(square);
    CHECK(b[1] == Approx(1.0));
    CHECK(b[0] == Approx(0.5));
    CHECK(b[2] == Approx(0.5));
    CHECK(b[3] == Approx(0.0));
    // Tie of equal lengths summed in different orders: 1/3 + 1/3 + 1/3 vs 1.
    // 0-3 directly (1) and 0-1-2-3 (three thirds) tie, so 1 and 2 each get
    // half of 0-3, plus 0-2 (via 1) and 1-3 (via 2) whole.
    auto tie = undirected(4, {{0, 1, 3}, {1, 2, 3}, {2, 3, 3}, {0, 3, 1}});
    auto t = weighted_betweenness(tie);
    CHECK(t[1] == Approx(1.5));
    CHECK(t[2] == Approx(1.5));
    CHECK(t[0] == Approx(0.0));
}

TEST_CASE("betweenness matches the Floyd-Warshall path-counting reference on random graphs") {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        std::size_t n = 5 + seed % 20;
        double p = 0.1 + 0.05 * static_cast<double>(seed % 8);
        auto g = random_graph(n, p, 1 + static_cast<int>(seed % 4), seed);
        auto fast = weighted_betweenness(g);
        auto slow = naive_betweenness(g);
        INFO("seed " << seed);
        for (std::size_t v = 0; v < n; ++v) CHECK(fast[v] == Approx(slow[v]).margin(1e-9));
    }
}

TEST_CASE("betweenness with a source sample counts only paths from those sources") {
    auto g = random_graph(12, 0.4, 3, 5);
    std::vector<std::uint32_t> all(12);
    for (std::uint32_t i = 0; i < 12; ++i) all[i] = i;
    auto full = weighted_betweenness(g);
    auto sampled = weighted_betweenness(g, &all);
    for (std::size_t v = 0; v < 12; ++v) CHECK(sampled[v] == Approx(full[v]));
    std::vector<std::uint32_t> none;
    for (double x : weighted_betweenness(g, &none)) CHECK(x == 0.0);
    auto directed = random_graph(4, 0.5, 1, 1, 0.0, false);
    CHECK_THROWS_WITH(weighted_betweenness(directed), "betweenness: the graph must be undirected");
}

TEST_CASE("harmonic closeness matches Floyd-Warshall and hand values") {
    auto path = undirected(3, {{0, 1, 1}, {1, 2, 2}});
    auto h = harmonic_closeness(path);
    CHECK(h[0] == Approx(1.0 + 1.0 / 1.5));
    CHECK(h[1] == Approx(1.0 + 2.0));
    CHECK(h[2] == Approx(2.0 + 1.0 / 1.5));
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::size_t n = 3 + seed % 17;
        auto g = random_graph(n, 0.25, 5, 100 + seed);
        auto d = all_pairs(g);
        auto fast = harmonic_closeness(g);
        for (std::size_t u = 0; u < n; ++u) {
            double s = 0.0;
            for (std::size_t v = 0; v < n; ++v)
                if (v != u && d[u][v] < inf) s += 1.0 / d[u][v];
            CHECK(fast[u] == Approx(s));
        }
    }
}

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

TEST_CASE("eigenvector centrality satisfies A x = lambda x, largest 1") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::size_t n = 3 + seed % 15;
        auto g = random_graph(n, 0.5, 3, 300 + seed);
        auto x = eigenvector_centrality(g);
        auto w = dense(g);
        // Only meaningful on the component that carries the vector; use the
        // Rayleigh quotient and check every row.
        std::vector<double> ax(n, 0.0);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v) ax[u] += w[u][v] * x[v];
        double num = 0.0, den = 0.0;
        for (std::size_t u = 0; u < n; ++u) {
            num += x[u] * ax[u];
            den += x[u] * x[u];
        }
        double lambda = num / den;
        for (std::size_t u = 0; u < n; ++u) CHECK(ax[u] == Approx(lambda * x[u]).margin(1e-8));
        CHECK(*std::max_element(x.begin(), x.end()) == Approx(1.0));
    }
    // Star: centre 1, leaves 1/sqrt(k).
    auto star = undirected(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}});
    auto s = eigenvector_centrality(star);
    CHECK(s[0] == Approx(1.0));
    CHECK(s[1] == Approx(1.0 / std::sqrt(3.0)));
    CHECK(eigenvector_centrality(undirected(3, {})) == std::vector<double>{1, 1, 1});
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
