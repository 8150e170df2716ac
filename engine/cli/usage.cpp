#include "engine/cli/usage.hpp"

namespace actorgraph::engine {

namespace {

constexpr std::size_t help_column = 28;

// "  -o, --output DIR" padded to the help column (or two spaces past a long one).
std::string option_line(const OptionSpec& option) {
    std::string left = "  " + (option.alias.empty() ? std::string("    ") : option.alias + ", ") + option.name;
    if (!option.value_name.empty()) left += " " + option.value_name;
    left += left.size() + 2 <= help_column ? std::string(help_column - left.size(), ' ') : std::string("  ");
    std::string text;
    std::size_t start = 0;
    for (bool first = true; start <= option.help.size(); first = false) {
        const std::size_t end = std::min(option.help.find('\n', start), option.help.size());
        text += (first ? left : std::string(help_column, ' ')) + option.help.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return text;
}

}  // namespace

std::vector<OptionSpec> all_options(const CommandUsage& usage) {
    std::vector<OptionSpec> all;
    for (const OptionGroup& group : usage.groups) all.insert(all.end(), group.options.begin(), group.options.end());
    return all;
}

std::string usage_text(const CommandUsage& usage) {
    std::string text = usage.synopsis + "\n\n" + usage.description;
    if (!usage.description.empty()) text += "\n";
    for (const OptionGroup& group : usage.groups) {
        if (!group.heading.empty()) text += group.heading + "\n";
        for (const OptionSpec& option : group.options) text += option_line(option);
    }
    return text + usage.trailer;
}

std::vector<OptionSpec> with_help(std::vector<OptionSpec> options, const std::string& name, const std::string& help) {
    for (OptionSpec& option : options)
        if (option.name == name) option.help = help;
    return options;
}

std::vector<OptionSpec> only(const std::vector<OptionSpec>& options, const std::vector<std::string>& names) {
    std::vector<OptionSpec> kept;
    for (const OptionSpec& option : options)
        for (const std::string& name : names)
            if (option.name == name) kept.push_back(option);
    return kept;
}

std::vector<OptionSpec> join(std::initializer_list<std::vector<OptionSpec>> groups) {
    std::vector<OptionSpec> all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

}  // namespace actorgraph::engine
