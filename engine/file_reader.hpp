// Reading input files whole, with the system's reason on failure. Files that
// are not regular (FIFOs, devices, directories) are refused before any read,
// so a FIFO on the command line cannot block a run, and a read error (EIO on
// a failing disk or /proc/self/mem) is an error message, not an exception
// escaping a worker thread.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace actorgraph::engine {

// The bytes of `path`, or nullopt with `reason` set to one line such as
// "Permission denied", "is a directory", "not a regular file",
// "Input/output error". O(size of the file).
std::optional<std::string> read_file_bytes(const std::filesystem::path& path, std::string& reason);

// The same, throwing Error(input_error) "PATH: cannot read: REASON".
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace actorgraph::engine
