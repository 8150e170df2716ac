#include "extract/text/sentences.hpp"

#include <cstdint>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include "extract/text/char_classes.hpp"
#include "extract/text/utf8_repair.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::size_t kept_buffer_units = 1u << 20;  // a thread keeps a buffer this large between articles

}  // namespace

std::vector<std::uint32_t> icu_sentence_boundaries(std::string_view text) {
    // One sentence iterator per thread: creating one loads ICU's rules (~ms),
    // while setText costs nothing per article.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    std::vector<std::uint32_t> boundaries;
    if (!iterator || text.empty() || text.size() > static_cast<std::size_t>(INT32_MAX)) return boundaries;
    // ICU iterates UTF-16 natively; over a UTF-8 UText it converts chunk by chunk
    // and spent a third of its time doing so (perf on ANT). So the text is decoded
    // once into UTF-16, and the boundaries (in UTF-16 units) are mapped back to
    // bytes by decoding it again alongside them.
    thread_local std::vector<UChar> units;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto n = static_cast<std::int32_t>(text.size());
    units.resize(text.size());  // never more units than bytes
    std::size_t count = 0;
    for (std::int32_t i = 0; i < n;) {
        UChar32 c = next_code_point(bytes, i, n);
        if (c < 0) c = 0xFFFD;  // an invalid sequence reads as one replacement character
        if (c <= 0xFFFF) {
            units[count++] = static_cast<UChar>(c);
        } else {
            units[count++] = U16_LEAD(c);
            units[count++] = U16_TRAIL(c);
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUChars(nullptr, units.data(), static_cast<int64_t>(count), &status);
    if (U_SUCCESS(status)) {
        iterator->setText(utext, status);
        std::int32_t byte = 0;
        std::size_t unit = 0;
        if (U_SUCCESS(status))
            for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
                while (unit < static_cast<std::size_t>(b) && byte < n)
                    unit += next_code_point(bytes, byte, n) > 0xFFFF ? 2 : 1;
                boundaries.push_back(static_cast<std::uint32_t>(byte));
            }
        utext_close(utext);
        // Detach the iterator from the buffer before the next article reuses it.
        UText* empty = utext_openUTF8(nullptr, "", 0, &status);
        iterator->setText(empty, status);
        utext_close(empty);
    }
    if (units.capacity() > kept_buffer_units) std::vector<UChar>().swap(units);  // a huge article's buffer goes
    return boundaries;
}

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const NormalizedText& text,
                                                                 const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::vector<std::uint32_t> boundaries = icu_sentence_boundaries(text.text);
    std::size_t next_boundary = 0;  // first ICU boundary not yet behind us
    // True when ICU puts a sentence boundary between tokens[i - 1] and tokens[i].
    const auto icu_break_before = [&](std::size_t i) {
        while (next_boundary < boundaries.size() && boundaries[next_boundary] <= tokens[i - 1].nb) ++next_boundary;
        return next_boundary < boundaries.size() && boundaries[next_boundary] <= tokens[i].nb;
    };
    const std::size_t n = tokens.size();
    std::size_t i = 0;
    const auto is_leading_junk = [&](const Token& t) {
        return t.kind == TokenKind::punct && (is_clause_separator(t.ch) || is_terminal(t.ch) || t.ch == '-' ||
                                              t.ch == 0x2013 || t.ch == 0x2014 || t.ch == '*');
    };
    while (i < n) {
        while (i < n && is_leading_junk(tokens[i])) ++i;
        if (i >= n) break;
        const std::size_t first = i;
        ++i;
        while (i < n) {
            const Token& t = tokens[i];
            if (t.newline_before || icu_break_before(i)) break;
            if (t.kind == TokenKind::punct && is_terminal(t.ch)) {
                // "3.5" is a number, not a boundary.
                if (t.ch == '.' && !t.space_before && i + 1 < n && !tokens[i + 1].space_before &&
                    tokens[i - 1].digit && tokens[i + 1].digit) {
                    ++i;
                    continue;
                }
                ++i;
                while (i < n && !tokens[i].newline_before && tokens[i].kind == TokenKind::punct &&
                       (is_terminal(tokens[i].ch) || is_closer(tokens[i].ch)))
                    ++i;
                break;
            }
            ++i;
        }
        out.emplace_back(first, i);
    }
    return out;
}

}  // namespace actorgraph::extract
