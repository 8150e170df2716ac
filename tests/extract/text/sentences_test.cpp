// split_sentences: where sentences end and which tokens start them, as the
// original text of each sentence.
#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "extract/text/char_classes.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/sentences.hpp"
#include "extract/text/tokenizer.hpp"

using namespace actorgraph::extract;

namespace {

// The original text of each sentence, first token to last.
std::vector<std::string> sentences_of(const std::string& input) {
    const NormalizedText n = normalize(input);
    const std::vector<Token> tokens = tokenize(n);
    std::vector<std::string> out;
    for (const auto& [first, last] : split_sentences(n, tokens))
        out.push_back(input.substr(tokens[first].ob, tokens[last - 1].oe - tokens[first].ob));
    return out;
}

struct SplitCase {
    const char* input;
    std::vector<std::string> sentences;
};

void check_splits(const std::vector<SplitCase>& cases) {
    for (const auto& c : cases) {
        INFO("input: " << c.input);
        CHECK(sentences_of(c.input) == c.sentences);
    }
}

}  // namespace

TEST_CASE("sentences end at . ! ? and the Arabic question mark") {
    check_splits({
        {"قصفت الطائرات حلب. وقال مسؤول إن الهجوم انتهى! هل انتهى؟ نعم",
         {"قصفت الطائرات حلب.", "وقال مسؤول إن الهجوم انتهى!", "هل انتهى؟", "نعم"}},
        {"هل جاء؟ نعم جاء", {"هل جاء؟", "نعم جاء"}},
        {"Did it end? Yes.", {"Did it end?", "Yes."}},
        // A run of terminals stays with its sentence.
        {"انتهى!! ثم ذهب", {"انتهى!!", "ثم ذهب"}},
        {"هل انتهى؟! ثم", {"هل انتهى؟!", "ثم"}},
        // Clause separators do not end a sentence.
        {"قال: انتهى، ثم ذهب؛ وعاد", {"قال: انتهى، ثم ذهب؛ وعاد"}},
        // The ideographic full stop is a terminal too (ICU's Sentence_Terminal).
        {"كلمة\xE3\x80\x82 اخرى", {"كلمة\xE3\x80\x82", "اخرى"}},
    });
}

TEST_CASE("sentences end at line breaks") {
    check_splits({
        {"سطر أول\nسطر ثان", {"سطر أول", "سطر ثان"}},
        {"سطر أول\r\n\r\nسطر ثان\n", {"سطر أول", "سطر ثان"}},
        {"اخرى\xE2\x80\xA8ثالثة\xC2\xA0رابعة", {"اخرى", "ثالثة\xC2\xA0رابعة"}},  // U+2028 breaks, U+00A0 does not
    });
}

TEST_CASE("a point between digits is a decimal point, not a boundary") {
    check_splits({
        {"بلغ النمو 3.5 في المئة.", {"بلغ النمو 3.5 في المئة."}},
        {"بلغ النمو ٣.٥ في المئة", {"بلغ النمو ٣.٥ في المئة"}},
        {"العدد ٣٫٥ مرات", {"العدد ٣٫٥ مرات"}},  // the Arabic decimal separator is no terminal
        // With a space on either side it is a full stop.
        {"فاز 3. ثم خسر", {"فاز 3.", "ثم خسر"}},
        {"بلغ 3 .5", {"بلغ 3 .", "5"}},
    });
}

TEST_CASE("closing quotes and brackets after a terminal stay with its sentence") {
    check_splits({
        {"قال \"انتهى.\" ثم ذهب", {"قال \"انتهى.\"", "ثم ذهب"}},
        {"قال «انتهى.» ثم ذهب", {"قال «انتهى.»", "ثم ذهب"}},
        {"قال (انتهى.) ثم ذهب", {"قال (انتهى.)", "ثم ذهب"}},
        {"قال «هل انتهى؟»» ثم", {"قال «هل انتهى؟»»", "ثم"}},
        // Not across a line break.
        {"انتهى.\n» ثم", {"انتهى.", "» ثم"}},
    });
}

