#include "extract/tokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace actorgraph::extract {

namespace {

bool is_word_char(UChar32 c) {
    return u_isalnum(c) || c == '_';
}

bool is_closer(UChar32 c) {
    const int8_t t = u_charType(c);
    return c == '"' || c == '\'' || t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION;
}

bool is_terminal(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_S_TERM);
}


}  // namespace

bool is_clause_separator(std::int32_t ch) {
    return ch == 0x060C || ch == 0x061B || ch == ',' || ch == ';' || ch == ':';
}

std::vector<Token> tokenize(const NormalizedText& text) {
    std::vector<Token> out;
    out.reserve(text.text.size() / 6 + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(text.text.data());
    const auto n = static_cast<int32_t>(text.text.size());
    int32_t pos = 0;
    bool space = false, newline = false;
    bool in_word = false;
    while (pos < n) {
        const int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (is_word_char(c) || (in_word && u_charType(c) == U_NON_SPACING_MARK)) {
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
        if (u_isUWhiteSpace(c) || c == 0) {
            space = true;
            if (c == '\n' || c == 0x2029 || c == 0x2028 || c == 0x85) newline = true;
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

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::size_t n = tokens.size();
    std::size_t i = 0;
    const auto is_leading_junk = [&](const Token& t) {
        return t.kind == TokenKind::punct && (is_clause_separator(t.ch) || is_terminal(t.ch) || t.ch == '-' ||
                                              t.ch == 0x2013 || t.ch == 0x2014 || t.ch == '*');
    };
    while (i < n) {
        while (i < n && is_leading_junk(tokens[i])) ++i;
        if (i >= n) break;
        const std::size_t first = i;
        ++i;
        while (i < n) {
            const Token& t = tokens[i];
            if (t.newline_before) break;
            if (t.kind == TokenKind::punct && is_terminal(t.ch)) {
                // "3.5" is a number, not a boundary.
                if (t.ch == '.' && !t.space_before && i + 1 < n && !tokens[i + 1].space_before &&
                    tokens[i - 1].digit && tokens[i + 1].digit) {
                    ++i;
                    continue;
                }
                ++i;
                while (i < n && !tokens[i].newline_before && tokens[i].kind == TokenKind::punct &&
                       (is_terminal(tokens[i].ch) || is_closer(tokens[i].ch)))
                    ++i;
                break;
            }
            ++i;
        }
        out.emplace_back(first, i);
    }
    return out;
}

}  // namespace actorgraph::extract
