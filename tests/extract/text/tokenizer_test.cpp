// tokenize: token kinds, spans in the normalised and the original text, and
// the space, newline and digit flags.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "extract/text/normalizer.hpp"
#include "extract/text/tokenizer.hpp"

using namespace actorgraph::extract;

namespace {

// One token as the tests write it.
struct Expected {
    TokenKind kind;
    std::string norm;  // its normalised text
    std::string orig;  // its bytes in the input
    bool space_before = false, newline_before = false, digit = false;
    std::int32_t ch = 0;  // punct only
};

void check_tokens(const std::string& input, const std::vector<Expected>& expected) {
    INFO("input: " << input);
    const NormalizedText n = normalize(input);
    const std::vector<Token> tokens = tokenize(n);
    REQUIRE(tokens.size() == expected.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        INFO("token " << i);
        const Token& t = tokens[i];
        const Expected& e = expected[i];
        CHECK(t.kind == e.kind);
        CHECK(n.text.substr(t.nb, t.ne - t.nb) == e.norm);
        CHECK(input.substr(t.ob, t.oe - t.ob) == e.orig);
        CHECK(t.space_before == e.space_before);
        CHECK(t.newline_before == e.newline_before);
        CHECK(t.digit == e.digit);
        CHECK(t.ch == e.ch);
    }
}

constexpr auto word = TokenKind::word;
constexpr auto punct = TokenKind::punct;

}  // namespace

TEST_CASE("words with harakat and tatweel map back to their exact original bytes") {
    check_tokens("قَصَفَتْ الطائراتُ حلـــبَ، ثم عادت",
                 {{word, "قصفت", "قَصَفَتْ"},
                  {word, "الطائرات", "الطائراتُ", true},
                  {word, "حلب", "حلـــبَ", true},
                  {punct, "،", "،", false, false, false, 0x060C},
                  {word, "ثم", "ثم", true},
                  {word, "عادت", "عادت", true}});
    // Hamza forms and ة are normalised, the original keeps them.
    check_tokens("أكدت إيران الهدنة", {{word, "اكدت", "أكدت"}, {word, "ايران", "إيران", true}, {word, "الهدنه", "الهدنة", true}});
    // A right-to-left mark before a word is dropped, and not part of its span.
    check_tokens("\xE2\x80\x8Fروسيا", {{word, "روسيا", "روسيا"}});
}

TEST_CASE("every other non-space code point is a one-character punct token") {
    check_tokens("«حلب»، (إدلب)؛ هل؟!",
                 {{punct, "«", "«", false, false, false, 0xAB},
                  {word, "حلب", "حلب"},
                  {punct, "»", "»", false, false, false, 0xBB},
                  {punct, "،", "،", false, false, false, 0x060C},
                  {punct, "(", "(", true, false, false, '('},
                  {word, "ادلب", "إدلب"},
                  {punct, ")", ")", false, false, false, ')'},
                  {punct, "؛", "؛", false, false, false, 0x061B},
                  {word, "هل", "هل", true},
                  {punct, "؟", "؟", false, false, false, 0x061F},
                  {punct, "!", "!", false, false, false, '!'}});
    check_tokens("...", {{punct, ".", ".", false, false, false, '.'},
                         {punct, ".", ".", false, false, false, '.'},
                         {punct, ".", ".", false, false, false, '.'}});
}

TEST_CASE("digits: ASCII and Arabic-Indic words start with a digit, a decimal point is punct") {
    check_tokens("٢٠١٨ و2018 3.5 F16 16F",
                 {{word, "2018", "٢٠١٨", false, false, true},
                  {word, "و2018", "و2018", true},
                  {word, "3", "3", true, false, true},
                  {punct, ".", ".", false, false, false, '.'},
                  {word, "5", "5", false, false, true},
                  {word, "f16", "F16", true},
                  {word, "16f", "16F", true, false, true}});
}

TEST_CASE("hashtags: the hash is punct, the underscore separates the words") {
    check_tokens("#الغوطة_الشرقية و#hashtag_words",
                 {{punct, "#", "#", false, false, false, '#'},
                  {word, "الغوطه", "الغوطة"},
                  {word, "الشرقيه", "الشرقية", true},
                  {word, "و", "و", true},
                  {punct, "#", "#", false, false, false, '#'},
                  {word, "hashtag", "hashtag"},
                  {word, "words", "words", true}});
}

TEST_CASE("space and newline flags: any whitespace run, a newline anywhere in it") {
    check_tokens("  سطر\t\tأول \r\n ثان\xC2\xA0ثالث\xE2\x80\xA8رابع",
                 {{word, "سطر", "سطر", true},
                  {word, "اول", "أول", true},
                  {word, "ثان", "ثان", true, true},
                  {word, "ثالث", "ثالث", true},
                  {word, "رابع", "رابع", true, true}});
    check_tokens("", {});
    check_tokens(" \n\t ", {});
}

TEST_CASE("on random text, tokens are ordered, maximal and map back to what they normalise from") {
    // Pieces that exercise dropped code points, growth under normalisation and punctuation.
    const std::vector<std::string> pieces{"روسيا", "قَصَفَ", "ـ", "أ", "ة", " ", "  ", "\n", "،", ".", "3", "٤",
                                          "_", "#", "«", "»", "\xE2\x80\x8F", "YPG", "\xC8\xBA", "\xF0\x9F\x98\x80"};
    std::mt19937 rng(20180219);
    for (int round = 0; round < 500; ++round) {
        std::string input;
        const int length = static_cast<int>(rng() % 12);
        for (int k = 0; k < length; ++k) input += pieces[rng() % pieces.size()];
        INFO("input: " << input);
        const NormalizedText n = normalize(input);
        const std::vector<Token> tokens = tokenize(n);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            REQUIRE(t.nb < t.ne);
            REQUIRE(t.ob < t.oe);
            CHECK(normalize(input.substr(t.ob, t.oe - t.ob)).text == n.text.substr(t.nb, t.ne - t.nb));
            if (i == 0) continue;
            const Token& p = tokens[i - 1];
            CHECK(p.ne <= t.nb);
            CHECK(p.oe <= t.ob);
            // Two words in a row have a space between them, or they would be one word.
            if (p.kind == TokenKind::word && t.kind == TokenKind::word) CHECK(t.space_before);
            CHECK(t.space_before == (p.ne < t.nb));
        }
    }
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

TEST_CASE("tokens outside the table range are classified by ICU") {
    // U+3002 (ideographic full stop) is punct; U+2028 a line break; U+00A0 a space.
    const auto n = normalize("كلمة\xE3\x80\x82 اخرى\xE2\x80\xA8ثالثة\xC2\xA0رابعة");
    const auto tokens = tokenize(n);
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[1].kind == TokenKind::punct);
    CHECK(tokens[1].ch == 0x3002);
    CHECK(tokens[3].newline_before);
    CHECK(tokens[4].space_before);
    CHECK_FALSE(tokens[4].newline_before);
}
