// timeline.csv: one row per period, ordered pair and relation, for Excel and
// pandas: UTF-8 with a byte-order mark (Excel then opens Arabic intact),
// numbers to 6 significant digits, counts as integers.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "engine/formats/text_escape.hpp"  // csv_number, csv_field
#include "engine/timeline.hpp"

namespace actorgraph::engine {

// The header and every row, CRLF-free ("\n" line ends), preceded by the BOM.
// `labels`: id -> {English, Arabic} (timeline_labels).
std::string timeline_csv(const std::vector<TimelineRow>& rows,
                         const std::map<std::string, std::array<std::string, 2>>& labels);

}  // namespace actorgraph::engine
