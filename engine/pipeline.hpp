// The pipeline, one way: sources -> articles -> events -> graph -> metrics.
// Each step is a function of the previous step's result; files are written
// by the commands (engine/cli/), not here.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "engine/article_set.hpp"
#include "engine/event_cache.hpp"
#include "engine/formats/run_record.hpp"
#include "engine/selection.hpp"
#include "extract/extractor.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::engine {

struct ExtractOptions {
    unsigned threads = 0;   // 0: all cores
    bool strict = false;    // a bad file stops the run instead of being skipped
    bool progress = false;  // a progress line on stderr
    const EventCache* cache = nullptr;  // --cache: reuse per-article results
    const Selection* selection = nullptr;  // --from/--to/--about/--match: articles kept
};

struct Corpus {
    std::vector<extract::Event> events;           // in source order, then article order
    std::map<std::string, std::size_t> mentions;  // most specific actor id -> mentions
    // The same, per article date ("" for undated articles), for slicing by period.
    std::map<std::string, std::map<std::string, std::size_t>> mentions_by_date;
    std::map<std::string, std::size_t> articles_by_date;  // kept articles per date ("" undated)
    std::map<std::string, std::size_t> excluded;          // articles the selection left out, by verdict_name
    std::size_t files = 0;
    std::size_t articles = 0;                     // kept by the selection (all without one)
    std::size_t skipped_files = 0;                // files that gave no article
    std::vector<extract::ReadWarning> warnings;   // in source order
};

// Reads and extracts every source on `threads` threads. The result does not
// depend on the thread count. Throws Error with --strict on the first warning.
Corpus extract_corpus(const std::vector<Source>& sources, const extract::Extractor& extractor,
                      const ExtractOptions& options);

enum class ActorLevel { top, faction };

struct GraphOptions {
    ActorLevel level = ActorLevel::top;  // roll factions and people up to their top-level actor
    bool include_hedged = false;         // count negated and speculative events in the graph
    // The graph's evidence policy: an event counts when a construction found it (not the
    // model alone) and its confidence reaches graph_min_confidence; all_events counts
    // every extracted event. events.jsonl keeps them all either way.
    double graph_min_confidence = 0.0;
    bool all_events = false;
    bool weight_by_confidence = false;  // an event weighs its cue's weight times its confidence
    graphs::PruneOptions prune;
    graphs::MetricsOptions metrics;
};

struct Analysis {
    graphs::ActorGraph graph;
    graphs::Metrics metrics;
    std::vector<extract::Event> events;  // evidence indices in the graph point here
    std::size_t graph_events = 0;        // those the graph counts (its evidence policy)
    RunRecord record;                    // the article set and run it came from (graph.json "provenance")
};

// Whether the graph's evidence policy counts `event` (hedging aside).
bool counts_in_graph(const extract::Event& event, const GraphOptions& options);

// Builds the graph from events (labels from the lexicon) and computes its metrics.
Analysis analyze_events(std::vector<extract::Event> events,
                        const std::map<std::string, std::size_t>& mentions,
                        const extract::Lexicon& lexicon, const GraphOptions& options);

// The period an ISO date falls in: "2018-03" (month), "2018-Q1" (quarter),
// "2018" (year); "" for an empty or malformed date.
enum class Period { month, quarter, year };
std::string period_of(const std::string& date, Period period);

// Builds the graph from bare observations (an edge list) and computes its metrics.
Analysis analyze_observations(const std::vector<graphs::Observation>& observations,
                              const GraphOptions& options);

}  // namespace actorgraph::engine
