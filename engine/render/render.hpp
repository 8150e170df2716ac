// Graphviz rendering, in process through libgvc (gvLayout / gvRenderData),
// and the DOT text of the styled graph (to_dot.cpp).
//
// Drawing conventions (also in the legend of every image):
// - what is drawn: display filters change the drawing only, never the
//   analysis (clusters, sizes and every figure come from the whole graph):
//   the top N actors by the size metric (--draw-top N) and the ties of at
//   least a weight (--draw-min-weight X, which also hides actors left
//   without a drawn tie); with neither and more than 30 actors, the top 30
//   are drawn and the caption says so;
// - layout by size ("auto"): dot with alliance boxes up to 15 drawn actors,
//   sfdp (overlap removed by prism) with alliances as colours beyond (dot
//   draws 30 actors of real coverage in few wide ranks: 5,000 points wide,
//   its labels would be 6 px at 2,000 px);
// - every image has a title (the input) and a caption (article count, date
//   range, filters) and a legend, in the label language (image_words.hpp);
// - the drawing is at most RenderOptions::width pixels wide (96 dpi; SVG
//   scales) and labels are at least 14 pt;
// - actors are rounded boxes (a label fits them; the spline router works
//   around 4 corners each, not an ellipse's 8: three times faster);
// - node size grows with RenderOptions::size_metric, min-max scaled over the
//   drawn actors (all-equal values, e.g. all zero, give every node the middle size);
// - node colour is the alliance cluster (Metrics::cluster); clusters with two
//   or more members get a palette colour, and with dot or fdp two or more
//   drawn members are boxed as labelled subgraphs "Alliance 1: A, B, ...";
//   actors alone in their cluster are grey and unboxed; without boxes the
//   legend lists the alliances by colour;
// - support is green, solid, with an arrowhead, and criticism orange,
//   dashed, with an arrowhead (both are directed); conflict (red, solid) and
//   negotiation (blue, dashed) are symmetric relations (relation_is_directed),
//   so they are drawn without arrowheads and the two directions of a pair are
//   merged into one line with the summed weight;
// - line width grows with the square root of the weight relative to the
//   heaviest drawn line.
#pragma once

#include <mutex>
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
// "auto" chooses by the number of drawn actors (to_dot writes the choice into
// the DOT's layout attribute, which render_dot reads back for "auto").
inline constexpr std::string_view render_layouts[] = {"auto", "dot", "neato", "fdp", "sfdp", "circo"};
inline constexpr std::string_view image_formats[] = {"svg", "png", "pdf"};

// Without a display filter, a graph with more actors than this shows only
// its top ones.
inline constexpr std::size_t default_draw_top = 30;
// "auto" uses dot (alliance boxes) up to this many drawn actors, sfdp beyond.
inline constexpr std::size_t dot_layout_limit = 15;
inline constexpr int default_image_width = 2000;  // pixels, at 96 dpi

// What the caption states about the input (empty or 0: not stated).
struct ImageCaption {
    std::string input;                  // the input's name, in the title
    std::size_t articles = 0;
    std::string first_date, last_date;  // ISO dates of the articles
    std::vector<std::string> filters;   // analysis filters, as given (e.g. "--min-docs 2")
};

struct RenderOptions {
    // dot draws the alliance clusters as boxes (neato, sfdp and circo
    // ignore clusters) and is deterministic; fdp also draws clusters but in
    // Graphviz 2.43 its output varies from run to run when clusters exist.
    std::string layout = "auto";                    // auto, dot, neato, fdp, sfdp, circo
    std::string size_metric = graphs::default_size_metric;  // node size from this actor metric
    LabelLanguage labels = LabelLanguage::en;
    std::string title;                              // "" gives "Actor graph: INPUT" in the label language
    std::optional<std::size_t> draw_top;            // --draw-top N
    double draw_min_weight = 0.0;                   // --draw-min-weight X (0: every tie)
    int width = default_image_width;                // --width PX: the image's largest width
    ImageCaption caption;
};

// The vertices to_dot draws, in drawing order (by the size metric,
// descending; ties by id), and whether the default top-30 cut applied.
struct DrawnActors {
    std::vector<graphs::Vertex> vertices;
    bool default_cut = false;
};
DrawnActors drawn_actors(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options);

// The layout engine for `drawn` actors: options.layout, or for "auto" dot
// up to dot_layout_limit and sfdp beyond.
std::string chosen_layout(const RenderOptions& options, std::size_t drawn);

// The label of an actor in a language: the Arabic or English name, falling
// back to the other one and then to the id when empty; `both` gives
// "English\nArabic" (a real newline).
std::string actor_label(const graphs::Actor& actor, LabelLanguage language);

// The DOT text of the styled graph (clusters as subgraphs, legend, ...).
// Deterministic: the same graph gives the same text. Throws actorgraph::Error
// (usage_error) for an unknown size metric and (input_error) when `metrics`
// does not match the graph. O((V + E) log E).
std::string to_dot(const graphs::ActorGraph& graph, const graphs::Metrics& metrics, const RenderOptions& options);

// The id of a drawn line in the DOT and SVG ("tie-FROM--TO--RELATION"; a
// symmetric relation's line is keyed by its lower vertex first), which the
// report uses to find the line's evidence.
std::string tie_id(const std::string& from, const std::string& to, Relation relation);

// Lays out and renders DOT text with the Graphviz C library. `format` is
// "svg", "png" or "pdf" (or "json", Graphviz's layout coordinates, for
// tests); `layout` "auto" takes the DOT's own layout attribute (dot without one). Throws actorgraph::Error on a Graphviz failure.
// Output is byte-identical for the same input with every layout but fdp (see
// RenderOptions::layout); the creation date cairo writes into PDFs is
// blanked out for that reason. Serialised by a mutex:
// Graphviz keeps global state.
std::string render_dot(const std::string& dot, std::string_view format, std::string_view layout);

// Lays out `dot` once and renders it in each of `formats`, in order: the
// images of one run show the same drawing, and the layout is paid for once.
// Checks every format and the layout before any work; errors as render_dot.
std::vector<std::string> render_dot_formats(const std::string& dot, const std::vector<std::string>& formats,
                                            std::string_view layout);

// The lock every use of libgvc in this process holds (render_dot and
// layout_positions): Graphviz keeps global state (error handler, plugins).
std::mutex& graphviz_mutex();

}  // namespace actorgraph::engine
