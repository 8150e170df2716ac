#include "extract/text/article.hpp"

#include <algorithm>
#include <filesystem>

#include "extract/text/date_parser.hpp"
#include "extract/text/utf8_repair.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string base_name(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

// Content of <tag>...</tag> inside `doc`, as a view into it; nullopt if the
// opening tag is absent. A missing closing tag takes the rest and sets `unclosed`.
std::optional<std::string_view> element(std::string_view doc, std::string_view tag, bool& unclosed) {
    std::string open = "<", close = "</";
    open.append(tag).append(">");
    close.append(tag).append(">");
    const std::size_t b = doc.find(open);
    if (b == std::string_view::npos) return std::nullopt;
    const std::size_t start = b + open.size();
    const std::size_t e = doc.find(close, start);
    if (e == std::string_view::npos) {
        unclosed = true;
        return doc.substr(start);
    }
    return doc.substr(start, e - start);
}

void parse_trec(std::string_view text, std::size_t base, const std::string& path,
                std::vector<Article>& out, std::vector<ReadWarning>& warnings) {
    constexpr std::string_view doc_open = "<DOC>";
    constexpr std::string_view doc_close = "</DOC>";
    std::size_t pos = text.find(doc_open);
    std::size_t index = 0;
    bool warned_unclosed = false;
    while (pos != std::string_view::npos) {
        const std::size_t body = pos + doc_open.size();
        const std::size_t next = text.find(doc_open, body);
        std::string_view span = text.substr(body, next == std::string_view::npos ? std::string_view::npos : next - body);
        bool unclosed = false;
        const std::size_t close = span.find(doc_close);
        if (close == std::string_view::npos) unclosed = true;
        else span = span.substr(0, close);
        ++index;
        bool open_field = false;
        Article a;
        a.path = path;
        const auto docno = element(span, "DOCNO", open_field);
        a.doc = docno ? std::string(trim(*docno)) : "";
        // An unclosed <DOCNO> would take the rest of the document: keep its first line only,
        // so the id (and every warning naming it) stays one line.
        a.doc = std::string(trim(std::string_view(a.doc).substr(0, a.doc.find_first_of("\r\n"))));
        if (a.doc.empty()) a.doc = base_name(path) + "#" + std::to_string(index);
        if (const auto t = element(span, "TITLE", open_field)) a.title = std::string(trim(*t));
        if (const auto t = element(span, "TIME", open_field))
            a.date = parse_date_line(trim(*t)).value_or("");
        bool text_unclosed = false;
        const auto body_text = element(span, "TEXT", text_unclosed);
        unclosed = unclosed || text_unclosed;
        if (unclosed && !warned_unclosed) {
            warnings.push_back({path, "document " + a.doc + ": missing </DOC> or </TEXT>, read to the next <DOC>"});
            warned_unclosed = true;
        }
        if (!body_text) {
            warnings.push_back({path, "document " + a.doc + ": no <TEXT>, skipped"});
        } else {
            a.text = std::string(*body_text);
            a.text_offset = base + static_cast<std::size_t>(body_text->data() - text.data());
            if (a.date.empty()) {
                // A view into a.text itself: a.text.substr() would be a temporary, gone before it is parsed.
                const std::string_view body_view = a.text;
                const std::string_view first = trim(body_view.substr(0, body_view.find('\n', body_view.find_first_not_of(" \r\n\t"))));
                a.date = parse_date_line(first).value_or("");
            }
            out.push_back(std::move(a));
        }
        pos = next;
    }
}

void parse_plain(std::string_view text, std::size_t base, const std::string& path, std::vector<Article>& out) {
    Article a;
    a.doc = base_name(path);
    a.path = path;
    a.text = std::string(text);
    a.text_offset = base;
    // Title: the first non-empty line, unless it is a date line (then the next one).
    std::size_t pos = 0;
    bool date_seen = false;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = trim(text.substr(pos, eol - pos));
        pos = eol + 1;
        if (line.empty()) continue;
        if (!date_seen) {
            if (auto d = parse_date_line(line)) {
                a.date = *d;
                date_seen = true;
                continue;
            }
        }
        a.title = std::string(utf8_prefix(line, 1000));  // a long first line is cut on a character boundary
        break;
    }
    out.push_back(std::move(a));
}

}  // namespace

std::vector<Article> parse_articles(std::string_view bytes, const std::string& path,
                                    std::vector<ReadWarning>& warnings) {
    std::vector<Article> out;
    // UTF-16 is not read (byte offsets are UTF-8 offsets): say so rather than "binary".
    if (const std::string_view mark = bytes.substr(0, 2); mark == "\xFF\xFE" || mark == "\xFE\xFF") {
        warnings.push_back({path, mark[0] == '\xFF' ? "UTF-16 text (byte-order mark FF FE), skipped: convert it to UTF-8"
                                                     : "UTF-16 text (byte-order mark FE FF), skipped: convert it to UTF-8"});
        return out;
    }
    if (const std::size_t nul = bytes.substr(0, 65536).find('\0'); nul != std::string_view::npos) {
        warnings.push_back({path, "binary file (NUL byte at " + std::to_string(nul) + "), skipped"});
        return out;
    }
    std::size_t base = 0;
    if (bytes.substr(0, bom.size()) == bom) base = bom.size();
    if (trim(bytes.substr(base)).empty()) {
        warnings.push_back({path, "empty file, skipped"});
        return out;
    }
    std::string repaired;
    if (const auto bad = repair_utf8(bytes, repaired))
        warnings.push_back({path, "invalid UTF-8 at byte " + std::to_string(*bad) + ", replaced"});
    const std::string_view text = std::string_view(repaired).substr(base);
    const std::string_view lead = trim(text.substr(0, 4096));
    if (lead.substr(0, 5) == "<DOC>") {
        parse_trec(text, base, path, out, warnings);
        if (out.empty()) warnings.push_back({path, "no document with a <TEXT> element, skipped"});
    } else {
        parse_plain(text, base, path, out);
    }
    return out;
}

}  // namespace actorgraph::extract
