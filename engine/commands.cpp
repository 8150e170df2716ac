#include "engine/commands.hpp"
#include "common/fnv.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <unistd.h>

#include "common/embedded_file.hpp"
#include "common/error.hpp"
#include "engine/arguments.hpp"
#include "engine/article_set.hpp"
#include "engine/atomic_file.hpp"
#include "engine/compare.hpp"
#include "engine/corpus_codec.hpp"
#include "engine/distributed.hpp"
#include "engine/evaluation/gold_file.hpp"
#include "engine/evaluation/score_report.hpp"
#include "engine/evaluation/scoring.hpp"
#include "engine/json_value.hpp"
#include "engine/events_jsonl.hpp"
#include "engine/file_reader.hpp"
#include "engine/graph_json.hpp"
#include "engine/pipeline.hpp"
#include "engine/query.hpp"
#include "engine/summary.hpp"
#include "engine/training/trainer.hpp"
#include "engine/report_html.hpp"
#include "graphs/diff_dot.hpp"
#include "graphs/edge_list.hpp"
#include "graphs/formats.hpp"
#include "graphs/render.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

namespace {

// ---- option groups shared by several commands ------------------------------

const std::vector<OptionSpec> input_options{{"--threads", "-j", true},
                                            {"--strict", "", false},
                                            {"--lexicon-dir", "", true},
                                            {"--model", "", true},
                                            {"--min-confidence", "", true},
                                            {"--cache", "", true},
                                            {"--quiet", "-q", false}};

const std::vector<OptionSpec> graph_options{
    {"--level", "", true},          {"--min-weight", "", true}, {"--min-docs", "", true},
    {"--relations", "", true},      {"--include-hedged", "", false}, {"--graph-min-confidence", "", true}, {"--graph-all-events", "", false}, {"--weight-by", "", true}, {"--negotiation-weight", "", true},
    {"--criticism-weight", "", true}, {"--alpha", "", true},        {"--seed", "", true}};

const std::vector<OptionSpec> slice_options{{"--by", "", true}};

const std::vector<OptionSpec> render_options{
    {"--format", "", true}, {"--layout", "", true}, {"--labels", "", true}, {"--size-by", "", true}};

std::vector<OptionSpec> join(std::initializer_list<std::vector<OptionSpec>> groups) {
    std::vector<OptionSpec> all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

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

std::shared_ptr<const extract::Lexicon> load_lexicon(const Arguments& args) {
    const auto dir = args.value("--lexicon-dir");
    if (!dir) return extract::Lexicon::builtin();
    const std::vector<std::string> files = lexicon_file_bytes(args);
    const auto document = [&](std::size_t i) {
        return extract::LexiconDocument{files[i], (fs::path(*dir) / lexicon_file_names[i]).string()};
    };
    return extract::Lexicon::from_json({document(0), document(1), document(2)});
}

// --model FILE, or the built-in model; nullptr for --model none (the constructions alone).
std::shared_ptr<const extract::RelationModel> load_model(const Arguments& args) {
    const auto file = args.value("--model");
    if (!file) return extract::RelationModel::builtin();
    if (*file == "none") return nullptr;
    return extract::RelationModel::from_json(read_whole_file(*file), *file);
}

// An extractor with `model`, or the constructions alone without one.
extract::Extractor extractor_with(std::shared_ptr<const extract::Lexicon> lexicon,
                                  std::shared_ptr<const extract::RelationModel> model,
                                  std::optional<double> min_confidence) {
    if (!model) return extract::Extractor::rules_only(std::move(lexicon));
    return extract::Extractor(std::move(lexicon), std::move(model), min_confidence);
}

// The extractor the input options ask for: lexicons, model and minimum confidence.
extract::Extractor make_extractor(const Arguments& args, std::shared_ptr<const extract::Lexicon> lexicon,
                                  const std::string& command) {
    std::optional<double> min_confidence;
    if (args.value("--min-confidence")) {
        min_confidence = args.number("--min-confidence", 0.5, command);
        if (*min_confidence < 0.0 || *min_confidence > 1.0)
            throw Error("actorgraph " + command + ": --min-confidence must be between 0 and 1", ExitCode::usage_error);
    }
    return extractor_with(std::move(lexicon), load_model(args), min_confidence);
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

// Extracts every source; under mpirun each rank takes a contiguous share and
// rank 0 merges them in source order (nullopt on the other ranks, which are done).
std::optional<Corpus> run_extraction(const std::vector<std::string>& inputs, const Arguments& args,
                                     const extract::Extractor& extractor, const std::string& command) {
    std::vector<Source> sources = inputs.empty() ? example_sources() : collect_sources(inputs);
    const Distributed& mpi = Distributed::instance();
    ExtractOptions options;
    options.threads = static_cast<unsigned>(args.integer("--threads", 0, 0, command));
    options.strict = args.flag("--strict");
    options.progress = !args.flag("--quiet") && stderr_is_terminal() && mpi.rank() == 0;
    const std::optional<EventCache> cache = open_cache(args);
    options.cache = cache ? &*cache : nullptr;
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
        throw Error("actorgraph " + command + ": --level must be top or faction, got '" + level + "'",
                    ExitCode::usage_error);
    options.include_hedged = args.flag("--include-hedged");
    options.all_events = args.flag("--graph-all-events");
    if (const auto by = args.value("--weight-by")) {
        if (*by != "confidence")
            throw Error("actorgraph " + command + ": --weight-by must be confidence, got '" + *by + "'",
                        ExitCode::usage_error);
        options.weight_by_confidence = true;
    }
    if (args.value("--graph-min-confidence")) {
        options.graph_min_confidence = args.number("--graph-min-confidence", 0.0, command);
        if (options.graph_min_confidence < 0.0 || options.graph_min_confidence > 1.0)
            throw Error("actorgraph " + command + ": --graph-min-confidence must be between 0 and 1",
                        ExitCode::usage_error);
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
                throw Error("actorgraph " + command + ": unknown relation '" + name +
                                "' (expected " + relation_name_list() + ")",
                            ExitCode::usage_error);
            options.prune.keep[static_cast<int>(*relation)] = true;
        }
    }
    options.metrics.negotiation_sign_weight = args.number("--negotiation-weight", 0.0, command);
    options.metrics.criticism_sign_weight = args.number("--criticism-weight", 0.0, command);
    // Criticism is hostility: above 0 it would count as an alliance tie.
    if (options.metrics.criticism_sign_weight > 0.0)
        throw Error("actorgraph " + command + ": --criticism-weight must be a number <= 0 (criticism counts as a "
                        "negative tie), got '" + *args.value("--criticism-weight") + "'",
                    ExitCode::usage_error);
    options.metrics.alpha = args.number("--alpha", 0.5, command);
    if (options.metrics.alpha < 0.0 || options.metrics.alpha > 1.0)
        throw Error("actorgraph " + command + ": --alpha must be between 0 and 1", ExitCode::usage_error);
    options.metrics.seed = static_cast<std::uint64_t>(args.integer("--seed", 1, 0, command));
    return options;
}

struct RenderChoice {
    graphs::RenderOptions options;
    std::vector<std::string> formats;
};

RenderChoice parse_render_options(const Arguments& args, const std::string& command) {
    RenderChoice choice;
    choice.formats = split_list(args.value_or("--format", "svg,png"));
    for (const std::string& format : choice.formats)
        if (format != "svg" && format != "png" && format != "pdf")
            throw Error("actorgraph " + command + ": unknown image format '" + format +
                            "' (expected svg, png, pdf)",
                        ExitCode::usage_error);
    choice.options.layout = args.value_or("--layout", choice.options.layout);
    const std::string layout = choice.options.layout;
    if (layout != "dot" && layout != "neato" && layout != "fdp" && layout != "sfdp" && layout != "circo")
        throw Error("actorgraph " + command + ": unknown layout '" + layout +
                        "' (expected dot, neato, fdp, sfdp, circo)",
                    ExitCode::usage_error);
    const std::string labels = args.value_or("--labels", "en");
    if (labels == "en")
        choice.options.labels = graphs::LabelLanguage::en;
    else if (labels == "ar")
        choice.options.labels = graphs::LabelLanguage::ar;
    else if (labels == "both")
        choice.options.labels = graphs::LabelLanguage::both;
    else
        throw Error("actorgraph " + command + ": --labels must be en, ar or both, got '" + labels + "'",
                    ExitCode::usage_error);
    choice.options.size_metric = args.value_or("--size-by", choice.options.size_metric);
    return choice;
}

void check_size_metric(const Analysis& analysis, const std::string& metric, const std::string& command) {
    if (analysis.metrics.actor_values.empty() || analysis.metrics.actor_values.front().count(metric)) return;
    throw Error("actorgraph " + command + ": unknown metric '" + metric + "' (known: " +
                    graphs::metric_names(analysis.metrics) + ")",
                ExitCode::usage_error);
}

// Renders `dot` in every chosen format as STEM.FORMAT through `write`, and
// returns the SVG (rendered for the HTML page even when not chosen).
template <class Write>
std::string write_images(const std::string& dot, const std::string& stem, const RenderChoice& render, Write& write) {
    std::string svg;
    for (const std::string& format : render.formats) {
        std::string image = graphs::render_dot(dot, format, render.options.layout);
        if (format == "svg") svg = image;
        write(stem + "." + format, image);
    }
    return svg.empty() ? graphs::render_dot(dot, "svg", render.options.layout) : svg;
}

// Writes graph.json, the exports, the images and report.html; prints the summary.
void write_graph_outputs(const Analysis& analysis, const fs::path& dir, const RunInfo& info,
                         const RenderChoice& render, bool quiet, std::vector<std::string>& written) {
    auto write = [&](const std::string& name, const std::string& bytes) {
        write_file_atomically(dir / name, bytes);
        written.push_back(name);
    };
    const graphs::ActorGraph& graph = analysis.graph;
    write("graph.json", graph_to_json(analysis, info));
    const std::string dot = graphs::to_dot(graph, analysis.metrics, render.options);
    write("graph.dot", dot);
    write("graph.graphml", graphs::to_graphml(graph, analysis.metrics));
    write("graph.gexf", graphs::to_gexf(graph, analysis.metrics));
    write("nodes.csv", graphs::to_csv_nodes(graph, analysis.metrics));
    write("edges.csv", graphs::to_csv_edges(graph));
    const std::string svg = write_images(dot, "graph", render, write);  // the report shows the SVG inline
    ReportInfo report;
    report.input = info.input;
    report.generator = std::string("actorgraph ") + ACTORGRAPH_VERSION;
    report.sort_metric = render.options.size_metric;
    std::error_code ec;
    report.base_dir = fs::current_path(ec).string();  // article links resolve from where the run started
    write("report.html", report_html(graph, analysis.metrics, analysis.events, svg, report));
    if (!quiet) std::fputs(summary_text(analysis, render.options.size_metric).c_str(), stdout);
}

// Writes compare.json, compare.dot, the diff images and compare.html.
graphs::GraphComparison write_comparison(const ComparedSets& sets, const fs::path& dir, const RenderChoice& render,
                                         std::vector<std::string>& written) {
    auto write = [&](const std::string& name, const std::string& bytes) {
        write_file_atomically(dir / name, bytes);
        written.push_back(name);
    };
    const graphs::GraphComparison comparison = compare_sets(sets);
    write("compare.json", comparison_to_json(sets, comparison));
    const std::string dot = graphs::diff_to_dot(sets.before.graph, sets.after.graph, render.options.labels);
    write("compare.dot", dot);
    write("compare.html", comparison_to_html(sets, comparison, write_images(dot, "compare", render, write)));
    return comparison;
}

std::string comparison_summary(const graphs::GraphComparison& comparison) {
    using Kind = graphs::RelationChangeKind;
    std::map<Kind, std::size_t> kinds;
    for (const auto& change : comparison.relations) ++kinds[change.kind];
    std::string out = "relations:";
    for (Kind kind : {Kind::added, Kind::vanished, Kind::strengthened, Kind::weakened})
        out += " " + std::to_string(kinds[kind]) + " " + std::string(graphs::change_kind_name(kind)) + ",";
    out += " rank changes: " + std::to_string(comparison.ranks.size()) +
           ", alliance changes: " + std::to_string(comparison.cluster_changes.size()) + "\n";
    return out;
}

void print_written(const fs::path& dir, const std::vector<std::string>& written, bool quiet) {
    if (quiet) return;
    std::string list;
    for (const std::string& name : written) list += (list.empty() ? "" : ", ") + name;
    std::printf("\nWrote %s/{%s}\n", dir.string().c_str(), list.c_str());
}

// ---- analyze ---------------------------------------------------------------

const char* const analyze_usage = R"(usage: actorgraph analyze [INPUT...] [-o DIR] [OPTIONS]

INPUT: files and directories (recursive) of plain UTF-8 articles or TREC
<DOC> files. Without INPUT, the embedded example set. Writes to DIR
(default output/<name of the input>/): events.jsonl, graph.json, graph.dot
and the images; prints ranked actors and alliance clusters.

input:
  -o, --output DIR          output folder
  -j, --threads N           extraction threads (default: all cores)
      --strict              stop at the first unreadable or malformed file
      --lexicon-dir DIR     use DIR/actors.json, cues.json and words.json
      --model FILE|none     score relation candidates with FILE (train's output) instead of the
                            built-in model; none: the constructions' events alone, unscored
      --min-confidence X    keep events the model gives at least X (0-1; default: the model's
                            threshold of each relation)
      --cache DIR           reuse per-article events stored in DIR (by content hash)
  -q, --quiet               no summary, no warnings
graph:
      --level top|faction   roll factions and people up to their actor (top, default)
      --min-weight X        drop relations whose summed weight is below X
      --min-docs N          drop relations found in fewer than N documents
      --relations LIST      keep only these relations (support,conflict,negotiation,criticism)
      --include-hedged      count negated and speculative events in the graph
      --graph-min-confidence X  count an event a construction found from confidence X
                            (default: the model's graph_threshold; events the model
                            alone proposed never count); events.jsonl keeps them all
      --graph-all-events    count every event of events.jsonl in the graph
      --weight-by confidence  multiply each event's weight by its confidence
      --negotiation-weight X  weight of negotiation in the signed view (default 0)
      --criticism-weight X  weight of criticism in the signed view, <= 0 to count it
                            as a negative tie (default 0: no effect on alliances)
      --alpha X             Doreian-Mrvar weight of negative ties in blocks (0.5)
      --seed N              seed of the randomised algorithms (1)
images:
      --format LIST         svg,png,pdf (default svg,png)
      --layout NAME         dot, neato, fdp, sfdp, circo
      --labels en|ar|both   label language (default en)
      --size-by METRIC      node size and ranking metric (default betweenness)
time:
      --by month|quarter|year  also analyse each period in DIR/PERIOD/ and compare
                            consecutive periods in DIR/PERIOD_to_NEXT/ (timeline.json)
)";

Period parse_period(const std::string& name) {
    if (name == "month") return Period::month;
    if (name == "quarter") return Period::quarter;
    if (name == "year") return Period::year;
    throw Error("actorgraph analyze: --by must be month, quarter or year, got '" + name + "'", ExitCode::usage_error);
}

// Slices the events by article date, analyses each period into DIR/PERIOD/,
// compares consecutive periods into DIR/PERIOD_to_NEXT/ and writes
// DIR/timeline.json with each period's summary figures.
void analyze_by_period(const Analysis& whole, const Corpus& corpus, const std::string& by,
                       const extract::Lexicon& lexicon, const GraphOptions& graph_choice, const RenderChoice& render,
                       const fs::path& dir, const RunInfo& info, bool quiet) {
    const Period period = parse_period(by);
    std::map<std::string, std::vector<extract::Event>> events;
    std::size_t undated = 0;
    for (const extract::Event& event : whole.events) {
        const std::string key = period_of(event.date, period);
        if (key.empty()) ++undated;
        else events[key].push_back(event);
    }
    std::map<std::string, std::map<std::string, std::size_t>> mentions;
    for (const auto& [date, counts] : corpus.mentions_by_date) {
        const std::string key = period_of(date, period);
        if (key.empty()) continue;
        for (const auto& [actor, count] : counts) mentions[key][actor] += count;
    }
    for (const auto& [key, counts] : mentions) events.try_emplace(key);  // a period with mentions but no event
    if (undated && !quiet)
        std::fprintf(stderr, "actorgraph: warning: %zu events without an article date left out of the %s slices\n",
                     undated, by.c_str());

    std::vector<std::pair<std::string, Analysis>> slices;
    JsonArray timeline;
    for (auto& [key, slice_events] : events) {
        std::string events_text;
        for (const extract::Event& event : slice_events) events_text += event_to_json(event) + "\n";
        const std::size_t event_count = slice_events.size();
        Analysis analysis = analyze_events(std::move(slice_events), mentions[key], lexicon, graph_choice);
        const fs::path slice_dir = dir / key;
        ensure_output_directory(slice_dir);
        write_file_atomically(slice_dir / "events.jsonl", events_text);
        std::vector<std::string> written{"events.jsonl"};
        write_graph_outputs(analysis, slice_dir, RunInfo{info.input + " " + key, info.level}, render, true, written);
        JsonObject summary;
        for (const auto& [name, value] : analysis.metrics.summary) summary[name] = value;
        timeline.push_back(JsonObject{{"period", key}, {"events", event_count}, {"summary", summary}});
        if (!quiet)
            std::printf("%s: %zu events, %zu actors -> %s/\n", key.c_str(), event_count,
                        analysis.graph.actor_count(), slice_dir.string().c_str());
        slices.emplace_back(key, std::move(analysis));
    }
    for (std::size_t i = 1; i < slices.size(); ++i) {
        const fs::path compare_dir = dir / (slices[i - 1].first + "_to_" + slices[i].first);
        ensure_output_directory(compare_dir);
        std::vector<std::string> written;
        const ComparedSets sets{slices[i - 1].second, slices[i].second, slices[i - 1].first, slices[i].first};
        const graphs::GraphComparison comparison = write_comparison(sets, compare_dir, render, written);
        if (!quiet)
            std::printf("%s -> %s: %s", slices[i - 1].first.c_str(), slices[i].first.c_str(),
                        comparison_summary(comparison).c_str());
    }
    write_file_atomically(dir / "timeline.json",
                          to_json_text(JsonObject{{"by", by}, {"periods", timeline}, {"undated_events", undated}}));
}

int run_analyze(const std::vector<std::string>& words) {
    const std::string command = "analyze";
    const Arguments args =
        parse_arguments(words, join({{{"--output", "-o", true}}, input_options, graph_options, render_options, slice_options}), command);
    const GraphOptions graph_choice = parse_graph_options(args, command);
    const RenderChoice render = parse_render_options(args, command);
    const bool quiet = args.flag("--quiet");
    const fs::path dir = args.value_or("--output", (fs::path("output") / input_set_name(args.positional)).string());
    install_interrupt_cleanup();

    const auto lexicon = load_lexicon(args);
    const extract::Extractor extractor = make_extractor(args, lexicon, command);
    std::optional<Corpus> extracted = run_extraction(args.positional, args, extractor, command);
    if (!extracted) return 0;  // an MPI rank other than 0: its share went to rank 0
    Corpus& corpus = *extracted;
    ensure_output_directory(dir);

    std::string events_text;
    for (const extract::Event& event : corpus.events) events_text += event_to_json(event) + "\n";
    write_file_atomically(dir / "events.jsonl", events_text);
    std::vector<std::string> written{"events.jsonl"};

    if (const auto by = args.value("--by")) parse_period(*by);  // a bad value fails before any work
    const std::size_t files = corpus.files, articles = corpus.articles, events = corpus.events.size();
    const Analysis analysis = analyze_events(std::move(corpus.events), corpus.mentions, *lexicon, graph_choice);
    if (!quiet)
        std::printf("%zu files, %zu articles, %zu events (%zu in the graph)%s\n", files, articles, events,
                    analysis.graph_events,
                    corpus.skipped_files ? (" (" + std::to_string(corpus.skipped_files) + " files skipped)").c_str() : "");
    check_size_metric(analysis, render.options.size_metric, command);
    RunInfo info{args.positional.empty() ? std::string("examples") : input_set_name(args.positional),
                 graph_choice.level == ActorLevel::top ? "top" : "faction"};
    write_graph_outputs(analysis, dir, info, render, quiet, written);
    print_written(dir, written, quiet);
    if (const auto by = args.value("--by")) analyze_by_period(analysis, corpus, *by, *lexicon, graph_choice, render, dir, info, quiet);
    return 0;
}

// ---- extract ---------------------------------------------------------------

const char* const extract_usage = R"(usage: actorgraph extract INPUT... [-o FILE] [OPTIONS]

Writes one relation event per line (JSON Lines, README "events.jsonl") to
FILE, or to standard output without -o.

  -o, --output FILE         where to write the events
  -j, --threads N           extraction threads (default: all cores)
      --strict              stop at the first unreadable or malformed file
      --lexicon-dir DIR     use DIR/actors.json, cues.json and words.json
      --model FILE|none     score relation candidates with FILE (train's output) instead of the
                            built-in model; none: the constructions' events alone, unscored
      --min-confidence X    keep events the model gives at least X (0-1; default: the model's
                            threshold of each relation)
      --cache DIR           reuse per-article events stored in DIR (by content hash)
  -q, --quiet               no warnings
)";

int run_extract(const std::vector<std::string>& words) {
    const std::string command = "extract";
    const Arguments args = parse_arguments(words, join({{{"--output", "-o", true}}, input_options}), command);
    if (args.positional.empty())
        throw Error("actorgraph extract: no INPUT given", ExitCode::usage_error);
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const extract::Extractor extractor = make_extractor(args, lexicon, command);
    const std::optional<Corpus> corpus = run_extraction(args.positional, args, extractor, command);
    if (!corpus) return 0;  // an MPI rank other than 0
    std::string text;
    for (const extract::Event& event : corpus->events) text += event_to_json(event) + "\n";
    if (const auto output = args.value("--output")) {
        const fs::path path(*output);
        if (path.has_parent_path() && !fs::exists(path.parent_path())) ensure_output_directory(path.parent_path());
        write_file_atomically(path, text);
    } else {
        std::fwrite(text.data(), 1, text.size(), stdout);
        if (std::fflush(stdout) != 0) throw Error("standard output: cannot write", ExitCode::output_error);
    }
    return 0;
}

// ---- metrics ---------------------------------------------------------------

const char* const metrics_usage = R"(usage: actorgraph metrics EDGES.csv [-o DIR] [OPTIONS]

Analyses an edge list (ACLED-style data) and writes the same graph.json,
graph.dot, images and summary as analyze. EDGES.csv has a header line and
the columns source,target,relation,weight (relation: support, conflict,
negotiation, criticism) or source,target,sign,weight (sign: +1 / -1).
Self-loops are dropped with a count.

  -o, --output DIR          output folder (default output/<name of the file>)
  -q, --quiet               no summary, no warnings
  the graph and image options of analyze (--min-weight, --min-docs,
  --relations, --negotiation-weight, --criticism-weight, --alpha, --seed,
  --format, --layout, --labels, --size-by)
)";

// Each row becomes an event ("FILE:LINE", the row as its text), so queries
// and the report can show where a relation came from.
std::vector<extract::Event> edge_list_events(const graphs::EdgeListResult& edges, const std::string& text,
                                             const std::string& file_name) {
    std::vector<std::size_t> line_starts{0};
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts.push_back(i + 1);
    std::vector<extract::Event> events;
    events.reserve(edges.observations.size());
    for (std::size_t i = 0; i < edges.observations.size(); ++i) {
        const graphs::Observation& o = edges.observations[i];
        const std::size_t line = edges.lines[i];
        extract::Event event;
        event.doc = file_name + ":" + std::to_string(line);
        event.path = file_name;
        event.sentence = line;
        if (line >= 1 && line <= line_starts.size()) {
            event.begin = line_starts[line - 1];
            event.end = line < line_starts.size() ? line_starts[line] - 1 : text.size();
            event.text = text.substr(event.begin, event.end - event.begin);
            if (!event.text.empty() && event.text.back() == '\r') event.text.pop_back();
        }
        event.source = event.source_entity = o.source;
        event.target = event.target_entity = o.target;
        event.relation = o.relation;
        event.weight = o.weight;
        events.push_back(std::move(event));
    }
    return events;
}

int run_metrics(const std::vector<std::string>& words) {
    const std::string command = "metrics";
    const Arguments args = parse_arguments(
        words, join({{{"--output", "-o", true}, {"--quiet", "-q", false}}, graph_options, render_options}), command);
    if (args.positional.size() != 1)
        throw Error("actorgraph metrics: expected one EDGES.csv, got " + std::to_string(args.positional.size()),
                    ExitCode::usage_error);
    const std::string& file = args.positional[0];
    std::error_code ec;
    if (!fs::exists(file, ec)) throw Error(file + ": no such file or directory");
    if (fs::is_directory(file, ec)) throw Error(file + ": is a directory, expected an edge list");
    const GraphOptions graph_choice = parse_graph_options(args, command);
    const RenderChoice render = parse_render_options(args, command);
    const bool quiet = args.flag("--quiet");
    const fs::path dir = args.value_or("--output", (fs::path("output") / fs::path(file).stem()).string());
    install_interrupt_cleanup();

    const std::string text = read_whole_file(file);
    const graphs::EdgeListResult edges = graphs::parse_edge_list(text, file);
    if (edges.self_loops_dropped && !quiet)
        std::fprintf(stderr, "actorgraph: warning: %s: %zu self-loop%s dropped\n", file.c_str(),
                     edges.self_loops_dropped, edges.self_loops_dropped == 1 ? "" : "s");
    Analysis analysis = analyze_observations(edges.observations, graph_choice);
    analysis.events = edge_list_events(edges, text, file);
    check_size_metric(analysis, render.options.size_metric, command);
    ensure_output_directory(dir);
    std::vector<std::string> written;
    if (!quiet) std::printf("%zu rows\n", edges.observations.size());
    write_graph_outputs(analysis, dir, RunInfo{file, "top"}, render, quiet, written);
    print_written(dir, written, quiet);
    return 0;
}

// ---- query -----------------------------------------------------------------

bool is_graph_json(const std::string& path) {
    std::error_code ec;
    return fs::path(path).extension() == ".json" && fs::is_regular_file(path, ec);
}

// A graph.json is read back; anything else is analysed as article inputs.
Analysis load_analysis(const std::string& source, const Arguments& args, const extract::Lexicon& lexicon,
                       const GraphOptions& graph_choice, const std::string& command) {
    if (is_graph_json(source)) return graph_from_json(read_whole_file(source), source);
    const extract::Extractor extractor =
        make_extractor(args, std::shared_ptr<const extract::Lexicon>(&lexicon, [](const auto*) {}), command);
    Corpus corpus = *run_extraction({source}, args, extractor, command);  // single rank here (run_cli)
    return analyze_events(std::move(corpus.events), corpus.mentions, lexicon, graph_choice);
}

std::string query_usage_text() {
    return std::string(R"(usage: actorgraph query SOURCE QUERY... [--json] [OPTIONS]

SOURCE is a graph.json written by analyze or metrics, or article inputs (a
file or folder) to analyse first (the analyze graph options apply).

      --json                the result as JSON instead of tables
)") + query_grammar;
}
const std::string query_usage = query_usage_text();

int run_query_command(const std::vector<std::string>& words) {
    const std::string command = "query";
    const Arguments args = parse_arguments(words, join({{{"--json", "", false}}, input_options, graph_options}), command);
    if (args.positional.size() < 2)
        throw Error("actorgraph query: expected SOURCE and a QUERY", ExitCode::usage_error);
    const GraphOptions graph_choice = parse_graph_options(args, command);  // bad values fail before any work
    const auto lexicon = load_lexicon(args);
    const Analysis analysis = load_analysis(args.positional[0], args, *lexicon, graph_choice, command);
    const ActorResolver resolver(analysis, lexicon.get());
    const QueryResult result =
        run_query(analysis, std::vector<std::string>(args.positional.begin() + 1, args.positional.end()), resolver);
    const std::string& text = args.flag("--json") ? result.json : result.text;
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0) throw Error("standard output: cannot write", ExitCode::output_error);
    return 0;
}

