// Normalised text -> word and punctuation tokens, and sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/normalizer.hpp"

namespace actorgraph::extract {

enum class TokenKind : std::uint8_t { word, punct };

struct Token {
    std::uint32_t nb = 0, ne = 0;  // byte span in NormalizedText::text
    std::uint32_t ob = 0, oe = 0;  // byte span in the original text
    TokenKind kind = TokenKind::word;
    bool space_before = false;     // whitespace separates it from the previous token
    bool newline_before = false;   // a line break separates it from the previous token
    bool digit = false;            // a word that starts with a digit
    std::int32_t ch = 0;           // the code point of a punct token
};

// Words are maximal runs of letters, digits and marks (u_isalnum); every
// other non-space code point is a one-character punct token. O(n).
std::vector<Token> tokenize(const NormalizedText& text);

// Sentences as [first, last) token index ranges over `text`'s tokens. A
// sentence ends where ICU's sentence BreakIterator (Arabic locale) puts a
// boundary, at a line break, or after a sentence terminal (ICU's
// Sentence_Terminal property: . ! ? ؟ ۔ ...) with its closing quotes and
// brackets, except a '.' between digits; the union catches the odd
// separators real articles use (the seeds' "., ," joins). Leading
// separators (the ", " of "., , وقال") are dropped. O(n).
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const NormalizedText& text,
                                                                 const std::vector<Token>& tokens);

// ICU's sentence boundaries in `text` (UTF-8 byte offsets, ascending).
std::vector<std::uint32_t> icu_sentence_boundaries(std::string_view text);

// True for clause separators inside a sentence: ، ؛ , ; :
bool is_clause_separator(std::int32_t ch);

}  // namespace actorgraph::extract
