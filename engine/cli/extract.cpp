// actorgraph extract: the relation events as JSON Lines.
#include <filesystem>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/outputs.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& extract_usage() {
    static const CommandUsage usage{
        "usage: actorgraph extract INPUT... [-o FILE] [OPTIONS]",
        "Writes one relation event per line (JSON Lines, README \"events.jsonl\") to\n"
        "FILE, or to standard output without -o.\n",
        {{"", join({{output_option("FILE", "where to write the events")}, input_options(),
                    {quiet_option("no warnings")}})},
         {"selection:", selection_options()}},
        ""};
    return usage;
}

int run_extract(const std::vector<std::string>& words) {
    const std::string command = "extract";
    const Arguments args = parse_arguments(words, all_options(extract_usage()), command);
    parse_input_options(args, command);  // every value checked before any input is read
    if (args.positional.empty()) usage_error(command, "no INPUT given");
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const extract::Extractor extractor = make_extractor(args, lexicon, command);
    const std::optional<Corpus> corpus = run_extraction(args.positional, args, extractor, command);
    if (!corpus) return 0;  // an MPI rank other than 0
    const std::string text = events_text(corpus->events);
    if (const auto output = args.value("--output")) {
        const fs::path path(*output);
        if (path.has_parent_path() && !fs::exists(path.parent_path())) ensure_output_directory(path.parent_path());
        write_file_atomically(path, text);
    } else {
        write_stdout(text);
    }
    return 0;
}

}  // namespace actorgraph::engine
