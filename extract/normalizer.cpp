#include "extract/normalizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace actorgraph::extract {

int32_t normalize_code_point(int32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    switch (c) {
    case 0x0640: return U_SENTINEL;  // tatweel
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0649: case 0x06CC: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x06A9: return 0x0643;
    default: break;
    }
    const int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return U_SENTINEL;
    if (type == U_DECIMAL_DIGIT_NUMBER) return '0' + u_charDigitValue(c);
    if (type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER) return u_tolower(c);
    return c;
}

NormalizedText normalize(std::string_view input) {
    NormalizedText out;
    out.text.reserve(input.size());
    out.orig.reserve(input.size() + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(input.data());
    const auto n = static_cast<int32_t>(input.size());
    int32_t pos = 0;
    while (pos < n) {
        const int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c < 0) c = 0xFFFD;
        const int32_t m = normalize_code_point(c);
        if (m == U_SENTINEL) continue;
        uint8_t buf[4];
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(buf, len, 4, m, error);
        (void)error;
        for (int32_t k = 0; k < len; ++k) {
            out.text.push_back(static_cast<char>(buf[k]));
            out.orig.push_back(static_cast<std::uint32_t>(start));
        }
    }
    out.orig.push_back(static_cast<std::uint32_t>(input.size()));
    return out;
}

std::string normalize_form(std::string_view input) {
    const std::string t = normalize(input).text;
    std::string out;
    const auto* s = reinterpret_cast<const uint8_t*>(t.data());
    const auto n = static_cast<int32_t>(t.size());
    int32_t pos = 0;
    bool space = false;
    while (pos < n) {
        const int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (u_isUWhiteSpace(c)) { space = !out.empty(); continue; }
        if (space) out.push_back(' ');
        space = false;
        out.append(t, static_cast<std::size_t>(start), static_cast<std::size_t>(pos - start));
    }
    return out;
}

}  // namespace actorgraph::extract
