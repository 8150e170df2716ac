// libFuzzer target: the edge-list CSV reader, then the graph built from it.
// Invariants: one line number per observation, no self-loop kept, weights
// finite and >= 0.
#include "fuzz/fuzz_support.hpp"

#include <cmath>

#include "common/error.hpp"
#include "engine/formats/edge_list.hpp"

namespace actorgraph::fuzz {

inline void edge_list_body(std::string_view csv) {
    try {
        const engine::EdgeListResult edges = engine::parse_edge_list(csv, "edges.csv");
        require(edges.lines.size() == edges.observations.size(), "edge list: one line per observation");
        for (std::size_t i = 0; i < edges.observations.size(); ++i) {
            const graphs::Observation& o = edges.observations[i];
            require(o.source != o.target, "edge list: self-loops are dropped");
            require(std::isfinite(o.weight) && o.weight >= 0, "edge list: weight finite and >= 0");
            require(edges.lines[i] >= 2, "edge list: rows start after the header");
            if (i > 0) require(edges.lines[i - 1] < edges.lines[i], "edge list: rows in file order");
        }
    } catch (const Error&) {
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::edge_list_body)
