// Aligned plain-text tables for the terminal (widths in code points, so
// Arabic labels line up as well as a terminal allows).
#pragma once

#include <string>
#include <vector>

namespace actorgraph::engine {

// `text` padded with spaces to `width` code points.
std::string pad_to(std::string text, std::size_t width);

// A number with up to 4 significant digits ("0.3333", "12", "1.5e+04").
std::string format_short(double value);

// Rows under a header, columns separated by two spaces, indented by two.
std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows);

}  // namespace actorgraph::engine
