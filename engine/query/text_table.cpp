#include "engine/query/text_table.hpp"

#include <algorithm>
#include <cstdio>

namespace actorgraph::engine {

namespace {
std::size_t code_points(const std::string& text) {
    std::size_t points = 0;
    for (unsigned char c : text) points += (c & 0xC0) != 0x80;
    return points;
}
}  // namespace

std::string pad_to(std::string text, std::size_t width) {
    const std::size_t points = code_points(text);
    if (points < width) text.append(width - points, ' ');
    return text;
}

std::string format_short(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], code_points(row[c]));
    };
    measure(header);
    for (const auto& row : rows) measure(row);
    auto line = [&](const std::vector<std::string>& row) {
        std::string out = " ";
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            out += " " + (c + 1 == row.size() ? row[c] : pad_to(row[c], widths[c]) + " ");
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(header);
    for (const auto& row : rows) out += line(row);
    return out;
}

}  // namespace actorgraph::engine
