// `actorgraph query`: questions about one analysed graph. Each query is a
// pure function of the Analysis and gives a human-readable table and the
// same result as JSON.
#pragma once

#include <string>
#include <vector>

#include "engine/pipeline.hpp"
#include "engine/query/actor_resolver.hpp"

namespace actorgraph::engine {

struct QueryResult {
    std::string text;  // tables for people
    std::string json;  // the same, pretty-printed JSON, keys sorted
};

// words: the query, e.g. {"alliance", "russia", "iran"}. Queries:
//   actor X | alliance X Y | allies X | enemies X | top METRIC [N] |
//   path X Y | evidence X Y [RELATION] | clusters
// Throws Error(usage_error) for a malformed query.
QueryResult run_query(const Analysis& analysis, const std::vector<std::string>& words,
                      const ActorResolver& resolver);

// The query grammar, for --help and usage errors.
extern const char* const query_grammar;

}  // namespace actorgraph::engine
