// References across sentences: the actors a sentence speaks of without
// naming them. Three kinds (extract/data/README.md, "References"):
// - an elided subject: a sentence that opens with a speech verb and names no
//   subject ("وأضاف أن ...") continues the subject of the last sentence that had one;
// - an attached pronoun on a cue or a possessed noun (تدعمها، قواته، حلفاؤها)
//   with no participant before it in its sentence stands for that subject too;
// - "the two sides" (الطرفين، البلدين) stands for the last two actors named.
// The subject of a sentence is its first participant within its first words.
#pragma once

#include <vector>

#include "extract/lexicon/sentence_view.hpp"
#include "extract/model/candidates.hpp"

namespace actorgraph::extract {

// Per sentence of `views` (an article's, in order), the participants that
// references bring into it. O(tokens).
std::vector<std::vector<Participant>> resolve_references(const std::vector<const SentenceView*>& views);

}  // namespace actorgraph::extract
