// Tokens -> sentences: ICU's sentence boundaries united with line breaks and
// sentence terminals.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/text/char_classes.hpp"
#include "extract/text/tokenizer.hpp"

namespace actorgraph::extract {

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

}  // namespace actorgraph::extract
