#include <catch2/catch.hpp>

#include "extract/text/normalizer.hpp"

using namespace actorgraph::extract;

TEST_CASE("normalisation strips harakat and tatweel, unifies letters, maps digits") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"أَحْمَد", "احمد"},   {"إيران", "ايران"},   {"آذار", "اذار"},   {"ٱلله", "الله"},
        {"مستشفى", "مستشفي"}, {"الروسية", "الروسيه"}, {"حلـــب", "حلب"}, {"هٰذا", "هذا"},
        {"٢٠١٨", "2018"},     {"۱۲", "12"},         {"YPG", "ypg"},     {"جويًّا", "جويا"},
    };
    for (const auto& [in, out] : cases) CHECK(normalize(in).text == out);
}

namespace {
std::string utf8(int32_t c) {
    std::string s;
    if (c < 0x80) s += static_cast<char>(c);
    else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}
}  // namespace

TEST_CASE("normalize agrees with normalize_code_point on every code point of the fast and slow paths") {
    for (int32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const int32_t m = normalize_code_point(c);
        const std::string expected = m < 0 ? "" : utf8(m);
        const NormalizedText n = normalize(" " + utf8(c) + " ");
        INFO("U+" << std::hex << c);
        REQUIRE(n.text == " " + expected + " ");
        REQUIRE(n.orig.size() == n.text.size() + 1);
        for (std::size_t i = 1; i + 1 < n.text.size(); ++i) CHECK(n.orig[i] == 1);
        CHECK(n.orig.back() == utf8(c).size() + 2);
    }
}

TEST_CASE("normalize maps offsets through growth, invalid bytes and dropped characters") {
    // U+023A lower-cases to U+2C65: two bytes become three.
    NormalizedText n = normalize("\xC8\xBA" "b");
    CHECK(n.text == "\xE2\xB1\xA5" "b");
    CHECK(n.orig == std::vector<std::uint32_t>{0, 0, 0, 2, 3});
    // An invalid byte becomes U+FFFD; a truncated two-byte sequence too.
    n = normalize("a\xFF" "b\xD9");
    CHECK(n.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK(n.orig == std::vector<std::uint32_t>{0, 1, 1, 1, 2, 3, 3, 3, 4});
    // A right-to-left mark (format, three bytes) and harakat are dropped; an emoji (four bytes) stays.
    n = normalize("\xE2\x80\x8F" "بَ\xF0\x9F\x98\x80");
    CHECK(n.text == "\xD8\xA8\xF0\x9F\x98\x80");
    CHECK(n.orig == std::vector<std::uint32_t>{3, 3, 7, 7, 7, 7, 11});
}

