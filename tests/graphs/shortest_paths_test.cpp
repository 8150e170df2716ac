// graphs::shortest_path: the strongest chain (distance 1 / weight), unique
// because equal lengths (same_length, not bit-equal sums) tie by vertex.
#include <catch2/catch.hpp>

#include "graphs/shortest_paths.hpp"

using namespace actorgraph::graphs;

namespace {

WeightedAdjacency directed(std::size_t n, std::vector<WeightedArc> arcs) { return make_adjacency(n, std::move(arcs), false); }

}  // namespace

TEST_CASE("shortest_path follows the strongest ties and reports the length") {
    // 0 -> 1 -> 3 (1/2 + 1/2 = 1) beats 0 -> 3 (1/0.5 = 2).
    const auto g = directed(4, {{0, 1, 2}, {1, 3, 2}, {0, 3, 0.5}, {3, 2, 1}});
    const ShortestPath path = shortest_path(g, 0, 3);
    CHECK(path.vertices == std::vector<std::uint32_t>{0, 1, 3});
    CHECK(path.length == 1.0);
    CHECK(shortest_path(g, 0, 2).vertices == std::vector<std::uint32_t>{0, 1, 3, 2});
}

TEST_CASE("shortest_path: no path, or the source itself, is an empty path") {
    const auto g = directed(3, {{0, 1, 1}});
    CHECK(shortest_path(g, 1, 0).vertices.empty());  // arcs are directed
    CHECK(shortest_path(g, 0, 2).vertices.empty());
    CHECK(shortest_path(g, 0, 0).vertices.empty());
}

TEST_CASE("shortest_path breaks ties by the lowest vertex, also when the sums differ in the last bits") {
    // Through 1: 1/10 + 1/5 = 0.30000000000000004; through 2: 0.15 + 0.15 =
    // 0.3. The same length (same_length), so the lower vertex, 1, wins.
    const double w = 1.0 / 0.15;
    const auto g = directed(4, {{0, 1, 10}, {1, 3, 5}, {0, 2, w}, {2, 3, w}});
    REQUIRE(1.0 / 10 + 1.0 / 5 != 1.0 / w + 1.0 / w);
    CHECK(shortest_path(g, 0, 3).vertices == std::vector<std::uint32_t>{0, 1, 3});
    // A clearly shorter path still wins over a lower vertex.
    const auto h = directed(4, {{0, 1, 1}, {1, 3, 1}, {0, 2, w}, {2, 3, w}});
    CHECK(shortest_path(h, 0, 3).vertices == std::vector<std::uint32_t>{0, 2, 3});
}
