#include "engine/selection.hpp"

#include <algorithm>
#include <set>

#include "extract/text/normalizer.hpp"

namespace actorgraph::engine {

namespace {

bool is_ascii(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A byte that belongs to a word of a normalised text: ASCII letter or digit,
// or any byte of a non-ASCII code point (Arabic letters).
bool word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

}  // namespace

const char* verdict_name(Verdict verdict) {
    switch (verdict) {
    case Verdict::kept: return "kept";
    case Verdict::undated: return "undated";
    case Verdict::outside_dates: return "outside --from/--to";
    case Verdict::no_word: return "without the --match word";
    case Verdict::no_actor: return "without an --about actor";
    }
    return "";
}

bool is_iso_date(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') return false;
    const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2)),
              day = std::stoi(date.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool text_has_word(const std::string& text, const std::string& word) {
    if (word.empty()) return true;
    const bool whole_word = is_ascii(word);
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        if (!whole_word) return true;
        const std::size_t end = at + word.size();
        if ((at == 0 || !word_byte(text[at - 1])) && (end == text.size() || !word_byte(text[end]))) return true;
    }
    return false;
}

Verdict check_article(const Selection& selection, const extract::Article& article) {
    if (selection.dated()) {
        // Article dates are ISO YYYY-MM-DD, so string order is date order.
        if (article.date.empty()) return Verdict::undated;
        if (!selection.from.empty() && article.date < selection.from) return Verdict::outside_dates;
        if (!selection.to.empty() && article.date > selection.to)
            return Verdict::outside_dates;
    }
    if (!selection.match.empty() &&
        !text_has_word(extract::normalize(article.title).text + "\n" + extract::normalize(article.text).text,
                       selection.match))
        return Verdict::no_word;
    return Verdict::kept;
}

Verdict check_mentions(const Selection& selection, const extract::ArticleResult& extracted) {
    if (selection.about.empty()) return Verdict::kept;
    for (const auto& [actor, count] : extracted.mentions)
        if (count > 0 && std::binary_search(selection.about.begin(), selection.about.end(), actor))
            return Verdict::kept;
    return Verdict::no_actor;
}

std::vector<std::string> with_descendants(const std::vector<std::string>& ids, const extract::Lexicon& lexicon) {
    std::set<std::string> covered(ids.begin(), ids.end());
    // Walk each entry's parent chain: it is covered when an ancestor is asked for.
    for (const extract::ActorEntry& entry : lexicon.actors()) {
        const extract::ActorEntry* at = &entry;
        for (std::size_t depth = 0; at && depth < 32; ++depth) {  // the depth bound guards a parent cycle
            if (std::find(ids.begin(), ids.end(), at->id) != ids.end()) {
                covered.insert(entry.id);
                break;
            }
            at = at->parent.empty() ? nullptr : lexicon.find(at->parent);
        }
    }
    return std::vector<std::string>(covered.begin(), covered.end());
}

std::string selection_summary(const std::map<std::string, std::size_t>& excluded) {
    std::size_t total = 0;
    std::string parts;
    for (const auto& [reason, count] : excluded) {
        total += count;
        parts += (parts.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
    }
    if (total == 0) return "";
    return " (" + std::to_string(total) + (total == 1 ? " article" : " articles") + " left out: " + parts + ")";
}

}  // namespace actorgraph::engine
