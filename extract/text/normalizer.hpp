// Arabic normalisation for matching, with a map back to original offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::extract {

struct NormalizedText {
    std::string text;                 // normalised UTF-8
    std::vector<std::uint32_t> orig;  // orig[i] = offset in the input of the code point that produced text[i];
                                      // orig[text.size()] = input size
};

// Normalises one code point for matching; returns U_SENTINEL (-1) to drop it.
// Drops harakat and other non-spacing marks (incl. U+0670), tatweel and
// format characters; maps أ إ آ ٱ -> ا, ى ی -> ي, ة -> ه, ک -> ك, any
// decimal digit -> ASCII, Latin -> lower case. O(1) via ICU properties
// (precomputed into a table for code points below U+0700).
int32_t normalize_code_point(int32_t c);

// Normalises UTF-8 `input` (must be valid UTF-8; invalid sequences become
// U+FFFD) in one pass over code points, decoding one- and two-byte
// sequences inline and the rest with ICU's UTF-8 macros. O(n).
NormalizedText normalize(std::string_view input);

// Convenience for lexicon entries: the normalised string with runs of
// whitespace collapsed to one space and trimmed.
std::string normalize_form(std::string_view input);

}  // namespace actorgraph::extract
