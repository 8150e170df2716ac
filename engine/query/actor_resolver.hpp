// Actor names as people type them, for `actorgraph query`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/pipeline.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::engine {

// Finds actors by id, English label (any case) or Arabic form (normalised:
// hamza, taa marbuta, harakat do not matter); lexicon forms of the actor or
// of any of its factions count, and so do the English aliases of
// engine/data/query_aliases.json (US, Washington, Moscow, Ankara, ...).
// Throws Error naming the closest known names.
// (alias, actor id) pairs of engine/data/query_aliases.json, in file order.
std::vector<std::pair<std::string, std::string>> query_aliases();

class ActorResolver {
public:
    ActorResolver(const Analysis& analysis, const extract::Lexicon* lexicon);
    graphs::Vertex resolve(const std::string& name) const;

private:
    const Analysis& analysis_;
    std::vector<std::pair<std::string, graphs::Vertex>> names_;  // normalised name -> vertex, sorted
};

}  // namespace actorgraph::engine
