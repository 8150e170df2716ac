// Graphviz rendering, in process through libgvc (gvLayout / gvRenderData),
// and the DOT text of the styled graph (to_dot.cpp).
//
// Drawing conventions (also in the legend of every image):
// - node size grows with RenderOptions::size_metric, min-max scaled over the
//   actors (all-equal values, e.g. all zero, give every node the middle size);
// - node colour is the alliance cluster (Metrics::cluster); clusters with two
//   or more members are boxed as labelled subgraphs "Alliance 1: A, B, ...",
//   actors alone in their cluster are grey and unboxed (only dot and fdp
//   draw the boxes; the other layouts show the clusters by colour alone);
// - support is green, solid, with an arrowhead, and criticism orange,
//   dashed, with an arrowhead (both are directed); conflict (red, solid) and
//   negotiation (blue, dashed) are symmetric relations (relation_is_directed),
//   so they are drawn without arrowheads and the two directions of a pair are
//   merged into one line with the summed weight;
// - line width grows with the square root of the weight relative to the
//   heaviest drawn line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::engine {

enum class LabelLanguage { en, ar, both };

// "en", "ar" or "both"; nullopt otherwise.
std::optional<LabelLanguage> parse_label_language(std::string_view name);

// The layout engines render_dot accepts, and the image formats.
inline constexpr std::string_view render_layouts[] = {"dot", "neato", "fdp", "sfdp", "circo"};
inline constexpr std::string_view image_formats[] = {"svg", "png", "pdf"};

struct RenderOptions {
    // dot: it draws the alliance clusters as boxes (neato, sfdp and circo
    // ignore clusters) and is deterministic; fdp also draws clusters but in
    // Graphviz 2.43 its output varies from run to run when clusters exist.
    std::string layout = "dot";                     // dot, neato, fdp, sfdp, circo
    std::string size_metric = graphs::default_rank_metric;  // node size from this actor metric
    LabelLanguage labels = LabelLanguage::en;
    std::string title;                              // shown above the legend; "" for none
};

// The label of an actor in a language: the Arabic or English name, falling
// back to the other one and then to the id when empty; `both` gives
// "English\nArabic" (a real newline).
std::string actor_label(const graphs::Actor& actor, LabelLanguage language);

// The DOT text of the styled graph (clusters as subgraphs, legend, ...).
// Deterministic: the same graph gives the same text. Throws actorgraph::Error
// (usage_error) for an unknown size metric and (input_error) when `metrics`
// does not match the graph. O((V + E) log E).
std::string to_dot(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options);

// Lays out and renders DOT text with the Graphviz C library. `format` is
// "svg", "png" or "pdf". Throws actorgraph::Error on a Graphviz failure.
// Output is byte-identical for the same input with every layout but fdp (see
// RenderOptions::layout); the creation date cairo writes into PDFs is
// blanked out for that reason. Serialised by a mutex:
// Graphviz keeps global state.
std::string render_dot(const std::string& dot, std::string_view format, std::string_view layout);

}  // namespace actorgraph::engine
