// Character classes the tokenizer and the sentence splitter ask about,
// answered by ICU's properties and cached for the code points of Arabic text.
#pragma once

#include <array>
#include <cstdint>

namespace actorgraph::extract {

enum CharClass : std::uint8_t {
    word_class = 1,      // u_isalnum
    mark_class = 2,      // a non-spacing mark (continues a word)
    space_class = 4,     // u_isUWhiteSpace, NUL, or '_' (the words of a hashtag: #حزب_الله)
    newline_class = 8,   // \n U+0085 U+2028 U+2029
    terminal_class = 16, // Sentence_Terminal
    closer_class = 32,   // quotes, closing and final punctuation
};

// Code points below this (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic: nearly
// all of Arabic news text) have their classes in a table computed once with ICU.
inline constexpr std::int32_t char_class_table_end = 0x0700;

// The cached classes of the code points below char_class_table_end.
const std::array<std::uint8_t, char_class_table_end>& char_class_table();

// The classes of any code point, straight from ICU.
std::uint8_t char_classes_from_icu(std::int32_t c);

inline std::uint8_t char_classes(std::int32_t c) {
    if (c >= 0 && c < char_class_table_end) return char_class_table()[static_cast<std::size_t>(c)];
    return char_classes_from_icu(c);
}

inline bool is_closer(std::int32_t c) { return (char_classes(c) & closer_class) != 0; }
inline bool is_terminal(std::int32_t c) { return (char_classes(c) & terminal_class) != 0; }

// True for clause separators inside a sentence: ، ؛ , ; :
inline bool is_clause_separator(std::int32_t ch) {
    return ch == 0x060C || ch == 0x061B || ch == ',' || ch == ';' || ch == ':';
}

}  // namespace actorgraph::extract
