#include "engine/query/text_table.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace actorgraph::engine {

namespace {

// Code points that take no column in a terminal: Arabic harakat and other
// combining marks, and the direction and joiner format characters.
bool zero_width(std::uint32_t point) {
    return (point >= 0x0300 && point <= 0x036F) || (point >= 0x0610 && point <= 0x061A) ||
           (point >= 0x064B && point <= 0x065F) || point == 0x0670 || (point >= 0x06D6 && point <= 0x06DC) ||
           (point >= 0x06DF && point <= 0x06E4) || (point >= 0x06E7 && point <= 0x06E8) ||
           (point >= 0x06EA && point <= 0x06ED) || (point >= 0x200B && point <= 0x200F) ||
           (point >= 0x202A && point <= 0x202E) || (point >= 0x2066 && point <= 0x2069) || point == 0xFEFF;
}

// Wide (two-column) East Asian ranges, coarsely.
bool wide(std::uint32_t point) {
    return (point >= 0x1100 && point <= 0x115F) || (point >= 0x2E80 && point <= 0xA4CF) ||
           (point >= 0xAC00 && point <= 0xD7A3) || (point >= 0xF900 && point <= 0xFAFF) ||
           (point >= 0xFF00 && point <= 0xFF60) || (point >= 0x1F300 && point <= 0x1FAFF) ||
           (point >= 0x20000 && point <= 0x3FFFD);
}

// A cell on one line: tabs, newlines and other control characters as spaces.
std::string one_line(std::string text) {
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return text;
}

}  // namespace

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        std::uint32_t point = length == 1 ? c : c & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        i += length;
        if (zero_width(point)) continue;
        width += wide(point) ? 2 : 1;
    }
    return width;
}

std::string pad_to(std::string text, std::size_t width) {
    const std::size_t points = display_width(text);
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
            widths[c] = std::max(widths[c], display_width(one_line(row[c])));
    };
    measure(header);
    for (const auto& row : rows) measure(row);
    auto line = [&](const std::vector<std::string>& row) {
        std::string out = " ";
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            out += " " + (c + 1 == row.size() ? one_line(row[c]) : pad_to(one_line(row[c]), widths[c]) + " ");
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(header);
    for (const auto& row : rows) out += line(row);
    return out;
}

}  // namespace actorgraph::engine
