// `actorgraph query`: questions about one analysed graph. Each query is a
// pure function of the Analysis and gives a human-readable table and the
// same result as JSON.
#pragma once

#include <string>
#include <vector>

#include "engine/pipeline.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::engine {

struct QueryResult {
    std::string text;  // tables for people
    std::string json;  // the same, pretty-printed JSON, keys sorted
};

// Finds actors by id, English label (any case) or Arabic form (normalised:
// hamza, taa marbuta, harakat do not matter); lexicon forms of the actor or
// of any of its factions count. Throws Error naming the closest known names.
class ActorResolver {
public:
    ActorResolver(const Analysis& analysis, const extract::Lexicon* lexicon);
    graphs::Vertex resolve(const std::string& name) const;

private:
    const Analysis& analysis_;
    std::vector<std::pair<std::string, graphs::Vertex>> names_;  // normalised name -> vertex, sorted
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
