// Judged events: single sentences of corpus articles that a reader judged
// by ../shared/gold/GUIDELINES.md (bench/precision_audit.py draws them).
// They add sentence-level labels to the document-level gold: the scorer
// learns what is a relation in the whole corpus, not only in the annotated
// Syria articles. The file holds identifiers and verdicts, not the
// articles' text: `doc begin source relation target verdict [error_type note]`,
// tab-separated, a header line, `#` comments.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::engine {

struct Judgment {
    std::string doc;               // the article's doc id
    std::size_t begin = 0;         // the sentence's first byte in its file (events.jsonl's "begin")
    std::string source, relation, target;
    bool correct = false;          // verdict correct; wrong and hedged are not relations the sentence states
    std::size_t line = 0;
};

// Parses a judgments file. Throws Error "FILE:LINE: problem" on a bad line.
std::vector<Judgment> parse_judgments(std::string_view text, const std::string& file_name);

}  // namespace actorgraph::engine
