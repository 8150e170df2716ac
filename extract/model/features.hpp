// The features of a relation candidate: sparse, binary and named, so a
// decision can be explained ("cue:support_passive@between:TS" pushed it up).
// Named after the role of each participant: S (source) and T (target); for
// a directed relation the order they come in is part of the name ("ST": the
// source first). The full list is in extract/data/README.md, "Features".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/model/candidates.hpp"

namespace actorgraph::extract {

// What the features of a candidate may look at beyond its sentence: how
// often the article states the same pair this way.
struct DocumentContext {
    std::uint32_t sentences = 1;      // sentences of the article with a candidate of this pair, relation and direction
    bool rule_elsewhere = false;      // a rule links them so in another sentence of the article
    std::uint32_t sentence_rank = 0;  // the sentence's place among the article's (0: the lead)
};

// Receives feature names one by one; a name is only valid during the call.
class FeatureSink {
public:
    virtual ~FeatureSink() = default;
    virtual void add(std::string_view name) = 0;
};

// Sends every feature of candidate `c` of sentence `v` to `sink`, each name once,
// in a fixed order. O(sentence length).
void candidate_features(const SentenceView& v, const std::vector<Participant>& participants,
                        const std::vector<RuleEvent>& rule_events, const Candidate& c,
                        const DocumentContext& doc, FeatureSink& sink);

// A sink that keeps the names (training, explanations).
class FeatureNames : public FeatureSink {
public:
    void add(std::string_view name) override { names.emplace_back(name); }
    std::vector<std::string> names;
};

}  // namespace actorgraph::extract
