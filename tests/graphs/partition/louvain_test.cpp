#include <catch2/catch.hpp>

#include "graphs/partition/louvain.hpp"
#include "random_graphs.hpp"

using namespace actorgraph::graphs;

namespace {

// Q = 1/2m sum_ij (A_ij - k_i k_j / 2m) [c_i = c_j], from the definition.
double naive_modularity(const WeightedAdjacency& g, const std::vector<int>& c) {
    auto a = graph_tests::dense(g);
    const std::size_t n = g.vertex_count;
    std::vector<double> k(n, 0.0);
    double m2 = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            k[i] += a[i][j];
            m2 += a[i][j];
        }
    double q = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (c[i] == c[j]) q += a[i][j] - k[i] * k[j] / m2;
    return q / m2;
}

}  // namespace

TEST_CASE("Louvain splits two triangles joined by a bridge") {
    auto g = make_adjacency(6, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 1}}, true);
    auto c = louvain(g);
    CHECK(c.membership == std::vector<int>{0, 0, 0, 1, 1, 1});
    CHECK(c.modularity == Approx(5.0 / 14.0));  // 2 (6/14 - (7/14)^2)
}

TEST_CASE("modularity matches its definition and Louvain beats the trivial partitions") {
    for (std::uint64_t seed = 1; seed <= 15; ++seed) {
        std::size_t n = 10 + seed * 3;
        auto g = graph_tests::random_graph(n, 0.15, 4, 900 + seed);
        if (g.arc_count() == 0) continue;
        auto c = louvain(g);
        CHECK(c.modularity == Approx(naive_modularity(g, c.membership)).margin(1e-12));
        std::vector<int> one(n, 0), alone(n);
        for (std::size_t i = 0; i < n; ++i) alone[i] = static_cast<int>(i);
        CHECK(modularity(g, one) == Approx(0.0).margin(1e-12));
        CHECK(modularity(g, alone) == Approx(naive_modularity(g, alone)));
        CHECK(c.modularity > modularity(g, alone));
        CHECK(c.modularity > 0.0);
        // Numbered by smallest vertex.
        int next = 0;
        for (int x : c.membership) {
            CHECK(x <= next);
            if (x == next) ++next;
        }
    }
    CHECK(louvain(make_adjacency(3, {}, true)).membership == std::vector<int>{0, 1, 2});
}
