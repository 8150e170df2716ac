// The <URL> of each <DOC> in a TREC file, for report.html's evidence links.
// extract/ does not keep it (an article is its DOCNO, title, date and text),
// so the engine reads it back from the files the evidence came from.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace actorgraph::engine {

// DOCNO -> URL for every <DOC> with both; only http:// and https:// URLs
// (no javascript: or data: link can come from an article), trimmed.
std::map<std::string, std::string> trec_urls(std::string_view text);

}  // namespace actorgraph::engine
