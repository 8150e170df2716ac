// report.html: one self-contained page (no network, no external files) with
// the summary figures, the interactive graph (the Graphviz SVG with pan,
// zoom, selection, filters and search: report_assets.hpp), a sortable table
// of actors (six main columns, the rest behind a button), the alliance
// clusters with their frustrated ties (once per pair), every relation with
// its evidence sentences, right to left, linked to their articles, and a
// glossary of every figure (glossary.hpp).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/event.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace actorgraph::engine {

struct ReportInfo {
    std::string title = "Actor graph";   // page title and heading
    std::string input;                   // what was analysed, shown under the heading
    std::string generator = "actorgraph";  // e.g. "actorgraph 0.1.0"; no date, so the page is repeatable
    std::string sort_metric = graphs::default_size_metric;  // the actor table starts sorted by it, descending
    std::size_t max_evidence = 20;       // evidence sentences shown per relation (the rest are counted)
    // Article links: absolute paths become file:// URLs; relative ones are
    // resolved against base_dir (give the run's working directory, absolute)
    // or, when it is empty, left relative to the report's folder.
    std::string base_dir;
    // DOCNO -> the article's <URL> (http or https only; article_urls.hpp):
    // its evidence links there, with the local file next to it.
    std::map<std::string, std::string> article_urls;
};

// The page as a string. `svg` is Graphviz SVG output (its XML prologue is
// dropped; "" shows a note instead of a graph). Evidence indices in the
// graph and in Metrics::frustrated point into `events`. Everything from the
// data is HTML-escaped; a Content-Security-Policy forbids any network
// access and any script but the page's own (by its hash); that script reads
// the DOM, no data is embedded in it (report_assets.hpp). Deterministic: same inputs, same bytes. Throws
// actorgraph::Error when an evidence index is out of range or `metrics` does
// not match the graph. O(V log V + E log E + shown evidence).
std::string report_html(const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                        const std::vector<extract::Event>& events, const std::string& svg,
                        const ReportInfo& info);

}  // namespace actorgraph::engine