// ---- compare ---------------------------------------------------------------

const char* const compare_usage = R"(usage: actorgraph compare A B [-o DIR] [OPTIONS]

Compares two article sets (before A, after B). Each is a graph.json written
by analyze or metrics, or article inputs (a file or folder) analysed first.
Writes compare.json (relations new, vanished, strengthened, weakened, with
weights and evidence; rank changes; actors that changed alliance; the change
of every summary figure), compare.dot, the diff image and compare.html to DIR
(default output/compare_<A>_vs_<B>).

  -o, --output DIR          output folder
  -q, --quiet               no summary
  the input, graph and image options of analyze
)";

int run_compare(const std::vector<std::string>& words) {
    const std::string command = "compare";
    const Arguments args = parse_arguments(
        words, join({{{"--output", "-o", true}}, input_options, graph_options, render_options}), command);
    if (args.positional.size() != 2)
        throw Error("actorgraph compare: expected two inputs A and B, got " + std::to_string(args.positional.size()),
                    ExitCode::usage_error);
    const GraphOptions graph_choice = parse_graph_options(args, command);  // bad values fail before any work
    const RenderChoice render = parse_render_options(args, command);
    const bool quiet = args.flag("--quiet");
    const std::string& a = args.positional[0];
    const std::string& b = args.positional[1];
    auto display_name = [](const std::string& input) {
        const std::string name = input_set_name({input});
        return name == "graph" ? fs::path(input).parent_path().filename().string() + "_graph" : name;
    };
    const fs::path dir = args.value_or(
        "--output", (fs::path("output") / ("compare_" + display_name(a) + "_vs_" + display_name(b))).string());
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const Analysis before = load_analysis(a, args, *lexicon, graph_choice, command);
    const Analysis after = load_analysis(b, args, *lexicon, graph_choice, command);
    ensure_output_directory(dir);
    std::vector<std::string> written;
    const graphs::GraphComparison comparison = write_comparison(ComparedSets{before, after, a, b}, dir, render, written);
    if (!quiet) std::fputs(comparison_summary(comparison).c_str(), stdout);
    print_written(dir, written, quiet);
    return 0;
}

