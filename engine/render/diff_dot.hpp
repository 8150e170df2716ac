// The diff image of a comparison: both graphs' actors, one line per relation
// present on either side, coloured by what happened to it.
#pragma once

#include <string>

#include "engine/render/render.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/compare/compare_graphs.hpp"

namespace actorgraph::engine {

// DOT text: new relations green, vanished grey dashed, strengthened blue,
// weakened orange, unchanged light grey; support has an arrowhead, criticism
// a hollow one (onormal), conflict a bar (tee), negotiation none and a
// dotted line; actors only in `before` are dashed, only in `after` bold.
// Width grows with the larger of the two weights. Deterministic.
// O((V + E) log E).
std::string diff_to_dot(const graphs::ActorGraph& before, const graphs::ActorGraph& after, LabelLanguage labels,
                        double tolerance = 1e-9);

}  // namespace actorgraph::engine