TEST_CASE("leading separators, terminals, dashes and asterisks are dropped") {
    check_splits({
        {"قال كذا., , وقال كذا.", {"قال كذا.", "وقال كذا."}},
        {"* قصفت الطائرات حلب", {"قصفت الطائرات حلب"}},
        {"- قال", {"قال"}},
        {"\xE2\x80\x93 قال", {"قال"}},  // en dash
        {"\xE2\x80\x94 قال", {"قال"}},  // em dash
        {"، وقال", {"وقال"}},
        {"؟ وقال", {"وقال"}},
        {"؛ : وقال", {"وقال"}},
        // An opening quote is no separator.
        {"«قال»", {"«قال»"}},
        // Nothing left: no sentence.
        {".", {}},
        {"، ، .", {}},
        {"", {}},
        {" \n ", {}},
    });
}

TEST_CASE("sentences outside the table range are split by ICU's classes") {
    // U+3002 (ideographic full stop) is a sentence terminal; U+2028 a line break; U+00A0 a space.
    const auto n = normalize("كلمة\xE3\x80\x82 اخرى\xE2\x80\xA8ثالثة\xC2\xA0رابعة");
    CHECK(split_sentences(n, tokenize(n)).size() == 3);
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

TEST_CASE("on random text, sentences are ordered, disjoint, non-empty and start on no separator") {
    const std::vector<std::string> pieces{"روسيا", "قصفت", " ", " ", "\n", ".", "،", "؟", "!", "3", "»", "«", "-", "*", "\"", ")"};
    std::mt19937 rng(7);
    for (int round = 0; round < 500; ++round) {
        std::string input;
        const int length = static_cast<int>(rng() % 16);
        for (int k = 0; k < length; ++k) input += pieces[rng() % pieces.size()];
        INFO("input: " << input);
        const NormalizedText n = normalize(input);
        const std::vector<Token> tokens = tokenize(n);
        std::size_t previous_end = 0;
        std::size_t covered = 0;
        for (const auto& [first, last] : split_sentences(n, tokens)) {
            REQUIRE(first < last);
            REQUIRE(last <= tokens.size());
            CHECK(first >= previous_end);
            const Token& t = tokens[first];
            CHECK_FALSE((t.kind == TokenKind::punct && (is_terminal(t.ch) || is_clause_separator(t.ch) || t.ch == '-' || t.ch == '*')));
            // A line break inside a sentence never happens.
            for (std::size_t i = first + 1; i < last; ++i) CHECK_FALSE(tokens[i].newline_before);
            previous_end = last;
            covered += last - first;
        }
        // Every word token is in some sentence.
        std::size_t words = 0;
        for (const Token& t : tokens) words += t.kind == TokenKind::word;
        CHECK(covered >= words);
    }
}

namespace {

// The boundaries ICU finds over the UTF-8 text itself (its UTF-8 UText): the
// reference the decoded UTF-16 path must agree with, byte offset for byte offset.
std::vector<std::uint32_t> boundaries_over_utf8(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
    REQUIRE(U_SUCCESS(status));
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(ut, status);
    std::vector<std::uint32_t> out;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(static_cast<std::uint32_t>(b));
    it.reset();
    utext_close(ut);
    return out;
}

}  // namespace

TEST_CASE("ICU's boundaries are byte offsets of the UTF-8 text, whatever the width of its characters") {
    const std::vector<std::string> texts{
        "قصفت الطائرات المدينة. وقال مسؤول إن الهجوم انتهى؟ نعم",
        "Four bytes \xF0\x9F\x98\x80 here. Three bytes \xE3\x80\x82 then more! End",  // emoji, ideographic stop
        "\xF0\x9F\x98\x80. \xF0\x9F\x98\x80? \xE2\x80\xA8next",
        "ASCII only. Two sentences.",
    };
    for (const std::string& text : texts) {
        INFO(text);
        CHECK(icu_sentence_boundaries(text) == boundaries_over_utf8(text));
    }
    // Random mixes of one- to four-byte characters and sentence terminals.
    std::mt19937 rng(7);
    const std::vector<std::string> pieces{"a", " ", ". ", "? ", "\xD8\xB9", "\xD8\x9F ", "\xE3\x80\x82", "\xF0\x9F\x98\x80",
                                          "\n", "\xE2\x80\xA8", "Z"};
    for (int round = 0; round < 200; ++round) {
        std::string text;
        const int length = 1 + static_cast<int>(rng() % 40);
        for (int k = 0; k < length; ++k) text += pieces[rng() % pieces.size()];
        INFO(text);
        CHECK(icu_sentence_boundaries(text) == boundaries_over_utf8(text));
    }
}
