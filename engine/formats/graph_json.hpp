// graph.json: the analysed graph, self-contained (actors with every metric,
// relations with their evidence, clusters, summary). Written by analyze and
// metrics; read back by query and compare. Format in the README.
#pragma once

#include <string>
#include <string_view>

#include "engine/pipeline.hpp"

namespace actorgraph::engine {

struct RunInfo {
    std::string input;     // what was analysed, for people
    std::string level;     // "top" or "faction"
};

// Pretty-printed, keys sorted, lists in a fixed order: byte-identical for the same analysis.
std::string graph_to_json(const Analysis& analysis, const RunInfo& info);

// Reads a graph.json text back (`file_name` names it in errors).
Analysis graph_from_json(std::string_view text, const std::string& file_name);

}  // namespace actorgraph::engine
