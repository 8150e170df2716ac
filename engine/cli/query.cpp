// actorgraph query: ask a graph.json (or articles) a question.
#include <filesystem>

#include "common/error.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/options.hpp"
#include "engine/query/actor_resolver.hpp"
#include "engine/query/query.hpp"
#include "engine/query/trend.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& query_usage() {
    static const CommandUsage usage{
        "usage: actorgraph query SOURCE QUERY... [--json] [OPTIONS]",
        "SOURCE is a graph.json written by analyze or metrics, or article inputs (a\n"
        "file or folder) to analyse first (the analyze graph options apply), or the\n"
        "DIR of analyze --by (its graph.json; trend X Y reads every period).\n",
        {{"", {{"--json", "", false, "", "the result as JSON instead of tables"}}},
         {"input:", join({input_options(), {quiet_option("no warnings")}})},
         {"selection:", selection_options()},
         {"graph:", graph_options()}},
        query_grammar};
    return usage;
}

int run_query_command(const std::vector<std::string>& words) {
    const std::string command = "query";
    const Arguments args = parse_arguments(words, all_options(query_usage()), command);
    if (args.positional.size() < 2) usage_error(command, "expected SOURCE and a QUERY");
    const GraphOptions graph_choice = parse_graph_options(args, command);  // bad values fail before any work
    parse_input_options(args, command);
    const auto lexicon = load_lexicon(args);
    const std::string& source = args.positional[0];
    const bool timeline_dir = is_timeline_dir(source);
    if (args.positional[1] == "trend") {
        if (!timeline_dir)
            usage_error(command, "trend needs the DIR of analyze --by (no timeline.json in '" + source + "')");
        if (args.positional.size() != 4)
            usage_error(command, "'trend' takes 2 arguments, got " + std::to_string(args.positional.size() - 2));
        const Timeline timeline = read_timeline(source);
        const ActorResolver resolver(timeline.whole, lexicon.get());
        const graphs::Graph& g = timeline.whole.graph.graph;
        const QueryResult result = query_trend(timeline, g[resolver.resolve(args.positional[2])].id,
                                               g[resolver.resolve(args.positional[3])].id);
        write_stdout(args.flag("--json") ? result.json : result.text);
        return 0;
    }
    const Analysis analysis = load_analysis(timeline_dir ? (fs::path(source) / "graph.json").string() : source, args,
                                            *lexicon, graph_choice, command);
    const ActorResolver resolver(analysis, lexicon.get());
    const QueryResult result =
        run_query(analysis, std::vector<std::string>(args.positional.begin() + 1, args.positional.end()), resolver);
    write_stdout(args.flag("--json") ? result.json : result.text);
    return 0;
}

}  // namespace actorgraph::engine
