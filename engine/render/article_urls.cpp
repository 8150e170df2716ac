#include "engine/render/article_urls.hpp"

namespace actorgraph::engine {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
    return s;
}

// The text of <tag>...</tag> inside [from, to), or nullopt-like "" with found = false.
bool field(std::string_view doc, std::string_view tag, std::string_view& value) {
    std::string open("<"), close("</");
    open.append(tag).append(">");
    close.append(tag).append(">");
    const auto begin = doc.find(open);
    if (begin == std::string_view::npos) return false;
    const auto end = doc.find(close, begin + open.size());
    if (end == std::string_view::npos) return false;
    value = trimmed(doc.substr(begin + open.size(), end - begin - open.size()));
    return true;
}

bool web_url(std::string_view url) {
    if (url.substr(0, 7) != "http://" && url.substr(0, 8) != "https://") return false;
    for (char c : url)
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>') return false;
    return true;
}

}  // namespace

std::map<std::string, std::string> trec_urls(std::string_view text) {
    std::map<std::string, std::string> urls;
    for (std::size_t at = text.find("<DOC>"); at != std::string_view::npos;) {
        const std::size_t next = text.find("<DOC>", at + 5);
        const std::string_view doc = text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
        std::string_view docno, url;
        if (field(doc, "DOCNO", docno) && field(doc, "URL", url) && !docno.empty() && web_url(url))
            urls.emplace(std::string(docno), std::string(url));
        at = next;
    }
    return urls;
}

}  // namespace actorgraph::engine
