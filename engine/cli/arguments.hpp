// A small command-line parser: long options with or without "=", short
// aliases, flags, positionals. Unknown options are usage errors (exit 2).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace actorgraph::engine {

// One option: what the parser accepts and what --help says of it (the
// usage text is generated from these tables, engine/cli/usage.hpp).
struct OptionSpec {
    std::string name;        // "--output"
    std::string alias;       // "-o", or ""
    bool takes_value = false;
    std::string value_name;  // shown after the name in --help: "DIR", "top|faction"
    std::string help;        // lines of the --help text, separated by '\n'
};

struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;  // by long name
    std::set<std::string> flags;                // by long name

    bool flag(const std::string& name) const { return flags.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string value_or(const std::string& name, const std::string& fallback) const;
    double number(const std::string& name, double fallback, const std::string& command) const;
    long long integer(const std::string& name, long long fallback, long long minimum,
                      const std::string& command) const;
};

// Throws Error(usage_error) naming the command and the offending word.
Arguments parse_arguments(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs,
                          const std::string& command);

// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> split_list(const std::string& text);

}  // namespace actorgraph::engine
