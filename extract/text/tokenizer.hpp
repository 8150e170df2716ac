// Normalised text -> word and punctuation tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text/normalizer.hpp"

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

}  // namespace actorgraph::extract
