// Dates of articles: TREC <TIME> values ("Sun, 18 Feb 2018 20:50:44 GMT")
// and leading date lines ("09 يناير 2025", "2018-02-18", "18/2/2018").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace actorgraph::extract {

// ISO "YYYY-MM-DD" when `line` holds a date and nothing else but weekday
// names, a time of day and a time zone; nullopt otherwise. Month names may
// be English (Feb, February), Egyptian-Arabic (فبراير) or Levantine (شباط),
// digits ASCII or Arabic-Indic. O(n) in the line length.
std::optional<std::string> parse_date_line(std::string_view line);

}  // namespace actorgraph::extract
