#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "extract/text/utf8_repair.hpp"

using namespace actorgraph::extract;

namespace {

// Reference: decode per RFC 3629 by code point ranges (not by the byte table
// the library uses); a sequence is valid when it decodes to a scalar value in
// range and is not overlong.
std::size_t reference_length(const std::string& s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

std::string reference_repair(const std::string& s, std::optional<std::size_t>& first) {
    std::string out = s;
    first.reset();
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = reference_length(s, i);
        if (len == 0) {
            if (!first) first = i;
            out[i] = '?';
            ++i;
        } else {
            i += len;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("repair_utf8 keeps valid text and offsets, replacing each invalid byte by '?'") {
    std::string out;
    CHECK_FALSE(repair_utf8("plain ASCII text, long enough for the 8-byte path", out));
    CHECK(out == "plain ASCII text, long enough for the 8-byte path");
    CHECK_FALSE(repair_utf8("روسيا وإيران \xE2\x80\x8F \xF0\x9F\x98\x80", out));
    auto bad = repair_utf8("abcdefgh\xC0\xAFxyz\xED\xA0\x80!\xD9", out);
    REQUIRE(bad);
    CHECK(*bad == 8);
    CHECK(out == "abcdefgh??xyz???" "!?");  // overlong, surrogate, truncated
}

TEST_CASE("repair_utf8 agrees with an RFC 3629 decoder on random bytes") {
    std::mt19937 rng(7);
    // Bytes drawn mostly from the interesting lead/continuation ranges.
    const unsigned char alphabet[] = {'a', ' ', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8,
                                      0xD9, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1), length(0, 40);
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        const std::size_t n = length(rng);
        for (std::size_t k = 0; k < n; ++k) s += static_cast<char>(alphabet[pick(rng)]);
        std::optional<std::size_t> expected_first;
        const std::string expected = reference_repair(s, expected_first);
        std::string out;
        const auto first = repair_utf8(s, out);
        REQUIRE(out == expected);
        REQUIRE(first == expected_first);
    }
}

TEST_CASE("utf8_prefix cuts on a character boundary, never inside a sequence") {
    const std::string text = "ab\xD8\xB3\xE2\x80\x94z";  // a b س — z
    CHECK(utf8_prefix(text, 100) == text);
    CHECK(utf8_prefix(text, 2) == "ab");
    CHECK(utf8_prefix(text, 3) == "ab");
    CHECK(utf8_prefix(text, 4) == "ab\xD8\xB3");
    CHECK(utf8_prefix(text, 5) == "ab\xD8\xB3");
    CHECK(utf8_prefix(text, 6) == "ab\xD8\xB3");
    CHECK(utf8_prefix(text, 7) == "ab\xD8\xB3\xE2\x80\x94");
    CHECK(utf8_prefix(text, 0).empty());
}
