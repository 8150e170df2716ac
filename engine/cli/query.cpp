// actorgraph query: ask a graph.json (or articles) a question.
#include "common/error.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/options.hpp"
#include "engine/query/actor_resolver.hpp"
#include "engine/query/query.hpp"

namespace actorgraph::engine {

const CommandUsage& query_usage() {
    static const CommandUsage usage{
        "usage: actorgraph query SOURCE QUERY... [--json] [OPTIONS]",
        "SOURCE is a graph.json written by analyze or metrics, or article inputs (a\n"
        "file or folder) to analyse first (the analyze graph options apply).\n",
        {{"", {{"--json", "", false, "", "the result as JSON instead of tables"}}},
         {"input:", join({input_options(), {quiet_option("no warnings")}})},
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
    const Analysis analysis = load_analysis(args.positional[0], args, *lexicon, graph_choice, command);
    const ActorResolver resolver(analysis, lexicon.get());
    const QueryResult result =
        run_query(analysis, std::vector<std::string>(args.positional.begin() + 1, args.positional.end()), resolver);
    write_stdout(args.flag("--json") ? result.json : result.text);
    return 0;
}

}  // namespace actorgraph::engine
