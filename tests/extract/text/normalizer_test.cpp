#include <catch2/catch.hpp>

#include "extract/text/normalizer.hpp"
#include "extract/text/sentences.hpp"
#include "extract/text/tokenizer.hpp"

using namespace actorgraph::extract;

TEST_CASE("normalisation strips harakat and tatweel, unifies letters, maps digits") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"أَحْمَد", "احمد"},   {"إيران", "ايران"},   {"آذار", "اذار"},   {"ٱلله", "الله"},
        {"مستشفى", "مستشفي"}, {"الروسية", "الروسيه"}, {"حلـــب", "حلب"}, {"هٰذا", "هذا"},
        {"٢٠١٨", "2018"},     {"۱۲", "12"},         {"YPG", "ypg"},     {"جويًّا", "جويا"},
    };
    for (const auto& [in, out] : cases) CHECK(normalize(in).text == out);
}

TEST_CASE("the offset map points every normalised byte at its original code point") {
    const std::string in = "قَصَفَتْ روسيا";
    const NormalizedText n = normalize(in);
    REQUIRE(n.orig.size() == n.text.size() + 1);
    const auto tokens = tokenize(n);
    REQUIRE(tokens.size() == 2);
    CHECK(in.substr(tokens[0].ob, tokens[0].oe - tokens[0].ob) == "قَصَفَتْ");
    CHECK(in.substr(tokens[1].ob, tokens[1].oe - tokens[1].ob) == "روسيا");
}

TEST_CASE("sentences split at terminals, Arabic question marks and line breaks, not inside numbers") {
    const std::vector<std::pair<std::string, std::size_t>> cases{
        {"قال كذا., , وقال كذا.", 2},
        {"هل جاء؟ نعم جاء", 2},
        {"سطر أول\nسطر ثان", 2},
        {"بلغ النمو 3.5 في المئة", 1},
        {"قال \"انتهى.\" ثم ذهب", 2},
    };
    for (const auto& [text, count] : cases) {
        const auto n = normalize(text);
        CHECK(split_sentences(n, tokenize(n)).size() == count);
    }
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

TEST_CASE("tokens and sentences outside the table range are classified by ICU") {
    // U+3002 (ideographic full stop) is a sentence terminal; U+2028 a line break; U+00A0 a space.
    const auto n = normalize("كلمة\xE3\x80\x82 اخرى\xE2\x80\xA8ثالثة\xC2\xA0رابعة");
    const auto tokens = tokenize(n);
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[1].kind == TokenKind::punct);
    CHECK(tokens[1].ch == 0x3002);
    CHECK(tokens[3].newline_before);
    CHECK(tokens[4].space_before);
    CHECK_FALSE(tokens[4].newline_before);
    CHECK(split_sentences(n, tokens).size() == 3);
}

TEST_CASE("ICU's sentence break iterator gives the boundaries the splitter honours") {
    const std::string text = "قصفت الطائرات المدينة. وقال مسؤول إن الهجوم انتهى؟ نعم";
    const auto boundaries = icu_sentence_boundaries(text);
    // After "المدينة. " and after "انتهى؟ ", and the end of the text.
    REQUIRE(boundaries.size() == 3);
    CHECK(text.substr(0, boundaries[0]) == "قصفت الطائرات المدينة. ");
    CHECK(text.substr(boundaries[1]) == "نعم");
    CHECK(boundaries[2] == text.size());
    CHECK(icu_sentence_boundaries("").empty());
    const auto n = normalize(text);
    CHECK(split_sentences(n, tokenize(n)).size() == 3);
}
