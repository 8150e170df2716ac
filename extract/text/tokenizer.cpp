#include "extract/text/tokenizer.hpp"

#include "extract/text/char_classes.hpp"
#include "extract/text/utf8_repair.hpp"

namespace actorgraph::extract {

std::vector<Token> tokenize(const NormalizedText& text) {
    std::vector<Token> out;
    out.reserve(text.text.size() / 6 + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(text.text.data());
    const auto n = static_cast<int32_t>(text.text.size());
    int32_t pos = 0;
    bool space = false, newline = false;
    bool in_word = false;
    const std::array<std::uint8_t, char_class_table_end>& table = char_class_table();
    while (pos < n) {
        const int32_t start = pos;
        const UChar32 c = next_code_point(s, pos, n);
        const std::uint8_t k = c >= 0 && c < char_class_table_end ? table[static_cast<std::size_t>(c)] : char_classes_from_icu(c);
        if ((k & word_class) || (in_word && (k & mark_class))) {
            if (in_word) {
                out.back().ne = static_cast<uint32_t>(pos);
            } else {
                Token t;
                t.nb = static_cast<uint32_t>(start);
                t.ne = static_cast<uint32_t>(pos);
                t.kind = TokenKind::word;
                t.digit = c >= '0' && c <= '9';
                t.space_before = space;
                t.newline_before = newline;
                out.push_back(t);
                in_word = true;
                space = newline = false;
            }
            continue;
        }
        in_word = false;
        if (k & space_class) {
            space = true;
            if (k & newline_class) newline = true;
            continue;
        }
        Token t;
        t.nb = static_cast<uint32_t>(start);
        t.ne = static_cast<uint32_t>(pos);
        t.kind = TokenKind::punct;
        t.space_before = space;
        t.newline_before = newline;
        t.ch = c;
        out.push_back(t);
        space = newline = false;
    }
    for (Token& t : out) {
        t.ob = text.orig[t.nb];
        t.oe = text.orig[t.ne];
    }
    return out;
}

}  // namespace actorgraph::extract
