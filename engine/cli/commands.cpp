#include "engine/cli/commands.hpp"

namespace actorgraph::engine {

namespace {

const Command commands[] = {
    {"compare", compare_usage, run_compare, false},
    {"query", query_usage, run_query_command, false},
    {"analyze", analyze_usage, run_analyze, true},
    {"extract", extract_usage, run_extract, true},
    {"metrics", metrics_usage, run_metrics, false},
    {"evaluate", evaluate_usage, run_evaluate, true},
    {"train", train_usage, run_train, false},
};

}  // namespace

const Command* find_command(const std::string& name) {
    for (const Command& command : commands)
        if (name == command.name) return &command;
    return nullptr;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const Command& command : commands) names.emplace_back(command.name);
    return names;
}

}  // namespace actorgraph::engine
