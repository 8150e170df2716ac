// report.html's style sheet and its one script, as data. The script is the
// page's only code: the Content-Security-Policy allows it by its SHA-256
// hash (report_script_hash), so anything else that got into the page (an
// article's text that slipped past escaping) cannot run.
//
// The script is a small hand-written layer on the Graphviz SVG itself (no
// library: Debian's libjs-d3 is v3.5, there is no network, and the layer
// needs only the DOM): pan and zoom, click an actor (its ties, allies and
// enemies) or a tie (its evidence), filters by relation, weight and
// documents, an actor search (Arabic or English, hamza-insensitive), the
// sortable actor table and its column switch. It reads everything from the
// page's elements and data-* attributes; no data is embedded in it. The
// URL hash "#select=ID&hide=REL,...&search=TEXT" sets the same state at load
// (links to a view, and the headless browser test).
#pragma once

#include <string>

namespace actorgraph::engine {

extern const char* const report_style_sheet;
extern const char* const report_script;

// "'sha256-BASE64'" of report_script, for script-src.
const std::string& report_script_hash();

}  // namespace actorgraph::engine
