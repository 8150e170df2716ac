// betweenness against a naive reference written for the test (as Boost.Graph's
// own tests do) on random graphs, and on tiny hand-drawn graphs.
#include <catch2/catch.hpp>

#include <cmath>

#include "graphs/centrality/betweenness.hpp"
#include "reference_paths.hpp"

using namespace actorgraph::graphs;
using namespace graph_tests;

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
