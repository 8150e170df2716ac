// actorgraph metrics: analyse an edge list (ACLED-style data).
#include <cstdio>
#include <filesystem>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/outputs.hpp"
#include "engine/file_reader.hpp"
#include "engine/formats/edge_list.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& metrics_usage() {
    static const CommandUsage usage{
        "usage: actorgraph metrics EDGES.csv [-o DIR] [OPTIONS]",
        "Analyses an edge list (ACLED-style data) and writes the same graph.json,\n"
        "graph.dot, images and summary as analyze. EDGES.csv has a header line and\n"
        "the columns source,target,relation,weight (relation: support, conflict,\n"
        "negotiation, criticism) or source,target,sign,weight (sign: +1 / -1).\n"
        "Self-loops are dropped with a count.\n",
        {{"", {output_option("DIR", "output folder (default output/<name of the file>)"),
               quiet_option("no summary, no warnings")}},
         {"graph:", graph_options()},
         {"images:", render_options()}},
        ""};
    return usage;
}

namespace {

// Each row becomes an event ("FILE:LINE", the row as its text), so queries
// and the report can show where a relation came from.
std::vector<extract::Event> edge_list_events(const EdgeListResult& edges, const std::string& text,
                                             const std::string& file_name) {
    std::vector<std::size_t> line_starts{0};
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts.push_back(i + 1);
    std::vector<extract::Event> events;
    events.reserve(edges.observations.size());
    for (std::size_t i = 0; i < edges.observations.size(); ++i) {
        const graphs::Observation& o = edges.observations[i];
        const std::size_t line = edges.lines[i];
        extract::Event event;
        event.doc = file_name + ":" + std::to_string(line);
        event.path = file_name;
        event.sentence = line;
        if (line >= 1 && line <= line_starts.size()) {
            event.begin = line_starts[line - 1];
            event.end = line < line_starts.size() ? line_starts[line] - 1 : text.size();
            event.text = text.substr(event.begin, event.end - event.begin);
            if (!event.text.empty() && event.text.back() == '\r') event.text.pop_back();
        }
        event.source = event.source_entity = o.source;
        event.target = event.target_entity = o.target;
        event.relation = o.relation;
        event.weight = o.weight;
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace

int run_metrics(const std::vector<std::string>& words) {
    const std::string command = "metrics";
    const Arguments args = parse_arguments(words, all_options(metrics_usage()), command);
    if (args.positional.size() != 1)
        usage_error(command, "expected one EDGES.csv, got " + std::to_string(args.positional.size()));
    const GraphOptions graph_choice = parse_graph_options(args, command);
    const RenderChoice render = parse_render_options(args, command);
    const std::string& file = args.positional[0];
    std::error_code ec;
    if (!fs::exists(file, ec)) throw Error(file + ": no such file or directory");
    if (fs::is_directory(file, ec)) throw Error(file + ": is a directory, expected an edge list");
    const bool quiet = args.flag("--quiet");
    const fs::path dir = output_folder(args, {file}, fs::path(file).stem().string());
    install_interrupt_cleanup();

    const std::string text = read_whole_file(file);
    const EdgeListResult edges = parse_edge_list(text, file);
    if (edges.self_loops_dropped && !quiet)
        std::fprintf(stderr, "actorgraph: warning: %s: %zu self-loop%s dropped\n", file.c_str(),
                     edges.self_loops_dropped, edges.self_loops_dropped == 1 ? "" : "s");
    Analysis analysis = analyze_observations(edges.observations, graph_choice);
    analysis.events = edge_list_events(edges, text, file);
    ensure_output_directory(dir);
    mark_output_folder(dir, {file});
    std::vector<std::string> written;
    if (!quiet) std::printf("%zu rows\n", edges.observations.size());
    write_graph_outputs(analysis, dir, RunInfo{file, "top"}, render, false, quiet, written);
    print_written(dir, written, quiet);
    return 0;
}

}  // namespace actorgraph::engine
