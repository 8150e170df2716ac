#include "engine/cli/cli.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

#include <unistd.h>

#include "common/error.hpp"
#include "engine/cli/commands.hpp"
#include "engine/distributed.hpp"

namespace actorgraph::engine {

namespace {

const char* const general_usage = R"(usage: actorgraph COMMAND [OPTIONS] [ARGS]

Finds political actors and their relations (support, conflict, negotiation,
criticism) in Arabic news, builds a signed actor graph, and computes who is
central and who stands with whom.

commands:
  analyze [INPUT...] [-o DIR]   extract, build the graph, compute metrics, render
                                (no INPUT: the embedded example set)
  extract INPUT... [-o FILE]    write the relation events as JSON Lines
  metrics EDGES.csv [-o DIR]    analyse an edge list (source,target,relation|sign,weight)
  compare A B [-o DIR]          what changed between two article sets or graph.json files
  query SOURCE QUERY...         ask a graph.json (or articles): actor, alliance, allies,
                                enemies, top, path, evidence, clusters
  evaluate GOLD.tsv INPUT...    score articles or events.jsonl against a gold file
                                (the figures of ../shared/eval/score.py)
  train GOLD.tsv INPUT... -o FILE
                                fit the relation scorer on annotated articles

  actorgraph COMMAND --help     options of one command
  actorgraph --version
)";

int run_command(const std::vector<std::string>& arguments, const Distributed& mpi);

}  // namespace

int run_cli(const std::vector<std::string>& arguments) {
    const Distributed& mpi = Distributed::instance();
    const int code = run_command(arguments, mpi);
    // One failing rank must not leave the others waiting for it.
    if (code != 0 && mpi.active()) mpi.abort(code);
    return code;
}

namespace {

int run_command(const std::vector<std::string>& arguments, const Distributed& mpi) {
    try {
        if (mpi.rank() != 0 && (arguments.empty() || arguments.front().rfind("-", 0) == 0)) return 0;
        if (arguments.empty()) {
            std::fputs(general_usage, stderr);
            return static_cast<int>(ExitCode::usage_error);
        }
        const std::string& command = arguments.front();
        if (command == "--help" || command == "-h" || command == "help") {
            std::fputs(general_usage, stdout);
            return 0;
        }
        if (command == "--version") {
            std::printf("actorgraph %s\n", ACTORGRAPH_VERSION);
            return 0;
        }
        const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
        const Command* found = find_command(command);
        if (!found) {
            std::fprintf(stderr, "actorgraph: unknown command '%s'\n\n%s", command.c_str(), general_usage);
            return static_cast<int>(ExitCode::usage_error);
        }
        if (mpi.rank() != 0 && !found->distributed) return 0;  // rank 0 runs it alone
        for (const std::string& word : rest)
            if (word == "--help" || word == "-h") {
                std::fputs(usage_text(found->usage()).c_str(), stdout);
                return 0;
            }
        try {
            return found->run(rest);
        } catch (const Error& error) {
            if (error.code() == ExitCode::usage_error) {
                std::fprintf(stderr, "%s\n\n%s", error.what(), usage_text(found->usage()).c_str());
                return static_cast<int>(error.code());
            }
            throw;
        }
    } catch (const Error& error) {
        std::fprintf(stderr, "actorgraph: %s\n", error.what());
        return static_cast<int>(error.code());
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "actorgraph: out of memory\n");
        return static_cast<int>(ExitCode::input_error);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "actorgraph: internal error: %s\n", error.what());
        return 70;
    }
}

}  // namespace

}  // namespace actorgraph::engine
