// The relation rules: which actors a cue links, and in which direction,
// read from Arabic syntax (extract/data/README.md, "Cue types").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/relation.hpp"
#include "extract/lexicon/sentence_view.hpp"

namespace actorgraph::extract {

struct RuleEvent {
    std::uint32_t source = 0, target = 0;  // actor indices (most specific)
    std::uint32_t cue = 0;                 // index into SentenceView::cues
    Relation relation = Relation::support; // the cue's, unless its context changes it
    bool negated = false;
    bool speculative = false;
    bool claimed = false;
    std::string_view rule;                 // the construction that found it ("passive_agent"; extract/data/README.md)
};

// Applies every cue's rule (verb, passive, noun, prep, ally) and the
// negation/speculation scope; pairs of coordinated groups distribute.
// Pairs with the same top-level actor are dropped. Bounded windows keep it
// O(cues x window). Events come in cue order.
std::vector<RuleEvent> apply_rules(const SentenceView& v);

}  // namespace actorgraph::extract
