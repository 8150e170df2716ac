#include "extract/text/char_classes.hpp"

#include <unicode/uchar.h>

namespace actorgraph::extract {

std::uint8_t char_classes_from_icu(std::int32_t c) {
    std::uint8_t k = 0;
    if (u_isalnum(c)) k |= word_class;
    const int8_t t = u_charType(c);
    if (t == U_NON_SPACING_MARK) k |= mark_class;
    // '_' joins the words of a hashtag (#حزب_الله): a space between words.
    if (u_isUWhiteSpace(c) || c == 0 || c == '_') k |= space_class;
    if (c == '\n' || c == 0x2029 || c == 0x2028 || c == 0x85) k |= newline_class;
    if (u_hasBinaryProperty(c, UCHAR_S_TERM)) k |= terminal_class;
    if (c == '"' || c == '\'' || t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION) k |= closer_class;
    return k;
}

const std::array<std::uint8_t, char_class_table_end>& char_class_table() {
    static const std::array<std::uint8_t, char_class_table_end> table = [] {
        std::array<std::uint8_t, char_class_table_end> t{};
        for (std::int32_t c = 0; c < char_class_table_end; ++c) t[static_cast<std::size_t>(c)] = char_classes_from_icu(c);
        return t;
    }();
    return table;
}

}  // namespace actorgraph::extract
