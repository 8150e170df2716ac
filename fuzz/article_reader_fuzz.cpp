// libFuzzer target: the article reader (plain text and TREC <DOC> files) on
// arbitrary bytes. Invariants: every article's text is valid UTF-8 and is the
// same length as the span of the file it came from; warnings are one line.
#include "fuzz/fuzz_support.hpp"

#include "common/error.hpp"
#include "extract/text/article.hpp"

namespace actorgraph::fuzz {

inline void article_reader_body(std::string_view bytes) {
    try {
        std::vector<extract::ReadWarning> warnings;
        const auto articles = extract::parse_articles(bytes, "fuzz/input.txt", warnings);
        for (const extract::Article& a : articles) {
            require(a.text_offset <= bytes.size() && a.text.size() <= bytes.size() - a.text_offset,
                    "parse_articles: text span inside the file");
            require(valid_utf8(a.text), "parse_articles: text is valid UTF-8");
            require(valid_utf8(a.title) && valid_utf8(a.doc), "parse_articles: title and doc are valid UTF-8");
            require(a.date.empty() || a.date.size() == 10, "parse_articles: date is empty or YYYY-MM-DD");
            require(a.path == "fuzz/input.txt", "parse_articles: path as given");
        }
        for (const extract::ReadWarning& w : warnings)
            require(w.message.find('\n') == std::string::npos, "parse_articles: a warning is one line");
    } catch (const Error&) {
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::article_reader_body)
