#include "engine/cli/outputs.hpp"

#include <algorithm>
#include <cstdio>
#include <future>
#include <map>
#include <set>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/file_reader.hpp"
#include "engine/render/article_urls.hpp"
#include "engine/cli/summary.hpp"
#include "engine/formats/compare_json.hpp"
#include "engine/formats/events_jsonl.hpp"
#include "engine/formats/graph_formats.hpp"
#include "engine/render/compare_html.hpp"
#include "engine/render/diff_dot.hpp"
#include "engine/render/layout_positions.hpp"
#include "engine/render/report_html.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

namespace {

// The images of one drawing, rendered on another thread while the caller
// writes the other files: Graphviz is the slow part of the outputs, and it
// touches nothing the caller uses (it runs under graphviz_mutex, which the
// caller must not need until finish_images). The SVG is always rendered: the
// HTML page shows it inline.
struct ImageJob {
    std::vector<std::string> formats;  // the chosen formats, then "svg" if not among them
    std::size_t chosen = 0;            // how many of `formats` are written
    std::future<std::vector<std::string>> images;
};

ImageJob start_images(const std::string& dot, const RenderChoice& render) {
    ImageJob job;
    job.formats = render.formats;
    job.chosen = job.formats.size();
    if (std::find(job.formats.begin(), job.formats.end(), "svg") == job.formats.end()) job.formats.push_back("svg");
    job.images = std::async(std::launch::async, [dot, formats = job.formats, layout = render.options.layout] {
        return render_dot_formats(dot, formats, layout);
    });
    return job;
}

// Waits for the images, writes the chosen ones as STEM.FORMAT through
// `write`, and returns the SVG.
template <class Write>
std::string finish_images(ImageJob& job, const std::string& stem, Write& write) {
    const std::vector<std::string> images = job.images.get();
    std::string svg;
    for (std::size_t i = 0; i < job.formats.size(); ++i) {
        if (job.formats[i] == "svg") svg = images[i];
        if (i < job.chosen) write(stem + "." + job.formats[i], images[i]);
    }
    return svg;
}

// The <URL>s of the evidence's TREC articles, read back from their files
// (a file that cannot be read now just gives no URL).
std::map<std::string, std::string> article_urls(const std::vector<extract::Event>& events) {
    std::set<std::string> paths;
    for (const extract::Event& event : events) paths.insert(event.path);
    std::map<std::string, std::string> urls;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path.empty() || !fs::is_regular_file(path, ec)) continue;
        try {
            const std::string text = read_whole_file(path);
            if (text.find("<URL>") == std::string::npos) continue;
            for (auto& [doc, url] : trec_urls(text)) urls.emplace(doc, std::move(url));
        } catch (const Error&) {
            continue;
        }
    }
    return urls;
}

}  // namespace

void write_graph_outputs(const Analysis& analysis, const fs::path& dir, const RunInfo& info,
                         const RenderChoice& render, bool with_events, bool quiet, std::vector<std::string>& written) {
    auto write = [&](const std::string& name, const std::string& bytes) {
        write_file_atomically(dir / name, bytes);
        written.push_back(name);
    };
    const graphs::ActorGraph& graph = analysis.graph;
    RenderChoice drawing = render;
    if (drawing.options.caption.input.empty()) drawing.options.caption.input = info.input;
    const std::string dot = to_dot(graph, analysis.metrics, drawing.options);
    // The GEXF positions use Graphviz too, so they come before the images start.
    GexfOptions gexf{render.options.size_metric, layout_positions(graph)};
    ImageJob images = start_images(dot, drawing);
    if (with_events) write("events.jsonl", events_text(analysis.events));
    write("graph.json", graph_to_json(analysis, info));
    write("graph.dot", dot);
    write("graph.graphml", to_graphml(graph, analysis.metrics));
    write("graph.gexf", to_gexf(graph, analysis.metrics, gexf));
    write("nodes.csv", to_csv_nodes(graph, analysis.metrics));
    write("edges.csv", to_csv_edges(graph));
    ReportInfo report;
    report.input = info.input;
    report.generator = std::string("actorgraph ") + ACTORGRAPH_VERSION;
    report.sort_metric = render.options.size_metric;
    std::error_code ec;
    report.base_dir = fs::current_path(ec).string();  // article links resolve from where the run started
    report.article_urls = article_urls(analysis.events);
    const std::string svg = finish_images(images, "graph", write);  // the report shows the SVG inline
    write("report.html", report_html(graph, analysis.metrics, analysis.events, svg, report));
    if (!quiet) std::fputs(summary_text(analysis, render.options.size_metric).c_str(), stdout);
}

graphs::GraphComparison write_comparison(const ComparedSets& sets, const fs::path& dir, const RenderChoice& render,
                                         std::vector<std::string>& written, std::size_t draw_top) {
    auto write = [&](const std::string& name, const std::string& bytes) {
        write_file_atomically(dir / name, bytes);
        written.push_back(name);
    };
    const graphs::GraphComparison comparison = compare_sets(sets);
    write("compare.json", comparison_to_json(sets, comparison));
    const std::string dot = diff_to_dot(sets.before.graph, sets.after.graph, render.options.labels, draw_top);
    write("compare.dot", dot);
    ImageJob images = start_images(dot, render);
    write("compare.html", comparison_to_html(sets, comparison, finish_images(images, "compare", write)));
    return comparison;
}

std::string comparison_summary(const graphs::GraphComparison& comparison) {
    using Kind = graphs::RelationChangeKind;
    std::map<Kind, std::size_t> kinds;
    for (const auto& change : comparison.relations) ++kinds[change.kind];
    std::string out = "relations:";
    for (Kind kind : {Kind::added, Kind::vanished, Kind::strengthened, Kind::weakened})
        out += " " + std::to_string(kinds[kind]) + " " + std::string(graphs::change_kind_name(kind)) + ",";
    out += " rank changes: " + std::to_string(comparison.ranks.size()) +
           ", alliance changes: " + std::to_string(comparison.cluster_changes.size()) + "\n";
    return out;
}

void print_written(const fs::path& dir, const std::vector<std::string>& written, bool quiet) {
    if (quiet) return;
    std::string list;
    for (const std::string& name : written) list += (list.empty() ? "" : ", ") + name;
    std::printf("\nWrote %s/{%s}\n", dir.string().c_str(), list.c_str());
}

std::string events_text(const std::vector<extract::Event>& events) {
    std::string text;
    for (const extract::Event& event : events) text += event_to_json(event) + "\n";
    return text;
}

}  // namespace actorgraph::engine
