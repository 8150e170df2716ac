// actorgraph analyze: extract, build the graph, compute metrics, render, report.
#include <cstdio>
#include <filesystem>
#include <map>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/outputs.hpp"
#include "engine/formats/json_value.hpp"
#include "engine/formats/timeline_csv.hpp"
#include "engine/render/timeline_html.hpp"
#include "engine/timeline.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& analyze_usage() {
    static const CommandUsage usage{
        "usage: actorgraph analyze [INPUT...] [-o DIR] [OPTIONS]",
        "INPUT: files and directories (recursive) of plain UTF-8 articles or TREC\n"
        "<DOC> files. Without INPUT, the embedded example set. Writes to DIR\n"
        "(default output/<name of the input>/): events.jsonl, graph.json, graph.dot\n"
        "and the images; prints ranked actors and alliance clusters.\n",
        {{"input:", join({{output_option("DIR", "output folder")}, input_options(),
                          {quiet_option("no summary, no warnings")}})},
         {"selection:", selection_options()},
         {"graph:", graph_options()},
         {"images:", render_options()},
         {"time:", slice_options()}},
        ""};
    return usage;
}

namespace {

// Slices the events by article date, analyses each period into DIR/PERIOD/,
// compares consecutive periods into DIR/PERIOD_to_NEXT/ and writes
// DIR/timeline.json with each period's summary figures.
void analyze_by_period(const Analysis& whole, const Corpus& corpus, const std::string& by, Period period,
                       const extract::Lexicon& lexicon, const GraphOptions& graph_choice, const RenderChoice& render,
                       const fs::path& dir, const RunInfo& info, bool quiet) {
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
    std::map<std::string, std::size_t> articles;
    for (const auto& [date, count] : corpus.articles_by_date) articles[period_of(date, period)] += count;
    if (undated && !quiet)
        std::fprintf(stderr, "actorgraph: warning: %zu events without an article date left out of the %s slices\n",
                     undated, by.c_str());

    std::vector<std::pair<std::string, Analysis>> slices;
    JsonArray timeline;
    for (auto& [key, slice_events] : events) {
        const std::size_t event_count = slice_events.size();
        Analysis analysis = analyze_events(std::move(slice_events), mentions[key], lexicon, graph_choice);
        // The run's inputs, options and hashes, with this period's articles and dates.
        analysis.record = whole.record;
        analysis.record.articles = articles[key];
        analysis.record.first_date.clear();
        analysis.record.last_date.clear();
        std::vector<std::string> dates;
        for (const auto& [date, count] : corpus.articles_by_date)
            if (count > 0 && period_of(date, period) == key) dates.push_back(date);
        set_date_range(analysis.record, dates);
        analysis.record.options["--by"] = by;
        const fs::path slice_dir = dir / key;
        RenderChoice slice_render = render;  // the caption states the period's counts, not the whole input's
        slice_render.options.caption.input = info.input + " " + key;
        slice_render.options.caption.articles = analysis.record.articles;
        slice_render.options.caption.first_date = analysis.record.first_date;
        slice_render.options.caption.last_date = analysis.record.last_date;
        ensure_output_directory(slice_dir);
        std::vector<std::string> written;
        write_graph_outputs(analysis, slice_dir, RunInfo{info.input + " " + key, info.level}, slice_render, true, true,
                            written);
        JsonObject summary;
        for (const auto& [name, value] : analysis.metrics.summary) summary[name] = value;
        timeline.push_back(
            JsonObject{{"period", key}, {"articles", articles[key]}, {"events", event_count}, {"summary", summary}});
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
    std::vector<PeriodGraph> periods;
    for (const auto& [key, analysis] : slices) periods.push_back({key, articles[key], &analysis.graph});
    const std::vector<TimelineRow> rows = timeline_rows(periods);
    TimelinePage page{info.input, by, {}, {}, {}, {}, timeline_labels(periods)};
    for (const PeriodGraph& p : periods) page.periods.push_back(p.period), page.articles.push_back(p.articles);
    page.pairs = largest_changes(rows, page.periods, 12);
    page.ranks = strength_ranks(rows, page.periods, 10);
    write_file_atomically(dir / "timeline.csv", timeline_csv(rows, page.labels));
    write_file_atomically(dir / "timeline.html", timeline_to_html(page));
    write_file_atomically(dir / "timeline.json",
                          to_json_text(JsonObject{{"by", by}, {"periods", timeline}, {"undated_events", undated}}));
}

}  // namespace

int run_analyze(const std::vector<std::string>& words) {
    const std::string command = "analyze";
    const Arguments args = parse_arguments(words, all_options(analyze_usage()), command);
    // Every option is checked before any input is read.
    const GraphOptions graph_choice = parse_graph_options(args, command);
    RenderChoice render = parse_render_options(args, command);
    const auto by = args.value("--by");
    const Period period = by ? parse_period(*by, command) : Period::month;
    parse_input_options(args, command);
    const bool quiet = args.flag("--quiet");
    const fs::path dir = output_folder(args, args.positional);
    install_interrupt_cleanup();

    const auto lexicon = load_lexicon(args);
    const extract::Extractor extractor = make_extractor(args, lexicon, command);
    std::optional<Corpus> extracted = run_extraction(args.positional, args, extractor, command);
    if (!extracted) return 0;  // an MPI rank other than 0: its share went to rank 0
    Corpus& corpus = *extracted;
    ensure_output_directory(dir);
    mark_output_folder(dir, args.positional);

    const std::size_t files = corpus.files, articles = corpus.articles, events = corpus.events.size();
    render.options.caption.articles = articles;  // the images' caption: article count and date range
    for (const auto& [date, count] : corpus.articles_by_date)
        if (!date.empty() && count > 0) {
            if (render.options.caption.first_date.empty()) render.options.caption.first_date = date;
            render.options.caption.last_date = date;
        }
    RunRecord record = record_of(corpus, args.positional, args);
    Analysis analysis = analyze_events(std::move(corpus.events), corpus.mentions, *lexicon, graph_choice);
    analysis.record = std::move(record);
    if (!quiet)
        std::printf("%zu files, %zu articles%s, %zu events (%zu in the graph)%s\n", files, articles,
                    selection_summary(corpus.excluded).c_str(), events, analysis.graph_events,
                    corpus.skipped_files ? (" (" + std::to_string(corpus.skipped_files) + " files skipped)").c_str() : "");
    RunInfo info{args.positional.empty() ? std::string("examples") : input_set_name(args.positional),
                 graph_choice.level == ActorLevel::top ? "top" : "faction"};
    std::vector<std::string> written;
    write_graph_outputs(analysis, dir, info, render, true, quiet, written);
    print_written(dir, written, quiet);
    if (by) analyze_by_period(analysis, corpus, *by, period, *lexicon, graph_choice, render, dir, info, quiet);
    return 0;
}

}  // namespace actorgraph::engine
