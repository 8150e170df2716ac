// The option groups several commands share (input, graph, images, time) and
// what their values ask for. Every value is checked here, before any input
// is read: a bad one is a usage error (exit 2) and nothing is written.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/cli/arguments.hpp"
#include "engine/pipeline.hpp"
#include "engine/render/render.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon/lexicon.hpp"
#include "extract/model/relation_model.hpp"

namespace actorgraph::engine {

// The groups, each a table the usage text is generated from.
std::vector<OptionSpec> input_options();   // -j, --strict, --lexicon-dir, --model, --min-confidence, --cache
std::vector<OptionSpec> graph_options();   // --level ... --seed
std::vector<OptionSpec> render_options();  // --format, --layout, --labels, --size-by
std::vector<OptionSpec> slice_options();   // --by
std::vector<OptionSpec> selection_options();  // --from, --to, --about, --match
OptionSpec output_option(const std::string& value_name, const std::string& help);  // -o, --output
OptionSpec quiet_option(const std::string& help);                                 // -q, --quiet

// "actorgraph COMMAND: MESSAGE" as a usage error.
[[noreturn]] void usage_error(const std::string& command, const std::string& message);

// The input options' values, checked: --threads and --min-confidence.
struct InputChoice {
    unsigned threads = 0;
    std::optional<double> min_confidence;  // the model's thresholds without it
};
InputChoice parse_input_options(const Arguments& args, const std::string& command);

// The selection options' values, checked: dates and word without the lexicon,
// --about's actors with it (nullptr: only the first checks).
Selection parse_selection(const Arguments& args, const extract::Lexicon* lexicon, const std::string& command);

// --lexicon-dir's lexicons, or the built-in ones.
std::shared_ptr<const extract::Lexicon> load_lexicon(const Arguments& args);

// --model FILE, or the built-in model; nullptr for --model none (the constructions alone).
std::shared_ptr<const extract::RelationModel> load_model(const Arguments& args);

// An extractor with `model`, or the constructions alone without one.
extract::Extractor extractor_with(std::shared_ptr<const extract::Lexicon> lexicon,
                                  std::shared_ptr<const extract::RelationModel> model,
                                  std::optional<double> min_confidence);

// The extractor the input options ask for: lexicons, model and minimum confidence.
extract::Extractor make_extractor(const Arguments& args, std::shared_ptr<const extract::Lexicon> lexicon,
                                  const std::string& command);

// Extracts every input (the embedded examples without any); under mpirun each
// rank takes a contiguous share and rank 0 merges them in source order
// (nullopt on the other ranks, which are done). Prints the warnings.
std::optional<Corpus> run_extraction(const std::vector<std::string>& inputs, const Arguments& args,
                                     const extract::Extractor& extractor, const std::string& command);

GraphOptions parse_graph_options(const Arguments& args, const std::string& command);

struct RenderChoice {
    RenderOptions options;
    std::vector<std::string> formats;
};
// Checks --size-by against the metrics every graph has.
RenderChoice parse_render_options(const Arguments& args, const std::string& command);

// --by month|quarter|year.
Period parse_period(const std::string& name, const std::string& command);

// -o DIR when given; otherwise the default folder output/NAME (NAME defaults
// to input_set_name(inputs)), or a hashed variant when output/NAME holds
// another input set's results (said on stderr unless --quiet).
std::filesystem::path output_folder(const Arguments& args, const std::vector<std::string>& inputs,
                                    const std::string& name = "");

// graph.json's provenance: the article set a corpus was read from (inputs as
// given, article count, the date range of every selected article), every
// option given that can change the result (as given; flags as "true") and
// the FNV-1a hashes of the lexicon files and the model file in use ("" for
// --model none). No clock, no path but the given ones: deterministic.
RunRecord record_of(const Corpus& corpus, const std::vector<std::string>& inputs, const Arguments& args);

// A graph.json is read back; anything else is analysed as article inputs.
Analysis load_analysis(const std::string& source, const Arguments& args, const extract::Lexicon& lexicon,
                       const GraphOptions& graph_choice, const std::string& command);

// Writes `text` to standard output; Error(output_error) when it cannot.
void write_stdout(const std::string& text);

}  // namespace actorgraph::engine
