#include "engine/cli/arguments.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "common/error.hpp"

namespace actorgraph::engine {

namespace {

[[noreturn]] void usage_error(const std::string& command, const std::string& message) {
    throw Error("actorgraph " + command + ": " + message, ExitCode::usage_error);
}

}  // namespace

std::optional<std::string> Arguments::value(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::string Arguments::value_or(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

double Arguments::number(const std::string& name, double fallback, const std::string& command) const {
    const auto text = value(name);
    if (!text) return fallback;
    char* end = nullptr;
    errno = 0;
    const double parsed = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || errno != 0 || !std::isfinite(parsed))
        usage_error(command, name + " expects a number, got '" + *text + "'");
    return parsed;
}

long long Arguments::integer(const std::string& name, long long fallback, long long minimum,
                             const std::string& command) const {
    const auto text = value(name);
    if (!text) return fallback;
    char* end = nullptr;
    errno = 0;
    const long long parsed = std::strtoll(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || errno != 0 || parsed < minimum)
        usage_error(command, name + " expects a whole number >= " + std::to_string(minimum) +
                                 ", got '" + *text + "'");
    return parsed;
}

Arguments parse_arguments(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs,
                          const std::string& command) {
    Arguments arguments;
    bool options_done = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (options_done || word.size() < 2 || word[0] != '-') {
            arguments.positional.push_back(word);
            continue;
        }
        if (word == "--") {
            options_done = true;
            continue;
        }
        std::string name = word;
        std::optional<std::string> inline_value;
        if (const auto equals = word.find('='); word.rfind("--", 0) == 0 && equals != std::string::npos) {
            name = word.substr(0, equals);
            inline_value = word.substr(equals + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& candidate : specs)
            if (candidate.name == name || (!candidate.alias.empty() && candidate.alias == name)) spec = &candidate;
        if (!spec) usage_error(command, "unknown option '" + name + "'");
        if (!spec->takes_value) {
            if (inline_value) usage_error(command, spec->name + " takes no value");
            arguments.flags.insert(spec->name);
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= words.size()) usage_error(command, spec->name + " needs a value");
            inline_value = words[++i];
        }
        arguments.values[spec->name] = *inline_value;
    }
    return arguments;
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == ',') {
            if (!current.empty()) parts.push_back(current);
            current.clear();
        } else if (c != ' ') {
            current += c;
        }
    }
    if (!current.empty()) parts.push_back(current);
    return parts;
}

}  // namespace actorgraph::engine
