// Finding a cue's arguments: the nearest participant group before or after a
// token within a window of filler words and commas, reading over host nouns
// and prepositions. Shared by every rule family (extract/rules/*_rules.cpp).
#pragma once

#include <cstddef>
#include <cstdint>

#include "extract/lexicon/sentence_view.hpp"

namespace actorgraph::extract::rules {

struct Found {
    std::int32_t group = -1;
    std::int32_t mention = -1;
    std::size_t gap = 0;       // filler words skipped
    bool via_prep = false;     // introduced by a preposition word or a ب/ل proclitic
};

enum Stop : unsigned {
    stop_none = 0,
    stop_conjunct = 1,  // a coordinated definite noun (والتركيز) ends the search
    stop_clause = 2,    // a clause opener (أن، بعد، عندما): the verb after it has its own subject
    stop_topic = 4,     // a topic preposition (حول، في، من) a word or more before: the cue sits inside a phrase
};

// A clause separator token (، ؛ , ; :).
bool is_comma(const SentenceView& v, std::size_t t);

// Nearest participant group before token p: at most `words` filler words
// (relative pronouns free) and `commas` clause separators in between; `stop`
// ends the search early at the words it names. O(window).
Found find_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas,
                  unsigned stop = stop_none);

// Nearest participant group from token p on, with the same limits;
// prepositions are free and recorded. O(window).
Found find_after(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas,
                 bool stop_at_cue = false);

// The clause subject before token p: like find_before, but a patient of ضد / على
// ("عملياتها ضد خلايا داعش ... بدعم من التحالف") is skipped and the search goes on
// before its preposition (at most twice, so O(window)).
Found subject_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas, unsigned stop);

// Whether word t only heads the actor right after it, so a search reads over it:
// a host noun before a mention ("مقاتلو جبهة النصرة"، "المدفعية التركية") or before an
// affiliation participle ("مواقع تابعة للحرس الثوري": the Guard's positions), and that
// participle before its ل-actor. O(1).
bool possessive_head(const SentenceView& v, std::size_t t, int depth = 0);

// Token after the last member of a group.
std::size_t group_end(const SentenceView& v, std::int32_t g);

// Whether a group names two or more top-level actors ("الرئيس الأمريكي، دونالد ترامب" is one).
bool several_actors(const SentenceView& v, std::int32_t g);

// Words (prepositions aside) between token p and the mention found from it, host nouns included.
std::size_t words_between(const SentenceView& v, std::size_t p, const Found& f);

// Whether the mention found from token p starts at the first word from p (no host noun read over):
// "بدعم روسيا" names the backer, "بدعم الجماعة الحوثية" may be what is backed.
bool adjacent_word(const SentenceView& v, std::size_t p, const Found& f);

// Whether a supporting preposition ("إلى جانب"، "لصالح") sits in [from, to): a fighter's
// actor after it is the side it fights for, not its enemy.
bool support_prep_between(const SentenceView& v, std::size_t from, std::size_t to);

// The cue entry of the cue covering token t, or nullptr.
const CueEntry* cue_entry_at(const SentenceView& v, std::size_t t);

}  // namespace actorgraph::extract::rules
