// Lexicon actors by the names people type, resolved exactly as `query`
// resolves graph actors (ActorResolver): for --about, before any graph exists.
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::engine {

// The lexicon id of each name (id, English label or Arabic form, hamza-insensitive).
// Throws Error("unknown actor 'X' (closest: ...)") for the first unknown one.
std::vector<std::string> resolve_lexicon_actors(const std::vector<std::string>& names,
                                                const extract::Lexicon& lexicon);

}  // namespace actorgraph::engine
