// Byte-level input hygiene: UTF-8 validation with same-length repair, and
// binary detection. Offsets never move: each invalid byte becomes one '?'.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/utf8.h>

namespace actorgraph::extract {

// Copies `bytes` into `out`, replacing every byte that is not part of a valid
// UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF) by '?'.
// Returns the offset of the first invalid byte, if any. O(n), no allocation
// beyond `out`.
std::optional<std::size_t> repair_utf8(std::string_view bytes, std::string& out);

// The longest prefix of valid UTF-8 `text` that is at most `max_bytes` long and
// ends on a character boundary (a cut never splits a multi-byte sequence). O(1).
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// The code point at byte `pos` of `s` (n bytes), advancing `pos` past it, as
// ICU's U8_NEXT reads it (negative for an invalid sequence); ASCII and
// two-byte characters (Arabic) are decoded inline, since the text passes
// (normaliser, tokenizer, sentence breaking) read every character. O(1).
inline UChar32 next_code_point(const std::uint8_t* s, std::int32_t& pos, std::int32_t n) {
    const std::uint8_t b0 = s[pos];
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < n && (s[pos + 1] & 0xC0) == 0x80) {
        const UChar32 c = ((b0 & 0x1F) << 6) | (s[pos + 1] & 0x3F);
        pos += 2;
        return c;
    }
    UChar32 c;
    U8_NEXT(s, pos, n, c);
    return c;
}

// True when the bytes look like a binary file: a NUL byte anywhere in the
// first 64 KiB. O(min(n, 64 KiB)).
bool looks_binary(std::string_view bytes);

}  // namespace actorgraph::extract
