// Articles: the unit of input. Parsing is a pure function of a file's bytes;
// walking directories and reading files is the engine's job.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::extract {

struct Article {
    std::string doc;    // file name (plain files) or DOCNO (TREC files)
    std::string path;   // the file it came from, as given
    std::string title;  // TREC <TITLE>, or the first line of a plain file
    std::string date;   // ISO "YYYY-MM-DD" from TREC <TIME> or a leading date line; "" if unknown
    std::string text;   // body as valid UTF-8; same length in bytes as the span it came from
    std::size_t text_offset = 0;  // byte offset of text[0] in the original file
};

// One warning about a file that did not stop the run (invalid UTF-8, binary, empty, ...).
struct ReadWarning {
    std::string path;
    std::string message;  // one line, e.g. "invalid UTF-8 at byte 1234, replaced"
};

// Splits a file's bytes into articles: every <DOC> element of a TREC-style
// file, or the whole file as one plain-text article. Never throws on bad
// bytes: invalid UTF-8 is replaced (keeping byte offsets exact) and reported
// once in `warnings`; binary and empty files give no article and a warning.
std::vector<Article> parse_articles(std::string_view bytes, const std::string& path,
                                    std::vector<ReadWarning>& warnings);

}  // namespace actorgraph::extract
