// eigenvector against a naive reference written for the test (as Boost.Graph's
// own tests do) on random graphs, and on tiny hand-drawn graphs.
#include <catch2/catch.hpp>

#include <cmath>

#include "graphs/centrality/eigenvector.hpp"
#include "reference_paths.hpp"

using namespace actorgraph::graphs;
using namespace graph_tests;

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
