// The character classes behind the tokenizer and the sentence splitter, on
// representative code points, and the cached table against ICU.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "extract/text/char_classes.hpp"

using namespace actorgraph::extract;

namespace {

struct ClassCase {
    std::int32_t c;
    bool terminal, closer, separator;
};

}  // namespace

TEST_CASE("sentence terminals, closers and clause separators of Arabic and Latin punctuation") {
    const std::vector<ClassCase> cases{
        // Terminals: . ! ? and the Arabic question mark and full stop.
        {'.', true, false, false},
        {'!', true, false, false},
        {'?', true, false, false},
        {0x061F, true, false, false},  // ؟
        {0x06D4, true, false, false},  // ۔
        {0x3002, true, false, false},  // ideographic full stop, outside the table
        // Clause separators: the Arabic comma and semicolon, and , ; :
        {0x060C, false, false, true},  // ،
        {0x061B, false, false, true},  // ؛
        {',', false, false, true},
        {';', false, false, true},
        {':', false, false, true},
        // Closers: straight quotes, closing brackets, final quotes.
        {'"', false, true, false},
        {'\'', false, true, false},
        {')', false, true, false},
        {']', false, true, false},
        {'}', false, true, false},
        {0x00BB, false, true, false},  // »
        {0x201D, false, true, false},  // ”
        {0x2019, false, true, false},  // ’
        // Openers are none of them.
        {'(', false, false, false},
        {0x00AB, false, false, false},  // «
        {0x201C, false, false, false},  // “
        // Letters, digits, dashes and the Arabic decimal separator neither.
        {0x0627, false, false, false},  // ا
        {'a', false, false, false},
        {'7', false, false, false},
        {0x0663, false, false, false},  // ٣
        {'-', false, false, false},
        {'#', false, false, false},
        {0x066B, false, false, false},  // ٫
    };
    for (const auto& k : cases) {
        INFO("U+" << std::hex << k.c);
        CHECK(is_terminal(k.c) == k.terminal);
        CHECK(is_closer(k.c) == k.closer);
        CHECK(is_clause_separator(k.c) == k.separator);
    }
}

TEST_CASE("word, mark, space and newline classes") {
    const std::vector<std::pair<std::int32_t, std::uint8_t>> cases{
        {0x0628, word_class},                    // ب
        {'Z', word_class},
        {'_', space_class},                      // a hashtag's words are words: #حزب_الله
        {0x0669, word_class},                    // ٩
        {0x064E, mark_class},                    // fatha
        {0x0670, mark_class},                    // superscript alef
        {' ', space_class},
        {'\t', space_class},
        {'\r', space_class},
        {0x00A0, space_class},                   // no-break space
        {0, space_class},
        {'\n', space_class | newline_class},
        {0x0085, space_class | newline_class},
        {0x2028, space_class | newline_class},   // outside the table
        {0x2029, space_class | newline_class},
        {'.', terminal_class},
        {0x00BB, closer_class},
        {0x200F, 0},                             // right-to-left mark: a format character
    };
    for (const auto& [c, classes] : cases) {
        INFO("U+" << std::hex << c);
        CHECK(static_cast<int>(char_classes(c)) == static_cast<int>(classes));
    }
}

TEST_CASE("the cached table gives what ICU gives for every code point below its end") {
    const auto& table = char_class_table();
    for (std::int32_t c = 0; c < char_class_table_end; ++c) {
        INFO("U+" << std::hex << c);
        REQUIRE(table[static_cast<std::size_t>(c)] == char_classes_from_icu(c));
    }
    // Past the end, char_classes asks ICU.
    CHECK(char_classes(char_class_table_end) == char_classes_from_icu(char_class_table_end));
    CHECK(char_classes(0xFE50) == char_classes_from_icu(0xFE50));
}
