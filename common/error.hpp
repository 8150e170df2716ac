// The project's one exception type (as fmt has one): every library throws
// actorgraph::Error with a one-line message naming the file and the problem;
// the command line prints it and exits with the code it carries.
#pragma once

#include <stdexcept>
#include <string>

namespace actorgraph {

// Documented exit codes of the command line (README, "Exit codes").
enum class ExitCode : int {
    ok = 0,
    input_error = 1,   // missing/unreadable/malformed input, no article found
    usage_error = 2,   // unknown command or flag, bad flag value
    output_error = 3,  // output cannot be written (permissions, full disk)
    interrupted = 130, // SIGINT/SIGTERM: nothing half-written is left
};

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, ExitCode code = ExitCode::input_error)
        : std::runtime_error(message), code_(code) {}
    ExitCode code() const noexcept { return code_; }

private:
    ExitCode code_;
};

}  // namespace actorgraph
