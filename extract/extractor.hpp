// Article -> actor mentions and relation events. Pure and thread-safe: one
// Extractor may serve every thread.
//
// The stages: text (normalise, tokenise, split sentences) -> lexicon (actor
// mentions and cues in context, one SentenceView a sentence) -> references
// across sentences -> rules (the constructions that link a cue's arguments)
// -> candidates (every pair of participants for every relation with a cue)
// -> the relation scorer (a probability per candidate; the rules' decisions
// are among its features) -> events at or above the minimum confidence.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/event.hpp"
#include "extract/lexicon/lexicon.hpp"
#include "extract/model/relation_model.hpp"
#include "extract/text/article.hpp"

namespace actorgraph::extract {

struct ArticleResult {
    std::vector<Event> events;  // in order of sentence, then offset, then (source, relation, target)
    // Mentions per actor (most specific lexicon id), sorted by id; a repeated
    // paragraph counts once, as its events do.
    std::vector<std::pair<std::string, std::size_t>> mentions;
};

// A candidate as training sees it: the event it would give and its features.
struct CandidateRecord {
    Event event;                      // confidence 1, no why
    std::vector<std::string> features;
};

class Extractor {
public:
    // With a model (the built-in one by default) events are the candidates
    // scored at or above `min_confidence` (default: the model's threshold of each relation).
    explicit Extractor(std::shared_ptr<const Lexicon> lexicon,
                       std::shared_ptr<const RelationModel> model = RelationModel::builtin(),
                       std::optional<double> min_confidence = std::nullopt);
    // The rules alone: every rule event, confidence 1 (tests of the constructions).
    static Extractor rules_only(std::shared_ptr<const Lexicon> lexicon);

    ArticleResult extract(const Article& article) const;
    // Every candidate of the article, with its feature names (training).
    std::vector<CandidateRecord> candidates(const Article& article) const;

    const Lexicon& lexicon() const { return *lexicon_; }
    const RelationModel* model() const { return model_.get(); }
    // The confidence a candidate of relation r needs to be an event.
    double min_confidence(Relation r) const { return min_confidence_[static_cast<std::size_t>(r)]; }

private:
    Extractor(std::shared_ptr<const Lexicon> lexicon, std::nullptr_t);
    std::shared_ptr<const Lexicon> lexicon_;
    std::shared_ptr<const RelationModel> model_;
    std::array<double, relation_count> min_confidence_{};
};

}  // namespace actorgraph::extract
