// The commands of the command line: each parses its own options and runs
// the pipeline; all file writing happens here, atomically.
#pragma once

#include <string>
#include <vector>

namespace actorgraph::engine {

struct Command {
    const char* name;
    const char* usage;
    int (*run)(const std::vector<std::string>& arguments);
    bool distributed;  // under mpirun every rank runs it (else only rank 0)
};

const Command* find_command(const std::string& name);

}  // namespace actorgraph::engine
