// Article sets: the input side of the pipeline. Turns the command line's
// INPUT arguments (files and directories, recursively) into a sorted list
// of sources, and a source into articles.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/article.hpp"

namespace actorgraph::engine {

// One input file: on disk, or compiled into the binary (the example set).
struct Source {
    std::string path;        // as shown in events and messages
    std::string_view bytes;  // the embedded file's bytes; empty for files on disk
    bool embedded = false;
};

// Expands INPUT arguments into files, sorted by path, without duplicates.
// Directories are walked recursively (symbolic links to directories are not
// followed, so a link loop cannot hang the walk; hidden entries are skipped).
// Throws Error naming the first path that does not exist.
std::vector<Source> collect_sources(const std::vector<std::string>& inputs);

// The embedded example set, as sources named "examples/<file>".
std::vector<Source> example_sources();

// Reads and parses one source. An unreadable file gives no article and a
// warning; so do binary and empty files (see extract::parse_articles).
std::vector<extract::Article> read_source(const Source& source,
                                          std::vector<extract::ReadWarning>& warnings);

// Size in bytes (for progress reports); 0 if unknown.
std::uintmax_t source_size(const Source& source);

// The name a run's default output folder takes: "output/<name>".
std::string input_set_name(const std::vector<std::string>& inputs);

// Which input set a folder's results came from: the inputs' absolute paths,
// normalised, sorted, one a line (the example set: "examples"). Written to
// DIR/.actorgraph-inputs by mark_output_folder.
std::string input_set_key(const std::vector<std::string>& inputs);
inline constexpr const char* output_marker = ".actorgraph-inputs";

// The default output folder NAME of a run on `inputs`: ROOT/NAME, or
// ROOT/<name>-<8 hex digits of the key's hash> when ROOT/<name> holds the
// results of another input set (its marker differs, or it has files and no
// marker), so one input's run never overwrites another's. `note` says why
// the hashed name was taken ("" otherwise).
struct OutputFolder {
    std::filesystem::path path;
    std::string note;
};
OutputFolder default_output_folder(const std::string& name, const std::vector<std::string>& inputs,
                                   const std::filesystem::path& root = "output");

// Records in `dir` which input set its results came from.
void mark_output_folder(const std::filesystem::path& dir, const std::vector<std::string>& inputs);

}  // namespace actorgraph::engine