// ---- train -----------------------------------------------------------------

const char* const train_usage = R"(usage: actorgraph train GOLD.tsv... INPUT... -o MODEL.json [OPTIONS]

Trains the relation scorer on the articles of INPUT against the gold files
(every argument ending in .tsv; format: ../shared/gold/GUIDELINES.md): builds
the candidates, labels them from the gold, cross-validates by document
(prints each fold's and the pooled P/R/F1 and the threshold that maximises
micro-F1), fits the model on everything and writes it atomically.

  -o, --output FILE         where to write the model (required)
      --folds K             cross-validation folds (default 5)
      --c X                 LIBLINEAR's cost parameter: larger fits closer (default 1)
      --labels document|evidence  every candidate of a gold triple is positive
                            (default), or only those of its evidence sentence
      --judged FILE,...     also learn from judged corpus sentences (bench/precision_audit.py's
                            format, without text: doc, begin, source, relation, target, verdict);
                            INPUT must hold their articles
      --graph-precision X   the judged precision (cross-validated) that the events a
                            construction found must reach for the graph (default 0.87):
                            sets the model's graph_threshold, the lowest threshold, not
                            below the F1 one, that reaches it (each relation within 0.05)
      --cross-validated FILE  also write every scored candidate with its
                            out-of-fold confidence (events.jsonl), for evaluate
      --strict, --lexicon-dir DIR, -q   as for extract
)";

