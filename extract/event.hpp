// A relation event: one sentence of one article asserting that `source`
// stands in `relation` to `target`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/relation.hpp"

namespace actorgraph::extract {

struct Event {
    std::string doc;            // Article::doc
    std::string path;           // Article::path
    std::string title;          // Article::title
    std::string date;           // Article::date
    std::size_t sentence = 0;   // index of the evidence sentence in the article
    std::size_t begin = 0;      // byte offsets of the evidence sentence in the original file
    std::size_t end = 0;
    std::string source;         // canonical (top-level) actor id, e.g. "russia"
    std::string target;
    std::string source_entity;  // the most specific lexicon id matched, e.g. "putin"
    std::string target_entity;
    Relation relation = Relation::support;
    bool negated = false;       // explicitly negated ("لم تدعم")
    bool speculative = false;   // hedged ("قد"، "ربما")
    bool claimed = false;       // only one party's accusation ("اتهم X Y بدعم Z")
    std::string cue;            // the words that triggered it, as written
    std::string rule;           // the construction that found it (extract/data/README.md, "Constructions")
    std::string text;           // the evidence sentence, as written
    double weight = 1.0;        // intensity of the cue (Goldstein-like), > 0
    double confidence = 1.0;    // the relation scorer's probability that the sentence states it, 0-1
    std::vector<std::string> why;  // the features that pushed the confidence most, strongest first

    // Negated, speculative or claimed: kept in events.jsonl, left out of the graph by default.
    bool hedged() const { return negated || speculative || claimed; }
};

}  // namespace actorgraph::extract
