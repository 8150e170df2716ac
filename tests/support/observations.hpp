// Observations written by hand for the graph tests: one edge of evidence.
#pragma once

#include <cstddef>
#include <string>

#include "graphs/actor_graph.hpp"

namespace test_support {

// Evidence index `evidence`, in document "doc<evidence>" (one document per observation).
inline actorgraph::graphs::Observation obs(std::string source, std::string target, actorgraph::Relation relation,
                                           double weight, std::size_t evidence) {
    return {std::move(source), std::move(target), relation, weight, "doc" + std::to_string(evidence), evidence};
}

// Evidence 0 in document "doc" (all observations from one document).
inline actorgraph::graphs::Observation obs(std::string source, std::string target, actorgraph::Relation relation,
                                           double weight) {
    return {std::move(source), std::move(target), relation, weight, "doc", 0};
}

}  // namespace test_support
