// Article -> actor mentions and relation events. Pure and thread-safe: one
// Extractor may serve every thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/text/article.hpp"
#include "extract/event.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::extract {

struct ArticleResult {
    std::vector<Event> events;  // in order of sentence, then offset, then (source, relation, target)
    // Mentions per actor (most specific lexicon id), sorted by id; a repeated
    // paragraph counts once, as its events do.
    std::vector<std::pair<std::string, std::size_t>> mentions;
};

class Extractor {
public:
    explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
    ArticleResult extract(const Article& article) const;
    const Lexicon& lexicon() const { return *lexicon_; }

private:
    std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace actorgraph::extract
