// "LINE:COLUMN" of a byte offset in a text (1-based; a column counts UTF-8
// characters): where parse errors point.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph {

inline std::string line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace actorgraph
