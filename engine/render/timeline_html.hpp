// timeline.html: one self-contained page (no script, no network) of small
// charts drawn here as inline SVG: articles per period, the pairs whose
// weights changed most (a line per relation) and the top actors' strength
// rank per period. Every text from the articles or the lexicon is escaped.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "engine/timeline.hpp"

namespace actorgraph::engine {

struct TimelinePage {
    std::string input;                    // the input set's name
    std::string by;                       // month, quarter or year
    std::vector<std::string> periods;
    std::vector<std::size_t> articles;    // per period
    std::vector<PairSeries> pairs;        // largest_changes(rows, periods, 12)
    StrengthRanks ranks;                  // strength_ranks(rows, periods, 10)
    std::map<std::string, std::array<std::string, 2>> labels;  // timeline_labels
};

// The page; same input, same bytes.
std::string timeline_to_html(const TimelinePage& page);

}  // namespace actorgraph::engine
