// The diff image of a comparison: the ties that changed most, coloured by
// the direction of the change on a scale of its own (no hue of the main
// graph's relation colours), the relation told by line style and line end.
#pragma once

#include <cstddef>
#include <string>

#include "engine/render/render.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/compare/compare_graphs.hpp"

namespace actorgraph::engine {

// compare --diff-top's default: enough for a brief, few enough to read.
inline constexpr std::size_t default_diff_draw_top = 30;

// DOT text of the `draw_top` lines (one per relation of a pair; conflict and
// negotiation merged over both directions, as the main image draws them)
// whose weight changed most, largest first, ties by (from, to, relation);
// unchanged lines are not drawn, and only the actors they join.
// Colour: a diverging purple (gained: new or stronger) / brown (lost: weaker
// or vanished) scale, its shade and the line width growing with the size of
// the change; the main image's green, red, blue and orange are not used.
// Relation: support solid with an arrow, criticism dashed with a hollow
// arrow, conflict dashed with a bar at each end, negotiation dotted, no end.
// Each line is labelled with its change (+3, -16); actors only before are
// dashed, only after bold. A legend says all this and how many of the
// changes are drawn. Deterministic. O((V + E) log E).
std::string diff_to_dot(const graphs::ActorGraph& before, const graphs::ActorGraph& after, LabelLanguage labels,
                        std::size_t draw_top = default_diff_draw_top, double tolerance = 1e-9);

}  // namespace actorgraph::engine
