#include "extract/mention_finder.hpp"

#include <array>
#include <string_view>

namespace actorgraph::extract {

namespace {

constexpr std::string_view waw = "\xD9\x88", fa = "\xD9\x81", ba = "\xD8\xA8", lam = "\xD9\x84",
                           kaf = "\xD9\x83", al = "\xD8\xA7\xD9\x84", lamlam = "\xD9\x84\xD9\x84";
constexpr std::size_t max_form_words = 8;
constexpr std::size_t min_stem_bytes = 4;  // two Arabic letters

// A two-byte letter as one 16-bit number.
constexpr std::uint16_t pair_code(std::string_view letter) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(letter[0]) << 8) | static_cast<unsigned char>(letter[1]));
}

struct Reading {
    std::size_t skip;          // bytes of the word skipped
    std::string_view virtual_prefix;  // bytes read before the rest ("ال" for لل)
    bool conj;
    char prep;
};

// Better match for the same start and kind?
bool better(const Match& a, const Match& b) {
    const std::uint32_t wa = a.last - a.first, wb = b.last - b.first;
    if (wa != wb) return wa > wb;
    if (a.prefix_form != b.prefix_form) return !a.prefix_form;
    if (a.end_byte != b.end_byte) return a.end_byte > b.end_byte;
    const int sa = (a.conj ? 1 : 0) + (a.prep ? 1 : 0), sb = (b.conj ? 1 : 0) + (b.prep ? 1 : 0);
    return sa < sb;
}

}  // namespace

std::vector<Match> find_matches(const std::string& norm, const std::vector<Token>& tokens,
                                std::size_t first, std::size_t last, const Lexicon::Data& data) {
    std::vector<Match> out;
    const FormTrie& trie = data.trie;
    const auto word = [&](std::size_t i) {
        return std::string_view(norm).substr(tokens[i].nb, tokens[i].ne - tokens[i].nb);
    };
    for (std::size_t i = first; i < last; ++i) {
        if (tokens[i].kind != TokenKind::word) continue;
        const std::string_view w = word(i);
        // Proclitic readings: (و|ف)? (ب|ل|ك|لل=ل+ال)?. Every proclitic is a
        // two-byte letter, so they are compared as 16-bit pairs (no memcmp),
        // and the array is left uninitialised (only [0, nr) is read).
        std::array<Reading, 15> readings;
        std::size_t nr = 0;
        const auto pair_at = [&](std::size_t k) {
            return k + 2 <= w.size() ? static_cast<std::uint16_t>((static_cast<unsigned char>(w[k]) << 8) |
                                                                  static_cast<unsigned char>(w[k + 1]))
                                     : std::uint16_t{0};
        };
        constexpr std::uint16_t waw_p = pair_code(waw), fa_p = pair_code(fa), ba_p = pair_code(ba),
                                lam_p = pair_code(lam), kaf_p = pair_code(kaf);
        const std::uint16_t w0 = pair_at(0);
        for (int c = 0; c < 3; ++c) {
            if (c == 1 && w0 != waw_p) continue;
            if (c == 2 && w0 != fa_p) continue;
            const std::size_t cs = c == 0 ? 0 : 2;
            const std::uint16_t r0 = pair_at(cs);
            readings[nr++] = {cs, {}, c != 0, 0};
            if (r0 == lam_p && pair_at(cs + 2) == lam_p) readings[nr++] = {cs + lamlam.size(), al, c != 0, 'l'};
            if (r0 == ba_p) readings[nr++] = {cs + ba.size(), {}, c != 0, 'b'};
            if (r0 == lam_p) readings[nr++] = {cs + lam.size(), {}, c != 0, 'l'};
            if (r0 == kaf_p) readings[nr++] = {cs + kaf.size(), {}, c != 0, 'k'};
        }
        Match best[3];
        bool have[3] = {false, false, false};
        const auto offer = [&](const Match& m) {
            const auto k = static_cast<std::size_t>(m.target.kind);
            if (m.target.kind == FormTarget::Kind::marker && m.prep != 0 &&
                m.target.index != static_cast<std::uint32_t>(MarkerKind::host))
                return;  // markers take و/ف only; host nouns take any proclitic (للقوات التركية)
            if (!have[k] || better(m, best[k])) { best[k] = m; have[k] = true; }
        };
        for (std::size_t r = 0; r < nr; ++r) {
            const Reading& rd = readings[r];
            if (w.size() < rd.skip + (rd.skip ? min_stem_bytes : 1)) continue;
            std::uint32_t node = trie.walk(FormTrie::root, rd.virtual_prefix);
            std::size_t j = i;
            std::size_t pos = tokens[i].nb + rd.skip;
            for (std::size_t words = 0; words < max_form_words && node != FormTrie::none; ++words) {
                const std::size_t end = tokens[j].ne;
                for (; pos < end && node != FormTrie::none; ++pos) {
                    node = trie.step(node, static_cast<std::uint8_t>(norm[pos]));
                    if (node == FormTrie::none) break;
                    if (!trie.has_prefix(node)) continue;
                    // Prefix forms end on a character boundary inside the word.
                    const bool boundary = pos + 1 >= end || (static_cast<unsigned char>(norm[pos + 1]) & 0xC0) != 0x80;
                    if (boundary)
                        for (std::uint32_t p : trie.prefix(node))
                            offer({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1), data.targets[p], true,
                                   rd.conj, rd.prep, static_cast<std::uint32_t>(pos + 1)});
                }
                if (node == FormTrie::none) break;
                if (trie.has_exact(node))
                    for (std::uint32_t p : trie.exact(node))
                        offer({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1), data.targets[p], false,
                               rd.conj, rd.prep, static_cast<std::uint32_t>(end)});
                // Continue into the next word, if it follows with only spaces between.
                if (j + 1 >= last || tokens[j + 1].kind != TokenKind::word) break;
                node = trie.step(node, ' ');
                ++j;
                pos = tokens[j].nb;
            }
        }
        for (int k = 0; k < 3; ++k)
            if (have[k]) out.push_back(best[k]);
    }
    return out;
}

}  // namespace actorgraph::extract
