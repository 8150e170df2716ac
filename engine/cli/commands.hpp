// The commands of the command line, one file each (engine/cli/<name>.cpp):
// each parses its options from the tables its usage is generated from, checks
// every value before reading any input, and runs the pipeline; all file
// writing happens in the commands, atomically.
#pragma once

#include <string>
#include <vector>

#include "engine/cli/usage.hpp"

namespace actorgraph::engine {

struct Command {
    const char* name;
    const CommandUsage& (*usage)();
    int (*run)(const std::vector<std::string>& arguments);
    bool distributed;  // under mpirun every rank runs it (else only rank 0)
};

const Command* find_command(const std::string& name);
// Every command's name, in the order of the table (the general --help lists each).
std::vector<std::string> command_names();

const CommandUsage& analyze_usage();
int run_analyze(const std::vector<std::string>& arguments);
const CommandUsage& extract_usage();
int run_extract(const std::vector<std::string>& arguments);
const CommandUsage& metrics_usage();
int run_metrics(const std::vector<std::string>& arguments);
const CommandUsage& query_usage();
int run_query_command(const std::vector<std::string>& arguments);
const CommandUsage& compare_usage();
int run_compare(const std::vector<std::string>& arguments);
const CommandUsage& evaluate_usage();
int run_evaluate(const std::vector<std::string>& arguments);
const CommandUsage& train_usage();
int run_train(const std::vector<std::string>& arguments);

}  // namespace actorgraph::engine
