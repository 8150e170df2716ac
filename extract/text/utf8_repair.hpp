// Byte-level input hygiene: UTF-8 validation with same-length repair, and
// binary detection. Offsets never move: each invalid byte becomes one '?'.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace actorgraph::extract {

// Copies `bytes` into `out`, replacing every byte that is not part of a valid
// UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF) by '?'.
// Returns the offset of the first invalid byte, if any. O(n), no allocation
// beyond `out`.
std::optional<std::size_t> repair_utf8(std::string_view bytes, std::string& out);

// The longest prefix of valid UTF-8 `text` that is at most `max_bytes` long and
// ends on a character boundary (a cut never splits a multi-byte sequence). O(1).
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// True when the bytes look like a binary file: a NUL byte anywhere in the
// first 64 KiB. O(min(n, 64 KiB)).
bool looks_binary(std::string_view bytes);

}  // namespace actorgraph::extract
