#include "extract/lexicon/mention_finder.hpp"

#include <algorithm>

#include <array>
#include <string_view>

namespace actorgraph::extract {

namespace {

constexpr std::size_t max_form_words = 8;
constexpr char future_reading = 'f';  // Reading::prep of the reading without the future prefix
constexpr std::size_t min_stem_bytes = 4;  // two Arabic letters

// A two-byte letter as one 16-bit number (0 for anything else).
std::uint16_t pair_code(std::string_view letter) {
    if (letter.size() != 2) return 0;
    return static_cast<std::uint16_t>((static_cast<unsigned char>(letter[0]) << 8) | static_cast<unsigned char>(letter[1]));
}

struct Reading {
    std::size_t skip;          // bytes of the word skipped
    std::string_view virtual_prefix;  // bytes read before the rest ("ال" for لل)
    bool conj;
    char prep;
};

// The proclitic letters of words.json as 16-bit pairs.
struct ProcliticCodes {
    std::array<std::uint16_t, 2> conjunctions{};  // و ف (at most two, checked when the lexicon loads)
    std::size_t conjunction_count = 0;
    std::uint16_t ba = 0, lam = 0, kaf = 0;
    std::uint16_t future = 0;                     // س
    std::array<std::uint16_t, 3> imperfect{};     // ي ت ن: what the future prefix goes before
};

ProcliticCodes proclitic_codes(const Affixes& a) {
    ProcliticCodes c;
    for (const auto& letter : a.conjunctions)
        if (c.conjunction_count < c.conjunctions.size()) c.conjunctions[c.conjunction_count++] = pair_code(letter);
    c.ba = pair_code(a.prepositions.at(0));
    c.lam = pair_code(a.prepositions.at(1));
    c.kaf = pair_code(a.prepositions.at(2));
    c.future = pair_code(a.future_prefix);
    for (std::size_t i = 0; i < a.imperfect_prefixes.size() && i < c.imperfect.size(); ++i)
        c.imperfect[i] = pair_code(a.imperfect_prefixes[i]);
    return c;
}

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
    const ProcliticCodes codes = proclitic_codes(data.affixes);
    const std::string_view article = data.affixes.article;
    const auto word = [&](std::size_t i) {
        return std::string_view(norm).substr(tokens[i].nb, tokens[i].ne - tokens[i].nb);
    };
    for (std::size_t i = first; i < last; ++i) {
        if (tokens[i].kind != TokenKind::word) continue;
        const std::string_view w = word(i);
        // Proclitic readings: (و|ف)? (ب|ل|ك|لل=ل+ال)?, the letters from words.json.
        // Every proclitic is a two-byte letter (checked when the lexicon loads), so
        // they are compared as 16-bit pairs (no memcmp), and the array is left
        // uninitialised (only [0, nr) is read).
        std::array<Reading, 18> readings;
        std::size_t nr = 0;
        const auto pair_at = [&](std::size_t k) {
            return k + 2 <= w.size() ? static_cast<std::uint16_t>((static_cast<unsigned char>(w[k]) << 8) |
                                                                  static_cast<unsigned char>(w[k + 1]))
                                     : std::uint16_t{0};
        };
        const std::uint16_t w0 = pair_at(0);
        for (std::size_t c = 0; c <= codes.conjunction_count; ++c) {
            if (c > 0 && w0 != codes.conjunctions[c - 1]) continue;
            const std::size_t cs = c == 0 ? 0 : 2;
            const std::uint16_t r0 = pair_at(cs);
            readings[nr++] = {cs, {}, c != 0, 0};
            if (r0 == codes.lam && pair_at(cs + 2) == codes.lam) readings[nr++] = {cs + 4, article, c != 0, 'l'};
            if (r0 == codes.ba) readings[nr++] = {cs + 2, {}, c != 0, 'b'};
            if (r0 == codes.lam) readings[nr++] = {cs + 2, {}, c != 0, 'l'};
            if (r0 == codes.kaf) readings[nr++] = {cs + 2, {}, c != 0, 'k'};
            // The future prefix on an imperfect verb: سيقصف reads as يقصف, for cues only.
            const std::uint16_t r1 = pair_at(cs + 2);
            if (r0 == codes.future && r1 != 0 && std::find(codes.imperfect.begin(), codes.imperfect.end(), r1) != codes.imperfect.end())
                readings[nr++] = {cs + 2, {}, c != 0, future_reading};
        }
        Match best[3];
        bool have[3] = {false, false, false};
        const auto offer = [&](Match m) {
            const auto k = static_cast<std::size_t>(m.target.kind);
            if (m.prep == future_reading) {
                if (m.target.kind != FormTarget::Kind::cue) return;  // a future verb is a cue, never a name
                m.prep = 0;
            }
            if (m.target.kind == FormTarget::Kind::marker && m.prep != 0 &&
                m.target.index != static_cast<std::uint32_t>(MarkerKind::host) &&
                m.target.index != static_cast<std::uint32_t>(MarkerKind::place))
                return;  // markers take و/ف only; host and place nouns any proclitic (للقوات التركية، بشمال العراق)
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
                const std::string_view token_bytes(norm.data(), end);  // a character never runs past its token
                while (pos < end) {
                    const FormTrie::Symbol symbol = FormTrie::symbol_at(token_bytes, pos);
                    node = trie.step(node, symbol.code);
                    if (node == FormTrie::none) break;
                    pos += symbol.length;
                    if (!trie.has_prefix(node)) continue;
                    // Prefix forms end on a character boundary inside the word.
                    const bool boundary = pos >= end || (static_cast<unsigned char>(norm[pos]) & 0xC0) != 0x80;
                    if (boundary)
                        for (std::uint32_t p : trie.prefix(node))
                            offer({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1), data.targets[p], true,
                                   rd.conj, rd.prep, static_cast<std::uint32_t>(pos)});
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
