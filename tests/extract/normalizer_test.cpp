#include <catch2/catch.hpp>

#include "extract/normalizer.hpp"
#include "extract/tokenizer.hpp"

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
        CHECK(split_sentences(tokenize(n)).size() == count);
    }
}
