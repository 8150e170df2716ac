// Token-level lexicon matching with Arabic proclitics: a form written once
// (روسيا، الأسد) also matches وروسيا، ولروسيا، بالأسد، للأسد، فالنظام.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/lexicon/lexicon_data.hpp"
#include "extract/text/tokenizer.hpp"

namespace actorgraph::extract {

struct Match {
    std::uint32_t first = 0, last = 0;  // token range [first, last)
    FormTarget target;
    bool prefix_form = false;           // matched a form ending in '*'
    bool conj = false;                  // و or ف proclitic on the first word
    char prep = 0;                      // 'b' (ب), 'l' (ل / لل), 'k' (ك) proclitic, or 0
    std::uint32_t end_byte = 0;         // normalised byte where the form ended (inside the last word for prefix forms)
};

// The best actor, cue and marker matches starting at each word token of
// [first, last): longest in words, then whole-word over prefix forms, then
// longest prefix, then the fewest stripped proclitics. Tries at most 3 x 5
// proclitic readings per word and walks the trie once per reading, so the
// work is O(words x longest form). Results are in token order.
std::vector<Match> find_matches(const std::string& norm, const std::vector<Token>& tokens,
                                std::size_t first, std::size_t last, const Lexicon::Data& data);

}  // namespace actorgraph::extract
