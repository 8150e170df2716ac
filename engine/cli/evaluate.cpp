// actorgraph evaluate: score articles or events.jsonl against a gold file.
#include <filesystem>
#include <iterator>

#include "common/error.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/options.hpp"
#include "engine/distributed.hpp"
#include "engine/evaluation/gold_file.hpp"
#include "engine/evaluation/score_report.hpp"
#include "engine/evaluation/scoring.hpp"
#include "engine/file_reader.hpp"
#include "engine/formats/events_jsonl.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& evaluate_usage() {
    static const CommandUsage usage{
        "usage: actorgraph evaluate GOLD.tsv INPUT... [--json] [--show misses|false|all] [--curve] [OPTIONS]",
        "Scores relation events against a gold file (../shared/gold/GUIDELINES.md)\n"
        "with the figures of ../shared/eval/score.py: tp, fp, fn, P, R and F1 per\n"
        "relation and for all, then the line micro-F1 X.XXX. INPUT: article files and\n"
        "folders, extracted as extract does, and events.jsonl files (by the .jsonl\n"
        "extension), in any mix; extracted events come first, then each .jsonl file.\n",
        {{"", join({{{"--json", "", false, "", "the same content as one JSON object"},
                     {"--show", "", true, "misses|false|all",
                      "also list the gold triples missed (with the gold\n"
                      "evidence), the false positives grouped by rule (with\n"
                      "sentence, cue and confidence), or both"},
                     {"--curve", "", false, "",
                      "P, R and F1 at confidence thresholds 0.1, 0.2, ..., 0.9\n"
                      "(a triple's confidence: noisy-or of its events')"}},
                    with_help(input_options(), "--min-confidence",
                              "score only triples whose confidence is >= X (0-1)"),
                    {quiet_option("no warnings")}})}},
        ""};
    return usage;
}

namespace {

ScoreReportContent parse_show(const Arguments& args, const std::string& command) {
    ScoreReportContent content;
    content.curve = args.flag("--curve");
    const auto show = args.value("--show");
    if (!show) return content;
    if (*show != "misses" && *show != "false" && *show != "all")
        usage_error(command, "--show must be misses, false or all, got '" + *show + "'");
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

}  // namespace

int run_evaluate(const std::vector<std::string>& words) {
    const std::string command = "evaluate";
    const Arguments args = parse_arguments(words, all_options(evaluate_usage()), command);
    // Every option is checked before any input is read.
    const ScoreReportContent content = parse_show(args, command);
    const std::optional<double> requested = parse_input_options(args, command).min_confidence;
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
    write_stdout(args.flag("--json") ? score_report_json(score, curve, content)
                                     : score_report_text(score, curve, content));
    return 0;
}

}  // namespace actorgraph::engine
