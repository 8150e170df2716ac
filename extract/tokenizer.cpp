#include "extract/tokenizer.hpp"

#include <array>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace actorgraph::extract {

namespace {

// Character classes the tokenizer and splitter ask about, from ICU.
enum : std::uint8_t {
    word_class = 1,      // u_isalnum or '_'
    mark_class = 2,      // a non-spacing mark (continues a word)
    space_class = 4,     // u_isUWhiteSpace or NUL
    newline_class = 8,   // \n U+0085 U+2028 U+2029
    terminal_class = 16, // Sentence_Terminal
    closer_class = 32,   // quotes, closing and final punctuation
};

std::uint8_t classes_with_icu(UChar32 c) {
    std::uint8_t k = 0;
    if (u_isalnum(c) || c == '_') k |= word_class;
    const int8_t t = u_charType(c);
    if (t == U_NON_SPACING_MARK) k |= mark_class;
    if (u_isUWhiteSpace(c) || c == 0) k |= space_class;
    if (c == '\n' || c == 0x2029 || c == 0x2028 || c == 0x85) k |= newline_class;
    if (u_hasBinaryProperty(c, UCHAR_S_TERM)) k |= terminal_class;
    if (c == '"' || c == '\'' || t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION) k |= closer_class;
    return k;
}

// Classes of the code points below U+0700 (nearly all of Arabic news text),
// computed once with ICU; the rest are asked of ICU each time.
constexpr UChar32 table_end = 0x0700;

const std::array<std::uint8_t, table_end>& class_table() {
    static const std::array<std::uint8_t, table_end> table = [] {
        std::array<std::uint8_t, table_end> t{};
        for (UChar32 c = 0; c < table_end; ++c) t[static_cast<std::size_t>(c)] = classes_with_icu(c);
        return t;
    }();
    return table;
}

std::uint8_t classes(UChar32 c) {
    if (c >= 0 && c < table_end) return class_table()[static_cast<std::size_t>(c)];
    return classes_with_icu(c);
}

bool is_closer(UChar32 c) { return (classes(c) & closer_class) != 0; }

bool is_terminal(UChar32 c) { return (classes(c) & terminal_class) != 0; }

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
    const std::array<std::uint8_t, table_end>& table = class_table();
    while (pos < n) {
        const int32_t start = pos;
        UChar32 c;
        const uint8_t b0 = s[pos];
        if (b0 < 0x80) {
            c = b0;
            ++pos;
        } else if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < n && (s[pos + 1] & 0xC0) == 0x80) {
            c = ((b0 & 0x1F) << 6) | (s[pos + 1] & 0x3F);
            pos += 2;
        } else {
            U8_NEXT(s, pos, n, c);
        }
        const std::uint8_t k = c >= 0 && c < table_end ? table[static_cast<std::size_t>(c)] : classes_with_icu(c);
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

std::vector<std::uint32_t> icu_sentence_boundaries(std::string_view text) {
    // One sentence iterator per thread: creating one loads ICU's rules (~ms),
    // while setText on a UTF-8 UText costs nothing per article.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    std::vector<std::uint32_t> boundaries;
    if (!iterator || text.empty()) return boundaries;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return boundaries;
    iterator->setText(utext, status);
    if (U_SUCCESS(status))
        for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
            boundaries.push_back(static_cast<std::uint32_t>(b));
    utext_close(utext);
    // Detach the iterator from the text before the text goes away.
    UText* empty = utext_openUTF8(nullptr, "", 0, &status);
    iterator->setText(empty, status);
    utext_close(empty);
    return boundaries;
}

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const NormalizedText& text,
                                                                 const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::vector<std::uint32_t> boundaries = icu_sentence_boundaries(text.text);
    std::size_t next_boundary = 0;  // first ICU boundary not yet behind us
    // True when ICU puts a sentence boundary between tokens[i - 1] and tokens[i].
    const auto icu_break_before = [&](std::size_t i) {
        while (next_boundary < boundaries.size() && boundaries[next_boundary] <= tokens[i - 1].nb) ++next_boundary;
        return next_boundary < boundaries.size() && boundaries[next_boundary] <= tokens[i].nb;
    };
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
            if (t.newline_before || icu_break_before(i)) break;
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
