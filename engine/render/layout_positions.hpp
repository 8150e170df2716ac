// Actor coordinates from a Graphviz layout of the whole graph (every actor,
// whatever an image draws), for files that carry positions (GEXF's
// viz:position). In process through libgvc, like render_dot.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "graphs/actor_graph.hpp"

namespace actorgraph::engine {

// Beyond this many actors no positions are computed (neato's stress
// majorization is quadratic; sfdp, which is not, gives different positions
// run to run in Graphviz 2.43, so it cannot be used for byte-identical files).
inline constexpr std::size_t max_layout_actors = 1000;

// One (x, y) per actor in vertex order, in points, y up, from neato with
// overlap=scale and a fixed seed: deterministic (overlap=prism is not in
// Graphviz 2.43). Empty for no actors or more
// than max_layout_actors. Allies are laid out closer
// (edge length 1) than actors tied by conflict or criticism (length 3).
// Throws actorgraph::Error on a Graphviz failure. Serialised by its own
// mutex: call it from the thread that renders (render_dot's lock is
// separate). O(V^2).
std::vector<std::array<double, 2>> layout_positions(const graphs::ActorGraph& graph);

}  // namespace actorgraph::engine