// The union of the training gold files, checked against the lexicon.
GoldSet read_training_gold(const std::vector<std::string>& files, const extract::Lexicon& lexicon) {
    GoldSet all;
    all.file_name = files.front();
    for (const std::string& file : files) {
        GoldSet one = parse_gold_file(read_whole_file(file), file);
        check_gold_actors(one, lexicon);
        all.gold.insert(all.gold.end(), one.gold.begin(), one.gold.end());
        all.ignore.insert(all.ignore.end(), one.ignore.begin(), one.ignore.end());
        all.empty_documents.insert(all.empty_documents.end(), one.empty_documents.begin(), one.empty_documents.end());
        all.declared_actors.insert(all.declared_actors.end(), one.declared_actors.begin(), one.declared_actors.end());
    }
    std::sort(all.declared_actors.begin(), all.declared_actors.end());
    all.declared_actors.erase(std::unique(all.declared_actors.begin(), all.declared_actors.end()),
                              all.declared_actors.end());
    return all;
}

std::string format_figures(const Figures& f) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "P %.3f R %.3f F1 %.3f (tp %zu fp %zu fn %zu)", f.precision, f.recall, f.f1,
                  f.tp, f.fp, f.fn);
    return buffer;
}

int run_train(const std::vector<std::string>& words) {
    const std::string command = "train";
    const Arguments args = parse_arguments(
        words, join({{{"--output", "-o", true}, {"--folds", "", true}, {"--c", "", true}, {"--labels", "", true},
                      {"--cross-validated", "", true}, {"--judged", "", true},
                      {"--graph-precision", "", true}},
                     input_options}),
        command);
    std::vector<std::string> gold_files, inputs;
    for (const std::string& p : args.positional) (fs::path(p).extension() == ".tsv" ? gold_files : inputs).push_back(p);
    if (gold_files.empty()) throw Error("actorgraph train: no GOLD.tsv given", ExitCode::usage_error);
    if (inputs.empty()) throw Error("actorgraph train: no INPUT given", ExitCode::usage_error);
    const auto output = args.value("--output");
    if (!output) throw Error("actorgraph train: -o MODEL.json is required", ExitCode::usage_error);
    TrainingOptions options;
    options.folds = static_cast<std::size_t>(args.integer("--folds", 5, 2, command));
    options.c = args.number("--c", 1.0, command);
    if (!(options.c > 0)) throw Error("actorgraph train: --c must be a positive number", ExitCode::usage_error);
    const std::string labels = args.value_or("--labels", "document");
    if (labels != "evidence" && labels != "document")
        throw Error("actorgraph train: --labels must be evidence or document, got '" + labels + "'", ExitCode::usage_error);
    options.labels = labels == "evidence" ? Labels::evidence : Labels::document;
    options.graph_precision = args.number("--graph-precision", 0.87, command);
    if (!(options.graph_precision > 0 && options.graph_precision <= 1))
        throw Error("actorgraph train: --graph-precision must be above 0 and at most 1", ExitCode::usage_error);
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const GoldSet gold = read_training_gold(gold_files, *lexicon);
    std::vector<Judgment> judgments;
    for (const std::string& file : split_list(args.value_or("--judged", ""))) {
        std::vector<Judgment> more = parse_judgments(read_whole_file(file), file);
        judgments.insert(judgments.end(), more.begin(), more.end());
    }
    std::set<std::string> judged_documents;
    for (const Judgment& j : judgments) judged_documents.insert(j.doc);
    std::set<std::string> gold_documents(gold.empty_documents.begin(), gold.empty_documents.end());
    for (const auto* lines : {&gold.gold, &gold.ignore})
        for (const GoldTriple& g : *lines) gold_documents.insert(g.doc);
    const extract::Extractor extractor = extract::Extractor::rules_only(lexicon);
    // The training data's hash: the gold files and the articles, in order.
    std::uint64_t hash = fnv_offset;
    const auto mix = [&](std::string_view bytes) { hash = fnv_mix(hash, bytes); };
    for (const std::string& file : gold_files) mix(read_whole_file(file));
    std::vector<TrainingCandidate> candidates;
    EvidenceSpans evidence;
    std::set<std::string> found;
    for (const Source& source : collect_sources(inputs)) {
        std::vector<extract::ReadWarning> warnings;
        for (const extract::Article& article : read_source(source, warnings)) {
            const std::string doc = fs::path(article.doc).filename().string();
            if (!gold_documents.count(doc) && !judged_documents.count(doc)) continue;
            found.insert(doc);
            mix(doc);
            mix(article.text);
            // Where the gold's evidence quotes stand (each an exact substring of the article).
            for (const GoldTriple& g : gold.gold)
                if (g.doc == doc && !g.evidence.empty())
                    if (const std::size_t at = article.text.find(g.evidence); at != std::string::npos)
                        evidence[triple_key(g.doc, g.source, g.relation, g.target)].emplace_back(
                            article.text_offset + at, article.text_offset + at + g.evidence.size());
            for (extract::CandidateRecord& c : extractor.candidates(article)) {
                c.event.doc = doc;
                candidates.push_back({std::move(c.event), std::move(c.features)});
            }
        }
        if (args.flag("--strict") && !warnings.empty())
            throw Error(warnings.front().path + ": " + warnings.front().message);
    }
    for (const std::string& file : gold_files) {
        const GoldSet one = parse_gold_file(read_whole_file(file), file);
        for (const auto* lines : {&one.gold, &one.ignore})
            for (const GoldTriple& g : *lines)
                if (!found.count(g.doc))
                    throw Error(file + ":" + std::to_string(g.line) + ": document \"" + g.doc + "\" is not among the inputs");
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    const TrainingResult result = train_relation_model(candidates, gold, evidence, judgments, options, hex);
    if (!args.flag("--quiet")) {
        std::printf("%zu documents, %zu candidates, %zu examples (%zu positive)\n", result.documents,
                    result.candidates, result.examples, result.positives);
        std::printf("candidate recall: %zu of %zu gold triples (%.1f%%) have a candidate\n", result.gold_with_candidate,
                    result.gold_triples, result.gold_triples ? 100.0 * result.gold_with_candidate / result.gold_triples : 0.0);
        if (result.judgments)
            std::printf("judged sentences: %zu of %zu matched a candidate\n", result.judgments_matched, result.judgments);
        for (std::size_t f = 0; f < result.folds.size(); ++f)
            std::printf("fold %zu: %s\n", f + 1, format_figures(result.folds[f]).c_str());
        double p = 0, r = 0, f1 = 0;
        for (const Figures& f : result.folds) {
            p += f.precision;
            r += f.recall;
            f1 += f.f1;
        }
        const double k = static_cast<double>(result.folds.size());
        std::printf("mean of folds: P %.3f R %.3f F1 %.3f\n", p / k, r / k, f1 / k);
        std::printf("cross-validated: %s at thresholds", format_figures(result.cross_validated).c_str());
        for (Relation r : {Relation::support, Relation::conflict, Relation::negotiation})
            std::printf(" %s %.2f", std::string(relation_name(r)).c_str(),
                        result.relation_thresholds[static_cast<std::size_t>(r)]);
        std::printf(" (pooled %.2f)\n", result.threshold);
        for (const auto& point : result.judged_curve) {
            const int percent = static_cast<int>(std::lround(point.threshold * 100));
            if (point.accepted == 0 || (percent % 10 != 0 && std::fabs(point.threshold - result.threshold) > 1e-9)) continue;
            std::printf("judged sentences at %.2f: %zu of %zu correct (precision %.3f); found by a construction: %zu of %zu (%.3f)\n",
                        point.threshold, point.correct, point.accepted, double(point.correct) / double(point.accepted),
                        point.graph_correct, point.graph_accepted,
                        point.graph_accepted ? double(point.graph_correct) / double(point.graph_accepted) : 0.0);
        }
        if (result.judgments)
            std::printf("graph threshold: %.2f (judged precision of construction-found events >= %.2f)\n",
                        result.graph_threshold, options.graph_precision);
    }
    const fs::path path(*output);
    if (path.has_parent_path() && !fs::exists(path.parent_path())) ensure_output_directory(path.parent_path());
    write_file_atomically(path, result.model_json);
    if (const auto cv = args.value("--cross-validated")) {
        std::string text;
        for (const extract::Event& event : result.cross_validated_events) text += event_to_json(event) + "\n";
        write_file_atomically(*cv, text);
    }
    return 0;
}

// ---- evaluate --------------------------------------------------------------

const char* const evaluate_usage = R"(usage: actorgraph evaluate GOLD.tsv INPUT... [--json] [--show misses|false|all] [--curve] [OPTIONS]

Scores relation events against a gold file (../shared/gold/GUIDELINES.md)
with the figures of ../shared/eval/score.py: tp, fp, fn, P, R and F1 per
relation and for all, then the line micro-F1 X.XXX. INPUT: article files and
folders, extracted as extract does, and events.jsonl files (by the .jsonl
extension), in any mix; extracted events come first, then each .jsonl file.

      --json                the same content as one JSON object
      --show misses|false|all  also list the gold triples missed (with the gold
                            evidence), the false positives grouped by rule (with
                            sentence, cue and confidence), or both
      --curve               P, R and F1 at confidence thresholds 0.1, 0.2, ..., 0.9
                            (a triple's confidence: noisy-or of its events')
      --min-confidence X    score only triples whose confidence is >= X (0-1)
  -j, --threads N           extraction threads (default: all cores)
      --strict              stop at the first unreadable or malformed file
      --lexicon-dir DIR     use DIR/actors.json, cues.json and words.json
      --cache DIR           reuse per-article events stored in DIR (by content hash)
  -q, --quiet               no warnings
)";

