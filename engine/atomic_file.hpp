// Output files are written whole or not at all: bytes go to a temporary file
// in the destination's directory, which is renamed over the destination only
// once everything is written and flushed. SIGINT/SIGTERM remove temporaries.
#pragma once

#include <filesystem>
#include <string_view>

namespace actorgraph::engine {

// Writes `bytes` to `path` atomically. Throws Error(output_error) naming the
// file and the system's reason (permission denied, no space left, ...).
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// Creates `dir` (and parents); throws Error(output_error) if impossible.
void ensure_output_directory(const std::filesystem::path& dir);

// Installs SIGINT/SIGTERM handlers that delete in-flight temporaries and exit 130.
void install_interrupt_cleanup();

}  // namespace actorgraph::engine
