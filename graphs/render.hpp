// Graphviz rendering, in process through libgvc (gvLayout / gvRenderData),
// and the graph file formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::graphs {

enum class LabelLanguage { en, ar, both };

struct RenderOptions {
    std::string layout = "dot";                    // dot, neato, fdp, sfdp, circo
    std::string size_metric = default_rank_metric;  // node size from this actor metric
    LabelLanguage labels = LabelLanguage::en;
    std::string title;                              // shown above the legend; "" for none
};

// The DOT text of the styled graph (clusters as subgraphs, legend, ...).
// Deterministic: the same graph gives the same text.
std::string to_dot(const ActorGraph& graph, const Metrics& metrics, const RenderOptions& options);

// Lays out and renders DOT text with the Graphviz C library. `format` is
// "svg", "png" or "pdf". Throws actorgraph::Error on a Graphviz failure.
std::string render_dot(const std::string& dot, std::string_view format, std::string_view layout);

}  // namespace actorgraph::graphs
