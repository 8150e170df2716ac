// A command's --help text, generated from its option tables so that the
// options a command accepts and the ones its usage lists are written once.
#pragma once

#include <string>
#include <vector>

#include "engine/cli/arguments.hpp"

namespace actorgraph::engine {

struct OptionGroup {
    std::string heading;  // "input:", or "" for none
    std::vector<OptionSpec> options;
};

struct CommandUsage {
    std::string synopsis;     // "usage: actorgraph analyze [INPUT...] [-o DIR] [OPTIONS]"
    std::string description;  // the paragraph after it (lines end with '\n'); may be ""
    std::vector<OptionGroup> groups;
    std::string trailer;      // text after the options (lines end with '\n'); may be ""
};

// Every option of every group, in order: what the parser accepts.
std::vector<OptionSpec> all_options(const CommandUsage& usage);

// The --help text: synopsis, description, then one line per option
// ("  -o, --output DIR          help", help aligned at column 28), then the trailer.
std::string usage_text(const CommandUsage& usage);

// `options` with the help of the option `name` replaced (a command that
// says more, or less, of a shared option).
std::vector<OptionSpec> with_help(std::vector<OptionSpec> options, const std::string& name,
                                  const std::string& help);

// The options of `options` named in `names`, in table order (a command that
// takes part of a shared group).
std::vector<OptionSpec> only(const std::vector<OptionSpec>& options, const std::vector<std::string>& names);

// The groups' options joined into one list.
std::vector<OptionSpec> join(std::initializer_list<std::vector<OptionSpec>> groups);

}  // namespace actorgraph::engine
