#include "extract/text/normalizer.hpp"

#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/text/utf8_repair.hpp"

namespace actorgraph::extract {

namespace {

// The rule itself, answered by ICU's character properties.
int32_t normalize_with_icu(int32_t c) {
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

// Code points below U+0700 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic)
// are nearly all of the text: their results are computed once, with ICU,
// so a table lookup gives exactly what normalize_with_icu gives.
constexpr int32_t table_end = 0x0700;

const std::array<int32_t, table_end>& low_table() {
    static const std::array<int32_t, table_end> table = [] {
        std::array<int32_t, table_end> t{};
        for (int32_t c = 0; c < table_end; ++c) t[static_cast<std::size_t>(c)] = normalize_with_icu(c);
        return t;
    }();
    return table;
}

}  // namespace

int32_t normalize_code_point(int32_t c) {
    if (c >= 0 && c < table_end) return low_table()[static_cast<std::size_t>(c)];
    return normalize_with_icu(c);
}

NormalizedText normalize(std::string_view input) {
    const std::array<int32_t, table_end>& table = low_table();
    NormalizedText out;
    // A valid code point never grows by more than half its UTF-8 length (2 ->
    // 3 bytes under lower-casing), so this bound is nearly always enough; an
    // invalid byte becomes U+FFFD (1 -> 3 bytes), so each write checks it.
    std::size_t bound = input.size() + input.size() / 2 + 4;
    out.text.resize(bound);
    out.orig.resize(bound + 1);
    char* text = out.text.data();
    std::uint32_t* orig = out.orig.data();
    auto reserve_four = [&](std::size_t len) {
        if (len + 4 <= bound) return;
        bound = 2 * bound;
        out.text.resize(bound);
        out.orig.resize(bound + 1);
        text = out.text.data();
        orig = out.orig.data();
    };
    std::size_t len = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(input.data());
    const auto n = static_cast<int32_t>(input.size());
    int32_t pos = 0;
    while (pos < n) {
        const int32_t start = pos;
        UChar32 c = next_code_point(s, pos, n);
        if (c < 0) c = 0xFFFD;
        const int32_t m = c < table_end ? table[static_cast<std::size_t>(c)] : normalize_with_icu(c);
        if (m == U_SENTINEL) continue;
        const auto o = static_cast<std::uint32_t>(start);
        reserve_four(len);  // one compare per code point; grows only after invalid bytes
        if (m < 0x80) {
            text[len] = static_cast<char>(m);
            orig[len++] = o;
        } else {
            uint8_t buf[4];
            int32_t k = 0;
            UBool error = false;
            U8_APPEND(buf, k, 4, m, error);
            (void)error;
            for (int32_t j = 0; j < k; ++j) {
                text[len] = static_cast<char>(buf[j]);
                orig[len++] = o;
            }
        }
    }
    orig[len] = static_cast<std::uint32_t>(input.size());
    out.text.resize(len);
    out.orig.resize(len + 1);
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
