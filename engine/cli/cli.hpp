// The `actorgraph` command line. main() only calls run_cli.
#pragma once

#include <string>
#include <vector>

namespace actorgraph::engine {

// Runs one command; returns the process exit code (README, "Exit codes").
// Never throws: errors become one line on stderr.
int run_cli(const std::vector<std::string>& arguments);

}  // namespace actorgraph::engine
