// Reading graphs from elsewhere: an edge-list CSV (ACLED-style data) in one
// of two shapes, each with a header line:
//     source,target,relation,weight   relation = support | conflict | negotiation | criticism
//     source,target,sign,weight       sign = +1 | 1 | positive -> support,
//                                            -1 | negative     -> conflict
// Further columns after these four are allowed and ignored (so the
// edges.csv that analyze writes reads back); every row has the header's
// number of columns. Fields may be double-quoted ("" inside quotes is a quote); names and
// header words are trimmed; header words, relations and signs are
// case-insensitive; blank lines are skipped; a UTF-8 BOM and CRLF are fine.
// Weights must be finite numbers >= 0.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graphs/actor_graph.hpp"

namespace actorgraph::engine {

struct EdgeListResult {
    std::vector<graphs::Observation> observations;  // in file order; evidence = index in this vector
    std::vector<std::size_t> lines;         // 1-based line of each observation
    std::size_t self_loops_dropped = 0;     // rows with source == target, not in `observations`
    bool signed_columns = false;            // the third column was "sign"
};

// Parses the text of an edge list named `file_name` (used in messages only;
// no I/O here). Each row is its own document ("FILE:LINE"), so --min-docs
// counts rows. Throws actorgraph::Error "FILE:LINE:COL: message" (column in
// bytes, 1-based, where the offending field starts). O(size of the text).
EdgeListResult parse_edge_list(std::string_view csv, const std::string& file_name);

}  // namespace actorgraph::engine
