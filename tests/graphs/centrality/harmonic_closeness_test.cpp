// harmonic closeness against a naive reference written for the test (as Boost.Graph's
// own tests do) on random graphs, and on tiny hand-drawn graphs.
#include <catch2/catch.hpp>

#include <cmath>

#include "graphs/centrality/harmonic_closeness.hpp"
#include "reference_paths.hpp"

using namespace actorgraph::graphs;
using namespace graph_tests;

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
