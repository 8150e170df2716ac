#include "engine/cli/options.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include <unistd.h>

#include "common/embedded_file.hpp"
#include "common/error.hpp"
#include "common/fnv.hpp"
#include "engine/distributed.hpp"
#include "engine/file_reader.hpp"
#include "engine/formats/corpus_codec.hpp"
#include "engine/formats/graph_json.hpp"
#include "engine/query/lexicon_actors.hpp"
#include "extract/text/normalizer.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

namespace {

// The files of a --lexicon-dir, in the order of LexiconSources.
constexpr const char* lexicon_file_names[] = {"actors.json", "cues.json", "words.json"};

// The lexicon files' bytes: --lexicon-dir's, or the embedded ones.
std::vector<std::string> lexicon_file_bytes(const Arguments& args) {
    const auto dir = args.value("--lexicon-dir");
    if (!dir) {
        std::vector<std::string> files;
        for (const EmbeddedFile& file : extract::embedded_lexicon_files()) files.emplace_back(file.bytes);
        return files;
    }
    std::vector<std::string> files;
    for (const char* name : lexicon_file_names) files.push_back(read_whole_file(fs::path(*dir) / name));
    return files;
}

// --cache DIR, keyed by the executable, the lexicons, the model and the minimum confidence in use.
std::optional<EventCache> open_cache(const Arguments& args) {
    const auto dir = args.value("--cache");
    if (!dir) return std::nullopt;
    std::vector<std::string> files = lexicon_file_bytes(args);
    if (const auto model = args.value("--model")) files.push_back(*model == "none" ? "model none" : read_whole_file(*model));
    files.push_back("min-confidence " + args.value_or("--min-confidence", "default"));
    return EventCache(*dir, extractor_fingerprint(std::vector<std::string_view>(files.begin(), files.end())));
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void print_warnings(const Corpus& corpus, bool quiet) {
    if (quiet) return;
    for (const auto& warning : corpus.warnings)
        std::fprintf(stderr, "actorgraph: warning: %s: %s\n", warning.path.c_str(), warning.message.c_str());
}

// Whether `name` is one of `names`.
template <class Names>
bool one_of(const std::string& name, const Names& names) {
    for (const auto& known : names)
        if (name == known) return true;
    return false;
}

}  // namespace

// ---- the tables ------------------------------------------------------------

std::vector<OptionSpec> input_options() {
    return {{"--threads", "-j", true, "N", "extraction threads (default: all cores)"},
            {"--strict", "", false, "", "stop at the first unreadable or malformed file"},
            {"--lexicon-dir", "", true, "DIR", "use DIR/actors.json, cues.json and words.json"},
            {"--model", "", true, "FILE|none",
             "score relation candidates with FILE (train's output) instead of the\n"
             "built-in model; none: the constructions' events alone, unscored"},
            {"--min-confidence", "", true, "X",
             "keep events the model gives at least X (0-1; default: the model's\n"
             "threshold of each relation)"},
            {"--cache", "", true, "DIR", "reuse per-article events stored in DIR (by content hash)"}};
}

std::vector<OptionSpec> graph_options() {
    return {{"--level", "", true, "top|faction", "roll factions and people up to their actor (top, default)"},
            {"--min-weight", "", true, "X", "drop relations whose summed weight is below X"},
            {"--min-docs", "", true, "N", "drop relations found in fewer than N documents"},
            {"--relations", "", true, "LIST", "keep only these relations (support,conflict,negotiation,criticism)"},
            {"--include-hedged", "", false, "", "count negated and speculative events in the graph"},
            {"--graph-min-confidence", "", true, "X",
             "count an event a construction found from confidence X\n"
             "(default: the model's graph_threshold; events the model\n"
             "alone proposed never count); events.jsonl keeps them all"},
            {"--graph-all-events", "", false, "", "count every event of events.jsonl in the graph"},
            {"--weight-by", "", true, "confidence", "multiply each event's weight by its confidence"},
            {"--negotiation-weight", "", true, "X", "weight of negotiation in the signed view (default 0)"},
            {"--criticism-weight", "", true, "X",
             "weight of criticism in the signed view, <= 0 to count it\n"
             "as a negative tie (default 0: no effect on alliances)"},
            {"--alpha", "", true, "X", "Doreian-Mrvar weight of negative ties in blocks (0.5)"},
            {"--seed", "", true, "N", "seed of the randomised algorithms (1)"}};
}

std::vector<OptionSpec> render_options() {
    return {{"--format", "", true, "LIST", "svg,png,pdf (default svg,png)"},
            {"--layout", "", true, "NAME", "auto (default: dot up to 15 drawn actors, sfdp beyond),\n"
                                            "dot, neato, fdp, sfdp, circo"},
            {"--labels", "", true, "en|ar|both", "label language, legend included (default en)"},
            {"--size-by", "", true, "METRIC", "node size and ranking metric (default strength)"},
            // display filters: the drawing only, never the analysis
            {"--draw-top", "", true, "N", "draw the top N actors by the size metric\n"
                                          "(default: the top 30 of a larger graph)"},
            {"--draw-min-weight", "", true, "X", "draw only ties of weight >= X"},
            {"--width", "", true, "PX", "largest image width in pixels (default 2000)"}};
}

std::vector<OptionSpec> slice_options() {
    return {{"--by", "", true, "month|quarter|year",
             "also analyse each period in DIR/PERIOD/ and compare\n"
             "consecutive periods in DIR/PERIOD_to_NEXT/ (timeline.json)"}};
}

std::vector<OptionSpec> selection_options() {
    return {{"--from", "", true, "DATE", "keep articles dated DATE (YYYY-MM-DD) or later; drops undated ones"},
            {"--to", "", true, "DATE", "keep articles dated DATE or earlier; drops undated ones"},
            {"--about", "", true, "ACTOR,...", "keep articles that mention any of these actors (or their factions)"},
            {"--match", "", true, "WORD",
             "keep articles whose normalised title or text has WORD (a Latin\n"
             "word as a whole word, an Arabic one anywhere)"}};
}

OptionSpec output_option(const std::string& value_name, const std::string& help) {
    return {"--output", "-o", true, value_name, help};
}

OptionSpec quiet_option(const std::string& help) { return {"--quiet", "-q", false, "", help}; }

// ---- what the values ask for -----------------------------------------------

void usage_error(const std::string& command, const std::string& message) {
    throw Error("actorgraph " + command + ": " + message, ExitCode::usage_error);
}

InputChoice parse_input_options(const Arguments& args, const std::string& command) {
    InputChoice choice;
    choice.threads = static_cast<unsigned>(args.integer("--threads", 0, 0, command));
    if (args.value("--min-confidence")) {
        choice.min_confidence = args.number("--min-confidence", 0.5, command);
        if (*choice.min_confidence < 0.0 || *choice.min_confidence > 1.0)
            usage_error(command, "--min-confidence must be between 0 and 1");
    }
    parse_selection(args, nullptr, command);
    return choice;
}

Selection parse_selection(const Arguments& args, const extract::Lexicon* lexicon, const std::string& command) {
    Selection selection;
    for (const auto& [name, bound] : {std::pair{"--from", &selection.from}, std::pair{"--to", &selection.to}})
        if (const auto value = args.value(name)) {
            if (!is_iso_date(*value)) usage_error(command, std::string(name) + " must be a date YYYY-MM-DD, got '" + *value + "'");
            *bound = *value;
        }
    if (!selection.from.empty() && !selection.to.empty() && selection.from > selection.to)
        usage_error(command, "--from " + selection.from + " is after --to " + selection.to);
    if (const auto word = args.value("--match")) {
        selection.match = extract::normalize_form(*word);
        if (selection.match.empty()) usage_error(command, "--match needs a word, got '" + *word + "'");
    }
    if (const auto about = args.value("--about")) {
        selection.about_names = split_list(*about);
        if (selection.about_names.empty()) usage_error(command, "--about needs at least one actor");
        if (lexicon) {
            try {
                selection.about = with_descendants(resolve_lexicon_actors(selection.about_names, *lexicon), *lexicon);
            } catch (const Error& e) {
                usage_error(command, std::string("--about: ") + e.what());
            }
        }
    }
    return selection;
}

std::shared_ptr<const extract::Lexicon> load_lexicon(const Arguments& args) {
    const auto dir = args.value("--lexicon-dir");
    if (!dir) return extract::Lexicon::builtin();
    const std::vector<std::string> files = lexicon_file_bytes(args);
    const auto document = [&](std::size_t i) {
        return extract::LexiconDocument{files[i], (fs::path(*dir) / lexicon_file_names[i]).string()};
    };
    return extract::Lexicon::from_json({document(0), document(1), document(2)});
}

std::shared_ptr<const extract::RelationModel> load_model(const Arguments& args) {
    const auto file = args.value("--model");
    if (!file) return extract::RelationModel::builtin();
    if (*file == "none") return nullptr;
    return extract::RelationModel::from_json(read_whole_file(*file), *file);
}

extract::Extractor extractor_with(std::shared_ptr<const extract::Lexicon> lexicon,
                                  std::shared_ptr<const extract::RelationModel> model,
                                  std::optional<double> min_confidence) {
    if (!model) return extract::Extractor::rules_only(std::move(lexicon));
    return extract::Extractor(std::move(lexicon), std::move(model), min_confidence);
}

extract::Extractor make_extractor(const Arguments& args, std::shared_ptr<const extract::Lexicon> lexicon,
                                  const std::string& command) {
    return extractor_with(std::move(lexicon), load_model(args), parse_input_options(args, command).min_confidence);
}

std::optional<Corpus> run_extraction(const std::vector<std::string>& inputs, const Arguments& args,
                                     const extract::Extractor& extractor, const std::string& command) {
    const InputChoice input = parse_input_options(args, command);
    std::vector<Source> sources = inputs.empty() ? example_sources() : collect_sources(inputs);
    const Distributed& mpi = Distributed::instance();
    ExtractOptions options;
    options.threads = input.threads;
    options.strict = args.flag("--strict");
    options.progress = !args.flag("--quiet") && stderr_is_terminal() && mpi.rank() == 0;
    const std::optional<EventCache> cache = open_cache(args);
    options.cache = cache ? &*cache : nullptr;
    const Selection selection = parse_selection(args, &extractor.lexicon(), command);
    options.selection = selection.active() ? &selection : nullptr;
    Corpus corpus;
    if (mpi.active()) {
        const Shard shard = shard_of(sources.size(), mpi.rank(), mpi.size());
        const std::vector<Source> mine(sources.begin() + static_cast<std::ptrdiff_t>(shard.begin),
                                       sources.begin() + static_cast<std::ptrdiff_t>(shard.end));
        const std::vector<std::string> parts = mpi.gather_to_root(encode_corpus(extract_corpus(mine, extractor, options)));
        if (mpi.rank() != 0) return std::nullopt;
        for (std::size_t rank = 0; rank < parts.size(); ++rank)
            append_corpus(corpus, decode_corpus(parts[rank], "rank " + std::to_string(rank)));
    } else {
        corpus = extract_corpus(sources, extractor, options);
    }
    print_warnings(corpus, args.flag("--quiet"));
    if (corpus.articles == 0) {
        std::string where = inputs.empty() ? std::string("the example set") : inputs.front();
        if (inputs.size() > 1) where += " and " + std::to_string(inputs.size() - 1) + " more";
        if (!corpus.excluded.empty())
            throw Error(where + ": no article left after the selection" + selection_summary(corpus.excluded));
        throw Error(where + ": no input article found (" + std::to_string(corpus.files) + " files read)");
    }
    if (corpus.skipped_files && !args.flag("--quiet"))
        std::fprintf(stderr, "actorgraph: %zu of %zu files skipped (see the warnings above)\n", corpus.skipped_files,
                     corpus.files);
    return corpus;
}

GraphOptions parse_graph_options(const Arguments& args, const std::string& command) {
    GraphOptions options;
    const std::string level = args.value_or("--level", "top");
    if (level == "top")
        options.level = ActorLevel::top;
    else if (level == "faction")
        options.level = ActorLevel::faction;
    else
        usage_error(command, "--level must be top or faction, got '" + level + "'");
    options.include_hedged = args.flag("--include-hedged");
    options.all_events = args.flag("--graph-all-events");
    if (const auto by = args.value("--weight-by")) {
        if (*by != "confidence") usage_error(command, "--weight-by must be confidence, got '" + *by + "'");
        options.weight_by_confidence = true;
    }
    if (args.value("--graph-min-confidence")) {
        options.graph_min_confidence = args.number("--graph-min-confidence", 0.0, command);
        if (options.graph_min_confidence < 0.0 || options.graph_min_confidence > 1.0)
            usage_error(command, "--graph-min-confidence must be between 0 and 1");
    } else {
        const auto model = load_model(args);
        options.graph_min_confidence = model ? model->graph_threshold() : 0.0;
    }
    options.prune.min_weight = args.number("--min-weight", 0.0, command);
    options.prune.min_docs = static_cast<std::size_t>(args.integer("--min-docs", 0, 0, command));
    if (const auto relations = args.value("--relations")) {
        options.prune.keep.fill(false);
        for (const std::string& name : split_list(*relations)) {
            const auto relation = parse_relation(name);
            if (!relation)
                usage_error(command, "unknown relation '" + name + "' (expected " + relation_name_list() + ")");
            options.prune.keep[static_cast<int>(*relation)] = true;
        }
    }
    options.metrics.negotiation_sign_weight = args.number("--negotiation-weight", 0.0, command);
    options.metrics.criticism_sign_weight = args.number("--criticism-weight", 0.0, command);
    // Criticism is hostility: above 0 it would count as an alliance tie.
    if (options.metrics.criticism_sign_weight > 0.0)
        usage_error(command, "--criticism-weight must be a number <= 0 (criticism counts as a "
                             "negative tie), got '" + *args.value("--criticism-weight") + "'");
    options.metrics.alpha = args.number("--alpha", 0.5, command);
    if (options.metrics.alpha < 0.0 || options.metrics.alpha > 1.0)
        usage_error(command, "--alpha must be between 0 and 1");
    options.metrics.seed = static_cast<std::uint64_t>(args.integer("--seed", 1, 0, command));
    return options;
}

RenderChoice parse_render_options(const Arguments& args, const std::string& command) {
    RenderChoice choice;
    choice.formats = split_list(args.value_or("--format", "svg,png"));
    for (const std::string& format : choice.formats)
        if (!one_of(format, image_formats))
            usage_error(command, "unknown image format '" + format + "' (expected svg, png, pdf)");
    choice.options.layout = args.value_or("--layout", choice.options.layout);
    if (!one_of(choice.options.layout, render_layouts))
        usage_error(command, "unknown layout '" + choice.options.layout + "' (expected auto, dot, neato, fdp, sfdp, circo)");
    const std::string labels = args.value_or("--labels", "en");
    const auto language = parse_label_language(labels);
    if (!language) usage_error(command, "--labels must be en, ar or both, got '" + labels + "'");
    choice.options.labels = *language;
    choice.options.size_metric = args.value_or("--size-by", choice.options.size_metric);
    const std::vector<std::string> metrics = graphs::actor_metric_names();
    if (!one_of(choice.options.size_metric, metrics))
        usage_error(command, "unknown metric '" + choice.options.size_metric + "' (known: " +
                                 graphs::join_names(metrics) + ")");
    if (args.value("--draw-top"))
        choice.options.draw_top = static_cast<std::size_t>(args.integer("--draw-top", 0, 1, command));
    choice.options.draw_min_weight = args.number("--draw-min-weight", 0.0, command);
    if (!(choice.options.draw_min_weight >= 0.0) || !std::isfinite(choice.options.draw_min_weight))
        usage_error(command, "--draw-min-weight must be a number >= 0");
    const long long width = args.integer("--width", default_image_width, 200, command);
    if (width > 20000) usage_error(command, "--width must be at most 20000 pixels, got " + std::to_string(width));
    choice.options.width = static_cast<int>(width);
    // The options that changed the graph or chose its articles, stated in every image's caption.
    std::vector<OptionSpec> stated = graph_options();
    for (OptionSpec& spec : selection_options()) stated.push_back(std::move(spec));
    for (const OptionSpec& spec : stated) {
        if (spec.takes_value && args.value(spec.name)) choice.options.caption.filters.push_back(spec.name + " " + *args.value(spec.name));
        if (!spec.takes_value && args.flag(spec.name)) choice.options.caption.filters.push_back(spec.name);
    }
    return choice;
}

Period parse_period(const std::string& name, const std::string& command) {
    if (name == "month") return Period::month;
    if (name == "quarter") return Period::quarter;
    if (name == "year") return Period::year;
    usage_error(command, "--by must be month, quarter or year, got '" + name + "'");
}

fs::path output_folder(const Arguments& args, const std::vector<std::string>& inputs, const std::string& name) {
    if (const auto dir = args.value("--output")) return *dir;
    const OutputFolder folder = default_output_folder(name.empty() ? input_set_name(inputs) : name, inputs);
    if (!folder.note.empty() && !args.flag("--quiet")) std::fprintf(stderr, "actorgraph: %s\n", folder.note.c_str());
    return folder.path;
}

namespace {

// The options whose value can change graph.json: what is extracted
// (lexicons, model, confidence), which articles count, how the graph and
// its metrics are built. Not --threads, --strict or --cache (same result),
// nor how images look.
bool changes_result(const std::string& name) {
    return name != "--threads" && name != "--strict" && name != "--cache";
}

std::string hex_hash(std::uint64_t h) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

// FNV-1a over each file's name and bytes, in a fixed order.
std::string files_hash(const std::vector<std::pair<std::string, std::string>>& files) {
    std::uint64_t h = fnv_offset;
    for (const auto& [name, bytes] : files) {
        h = fnv_mix(h, name);
        h = fnv_mix(h, std::string_view("\0", 1));
        h = fnv_mix(h, bytes);
        h = fnv_mix(h, std::string_view("\0", 1));
    }
    return hex_hash(h);
}

}  // namespace

RunRecord record_of(const Corpus& corpus, const std::vector<std::string>& inputs, const Arguments& args) {
    RunRecord record;
    // Sorted: the inputs' order does not change the result (sources are sorted).
    record.inputs = inputs.empty() ? std::vector<std::string>{"examples"} : inputs;
    std::sort(record.inputs.begin(), record.inputs.end());
    record.inputs.erase(std::unique(record.inputs.begin(), record.inputs.end()), record.inputs.end());
    record.articles = corpus.articles;
    // Every selected article's date, with or without a mention.
    std::vector<std::string> dates;
    for (const auto& [date, count] : corpus.articles_by_date) dates.push_back(date);
    set_date_range(record, dates);

    std::vector<OptionSpec> specs = input_options();
    for (auto group : {graph_options(), selection_options()}) specs.insert(specs.end(), group.begin(), group.end());
    for (const OptionSpec& spec : specs) {
        if (!changes_result(spec.name)) continue;
        if (spec.takes_value) {
            if (const auto value = args.value(spec.name)) record.options[spec.name] = *value;
        } else if (args.flag(spec.name)) {
            record.options[spec.name] = "true";
        }
    }
    // The lexicons' bytes by file name (--lexicon-dir's or the built-in ones).
    std::vector<std::pair<std::string, std::string>> lexicon_files;
    const auto dir = args.value("--lexicon-dir");
    for (const char* name : lexicon_file_names)
        lexicon_files.emplace_back(name, dir ? read_whole_file(fs::path(*dir) / name)
                                             : std::string(extract::Lexicon::builtin_document(name).text));
    record.lexicon_hash = files_hash(lexicon_files);
    const std::string model = args.value_or("--model", "");
    if (model != "none")
        record.model_hash = hex_hash(
            fnv1a(model.empty() ? std::string(extract::Lexicon::builtin_document("model.json").text) : read_whole_file(model)));
    return record;
}

Analysis load_analysis(const std::string& source, const Arguments& args, const extract::Lexicon& lexicon,
                       const GraphOptions& graph_choice, const std::string& command) {
    std::error_code ec;
    if (fs::path(source).extension() == ".json" && fs::is_regular_file(source, ec)) {
        if (parse_selection(args, nullptr, command).active())
            usage_error(command, source + ": --from, --to, --about and --match select articles; a graph.json has none");
        return graph_from_json(read_whole_file(source), source);
    }
    const extract::Extractor extractor =
        make_extractor(args, std::shared_ptr<const extract::Lexicon>(&lexicon, [](const auto*) {}), command);
    Corpus corpus = *run_extraction({source}, args, extractor, command);  // single rank here (run_cli)
    const RunRecord record = record_of(corpus, {source}, args);
    Analysis analysis = analyze_events(std::move(corpus.events), corpus.mentions, lexicon, graph_choice);
    analysis.record = record;
    return analysis;
}

void write_stdout(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0) throw Error("standard output: cannot write", ExitCode::output_error);
}

}  // namespace actorgraph::engine
