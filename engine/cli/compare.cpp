// actorgraph compare: what changed between two article sets.
#include <cstdio>
#include <filesystem>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/outputs.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& compare_usage() {
    static const CommandUsage usage{
        "usage: actorgraph compare A B [-o DIR] [OPTIONS]",
        "Compares two article sets (before A, after B). Each is a graph.json written\n"
        "by analyze or metrics, or article inputs (a file or folder) analysed first.\n"
        "Writes compare.json (relations new, vanished, strengthened, weakened, with\n"
        "weights and evidence; rank changes; actors that changed alliance; the change\n"
        "of every summary figure), compare.dot, the diff image and compare.html to DIR\n"
        "(default output/compare_<A>_vs_<B>).\n",
        {{"input:", join({{output_option("DIR", "output folder")}, input_options(), {quiet_option("no summary")}})},
         {"graph:", graph_options()},
         {"images:", render_options()},
         {"diff image:", {{"--diff-top", "", true, "N", "draw the N largest changes in the diff image (default 30; compare.json has all)"}}}},
        ""};
    return usage;
}

int run_compare(const std::vector<std::string>& words) {
    const std::string command = "compare";
    const Arguments args = parse_arguments(words, all_options(compare_usage()), command);
    if (args.positional.size() != 2)
        usage_error(command, "expected two inputs A and B, got " + std::to_string(args.positional.size()));
    // Every option is checked before any input is read.
    const GraphOptions graph_choice = parse_graph_options(args, command);
    const RenderChoice render = parse_render_options(args, command);
    const auto draw_top = static_cast<std::size_t>(
        args.integer("--diff-top", static_cast<long long>(default_diff_draw_top), 1, command));
    parse_input_options(args, command);
    const bool quiet = args.flag("--quiet");
    const std::string& a = args.positional[0];
    const std::string& b = args.positional[1];
    auto display_name = [](const std::string& input) {
        const std::string name = input_set_name({input});
        return name == "graph" ? fs::path(input).parent_path().filename().string() + "_graph" : name;
    };
    const fs::path dir = output_folder(args, {a, b}, "compare_" + display_name(a) + "_vs_" + display_name(b));
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const Analysis before = load_analysis(a, args, *lexicon, graph_choice, command);
    const Analysis after = load_analysis(b, args, *lexicon, graph_choice, command);
    ensure_output_directory(dir);
    mark_output_folder(dir, {a, b});
    std::vector<std::string> written;
    const graphs::GraphComparison comparison = write_comparison(ComparedSets{before, after, a, b}, dir, render, written, draw_top);
    if (!quiet) std::fputs(comparison_summary(comparison).c_str(), stdout);
    print_written(dir, written, quiet);
    return 0;
}

}  // namespace actorgraph::engine