ScoreReportContent parse_show(const Arguments& args, const std::string& command) {
    ScoreReportContent content;
    content.curve = args.flag("--curve");
    const auto show = args.value("--show");
    if (!show) return content;
    if (*show != "misses" && *show != "false" && *show != "all")
        throw Error("actorgraph " + command + ": --show must be misses, false or all, got '" + *show + "'",
                    ExitCode::usage_error);
    content.misses = *show != "false";
    content.false_positives = *show != "misses";
    return content;
}

// The events of every INPUT: one extraction over the article inputs (events
// down to `extraction_threshold`), then each .jsonl file in command-line
// order. nullopt on an MPI rank other than 0.
std::optional<std::vector<extract::Event>> evaluation_events(const std::vector<std::string>& articles,
                                                             const std::vector<std::string>& event_files,
                                                             std::optional<double> extraction_threshold,
                                                             const Arguments& args,
                                                             const std::string& command) {
    std::vector<extract::Event> events;
    if (!articles.empty()) {
        const extract::Extractor extractor = extractor_with(load_lexicon(args), load_model(args), extraction_threshold);
        std::optional<Corpus> corpus = run_extraction(articles, args, extractor, command);
        if (!corpus) return std::nullopt;
        events = std::move(corpus->events);
    } else if (Distributed::instance().rank() != 0) {
        return std::nullopt;  // nothing to shard: rank 0 reads the files alone
    }
    for (const std::string& file : event_files) {
        std::error_code ec;
        if (!fs::exists(file, ec)) throw Error(file + ": no such file or directory");
        std::vector<extract::Event> more = parse_events_jsonl(read_whole_file(file), file);
        events.insert(events.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return events;
}

int run_evaluate(const std::vector<std::string>& words) {
    const std::string command = "evaluate";
    const Arguments args = parse_arguments(
        words,
        join({{{"--json", "", false}, {"--show", "", true}, {"--curve", "", false}}, input_options}), command);
    // Every option is checked before any input is read.
    const ScoreReportContent content = parse_show(args, command);
    const std::optional<double> requested = args.value("--min-confidence")
                                                ? std::optional<double>(args.number("--min-confidence", 0.0, command))
                                                : std::nullopt;
    if (requested && (*requested < 0.0 || *requested > 1.0))
        throw Error("actorgraph evaluate: --min-confidence must be between 0 and 1", ExitCode::usage_error);
    args.integer("--threads", 0, 0, command);
    if (args.positional.empty()) throw Error("actorgraph evaluate: no GOLD.tsv given", ExitCode::usage_error);
    if (args.positional.size() < 2) throw Error("actorgraph evaluate: no INPUT given", ExitCode::usage_error);
    std::vector<std::string> articles, event_files;
    for (auto input = args.positional.begin() + 1; input != args.positional.end(); ++input)
        (fs::path(*input).extension() == ".jsonl" ? event_files : articles).push_back(*input);
    // The figures are at --min-confidence, else at the model's thresholds (each relation's) for
    // extracted events (events read from files are all taken); --curve extracts down to its lowest point.
    const double threshold = requested ? *requested : 0.0;
    std::optional<double> extraction_threshold = requested;
    if (content.curve) extraction_threshold = std::min(threshold > 0.0 ? threshold : 1.0, curve_thresholds.front());

    const std::string& gold_file = args.positional.front();
    std::error_code ec;
    if (!fs::exists(gold_file, ec)) throw Error(gold_file + ": no such file or directory");
    const GoldSet gold = parse_gold_file(read_whole_file(gold_file), gold_file);  // before the long extraction
    const auto events = evaluation_events(articles, event_files, extraction_threshold, args, command);
    if (!events) return 0;  // an MPI rank other than 0

    // Without --min-confidence the figures are the extraction's at the model's thresholds; with
    // --curve (extracted lower) they are recomputed at those thresholds.
    std::vector<extract::Event> at_threshold;
    const std::vector<extract::Event>* scored = &*events;
    if (!requested && content.curve && !articles.empty()) {
        if (const auto model = load_model(args)) {
            for (const extract::Event& e : *events)
                if (e.confidence >= model->threshold(e.relation) - 1e-9 || !model->scores(e.relation)) at_threshold.push_back(e);
            scored = &at_threshold;
        }
    }
    Score score = score_events(gold, *scored, threshold);
    const std::vector<CurvePoint> curve = content.curve ? confidence_curve(gold, *events) : std::vector<CurvePoint>{};
    const std::string text =
        args.flag("--json") ? score_report_json(score, curve, content) : score_report_text(score, curve, content);
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0) throw Error("standard output: cannot write", ExitCode::output_error);
    return 0;
}

const Command commands[] = {
    {"compare", compare_usage, run_compare, false},
    {"query", query_usage.c_str(), run_query_command, false},
    {"analyze", analyze_usage, run_analyze, true},
    {"extract", extract_usage, run_extract, true},
    {"metrics", metrics_usage, run_metrics, false},
    {"evaluate", evaluate_usage, run_evaluate, true},
    {"train", train_usage, run_train, false},
};

}  // namespace

const Command* find_command(const std::string& name) {
    for (const Command& command : commands)
        if (name == command.name) return &command;
    return nullptr;
}

}  // namespace actorgraph::engine
