// Aligned plain-text tables for the terminal: widths in terminal columns
// (harakat and direction marks take none, East Asian wide characters two),
// every column at least as wide as its widest cell plus a two-space gap, so
// a label never runs into the next column.
#pragma once

#include <string>
#include <vector>

namespace actorgraph::engine {

// Terminal columns `text` takes.
std::size_t display_width(const std::string& text);

// `text` padded with spaces to `width` terminal columns.
std::string pad_to(std::string text, std::size_t width);

// A number with up to 4 significant digits ("0.3333", "12", "1.5e+04").
std::string format_short(double value);

// Rows under a header, columns separated by two spaces, indented by two;
// control characters in a cell (a newline in a label) become spaces.
std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows);

}  // namespace actorgraph::engine
