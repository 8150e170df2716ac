// The files `analyze`, `metrics` and `compare` write into their output
// folder, each atomically, and the lines they print about them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/cli/options.hpp"
#include "engine/compare.hpp"
#include "engine/formats/graph_json.hpp"
#include "engine/render/diff_dot.hpp"

namespace actorgraph::engine {

// Writes events.jsonl (when `with_events`: the analysis's events), graph.json,
// the exports, the images and report.html into `dir` (names appended to
// `written`, in that order); prints the summary unless `quiet`. The images
// are rendered on a second thread while the other files are written.
void write_graph_outputs(const Analysis& analysis, const std::filesystem::path& dir, const RunInfo& info,
                         const RenderChoice& render, bool with_events, bool quiet, std::vector<std::string>& written);

// Writes compare.json, compare.dot, the diff images (the `draw_top` largest
// changes) and compare.html.
graphs::GraphComparison write_comparison(const ComparedSets& sets, const std::filesystem::path& dir,
                                         const RenderChoice& render, std::vector<std::string>& written,
                                         std::size_t draw_top = default_diff_draw_top);

// "relations: N added, ... rank changes: N, alliance changes: N\n".
std::string comparison_summary(const graphs::GraphComparison& comparison);

// "Wrote DIR/{a, b, ...}" unless `quiet`.
void print_written(const std::filesystem::path& dir, const std::vector<std::string>& written, bool quiet);

// One JSON line per event, as events.jsonl holds them.
std::string events_text(const std::vector<extract::Event>& events);

}  // namespace actorgraph::engine
