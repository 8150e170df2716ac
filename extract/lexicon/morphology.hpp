// Arabic word shapes the matcher and the rules ask about: proclitics (و ف،
// ب ل ك، لل = ل + ال), the article, attached pronouns, nisba and plural
// endings, verb prefixes. The letters are data (extract/data/words.json,
// "affixes"); these functions are the one implementation of each question.
// All take normalised words (extract/text/normalizer.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::extract {

struct Affixes {
    std::vector<std::string> conjunctions;          // و ف
    std::vector<std::string> prepositions;          // ب ل ك
    std::string article;                            // ال
    std::string lam_article;                        // لل (ل + ال)
    std::vector<std::string> object_pronouns;       // ه ها هم هما هن
    std::vector<std::string> singular_pronouns;     // ه ها
    std::vector<std::string> nisba_endings;         // ي يه
    std::vector<std::string> sound_plural_endings;  // ين ون
    std::vector<std::string> action_noun_prefixes;  // الت الان الاحت الاست
    std::vector<std::string> imperfect_prefixes;    // ي ن ت
    std::string future_prefix;                      // س (سيقصف: will bomb)
    std::string feminine_past_ending;               // ت
    std::string feminine_ending;                    // ة, normalised ه: the same letter as the pronoun ه
    std::vector<std::string> no_feminine_after;     // ا ء ؤ ئ و: letters ة does not follow
};

// Byte by byte: affixes are two to eight bytes, where a call to memcmp
// (string_view's ==) cost more than the comparison (perf on ANT).
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}
inline bool starts_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && same_bytes(s.data(), p.data(), p.size());
}
// A proper suffix: something is left before it. Compared from the last byte:
// suffixes of Arabic letters share their lead bytes and differ at the end.
inline bool ends_with(std::string_view s, std::string_view p) {
    if (s.size() <= p.size()) return false;
    for (std::size_t i = 1; i <= p.size(); ++i)
        if (s[s.size() - i] != p[p.size() - i]) return false;
    return true;
}
bool starts_with_any(std::string_view s, const std::vector<std::string>& prefixes);
bool ends_with_any(std::string_view s, const std::vector<std::string>& suffixes);
bool is_any(std::string_view s, const std::vector<std::string>& words);

// The conjunction proclitic (و، ف) that starts w, or "".
std::string_view conjunction_of(const Affixes& a, std::string_view w);
// w without a leading و/ف when at least `min_rest` bytes remain.
std::string_view strip_conjunction(const Affixes& a, std::string_view w, std::size_t min_rest = 1);

// A word's proclitics: an optional conjunction, then an optional preposition
// (ب، ل، ك) or لل (ل + ال, read back as ال), each stripped only when a stem
// of two letters or more is left.
struct Proclitics {
    std::string_view stem;          // what is left after them
    bool conjunction = false;
    char preposition = 0;           // 'b', 'l', 'k' or 0
    bool article_from_lam = false;  // لل: the stem had the article ال before the ل took its alif
};
Proclitics split_proclitics(const Affixes& a, std::string_view w);
// Whether the stem, with its article when لل took it, starts with `prefix` (الت، ال).
bool stem_starts_with(const Affixes& a, const Proclitics& p, std::string_view prefix);
bool stem_starts_with_any(const Affixes& a, const Proclitics& p, const std::vector<std::string>& prefixes);

// ال + stem ending in a nisba ending (السورية، الروسي; للسورية after its proclitics).
bool is_definite_nisba(const Affixes& a, std::string_view w);
bool is_definite_nisba(const Affixes& a, const Proclitics& p);
// A word ending in a nisba ending (روسي، التركية).
bool has_nisba_ending(const Affixes& a, std::string_view w);

}  // namespace actorgraph::extract
