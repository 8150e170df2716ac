// libFuzzer target: the whole extraction (reader, normaliser, sentences,
// mentions, relation rules) with the built-in lexicons on arbitrary bytes.
// Invariants: each event's evidence span lies inside the file and is its text;
// source and target are known actors; weights are positive and finite.
#include "fuzz/fuzz_support.hpp"

#include <cmath>

#include "common/error.hpp"
#include "extract/text/article.hpp"
#include "extract/extractor.hpp"

namespace actorgraph::fuzz {

inline void extractor_body(std::string_view bytes) {
    static const extract::Extractor extractor(extract::Lexicon::builtin());
    try {
        std::vector<extract::ReadWarning> warnings;
        for (const extract::Article& article : extract::parse_articles(bytes, "fuzz.txt", warnings)) {
            const extract::ArticleResult result = extractor.extract(article);
            for (const extract::Event& e : result.events) {
                require(e.begin <= e.end && e.end <= bytes.size(), "extract: evidence span inside the file");
                require(e.text.size() == e.end - e.begin, "extract: text is the evidence span");
                require(extractor.lexicon().find(e.source) && extractor.lexicon().find(e.target),
                        "extract: source and target are lexicon actors");
                require(std::isfinite(e.weight) && e.weight > 0, "extract: weight positive and finite");
                require(valid_utf8(e.text) && valid_utf8(e.cue), "extract: text and cue are valid UTF-8");
            }
        }
    } catch (const Error&) {
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::extractor_body)
