// --cache DIR: each article's extraction result stored under a hash of
// everything it depends on (the article's bytes and place, the lexicons,
// the extractor build), so a re-run over a grown corpus extracts only the
// new articles and gives exactly what a run without the cache gives.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "extract/text/article.hpp"
#include "extract/extractor.hpp"

namespace actorgraph::engine {

class EventCache {
public:
    // `fingerprint` identifies the lexicons and the extractor; creates `dir`
    // (throws Error(output_error) if it cannot).
    EventCache(std::filesystem::path dir, std::string fingerprint);

    // The stored result, or nullopt (absent, or unreadable: then re-extracted).
    std::optional<extract::ArticleResult> load(const extract::Article& article) const;
    // Stores atomically; a failure to store is not an error (the run goes on).
    void store(const extract::Article& article, const extract::ArticleResult& result) const;

    // 32 hex digits: two independent 64-bit hashes of the inputs.
    std::string key(const extract::Article& article) const;

private:
    std::filesystem::path path_of(const std::string& key) const;
    std::filesystem::path dir_;
    std::string fingerprint_;
};

// The fingerprint of the executable (so any rebuild invalidates the cache)
// and of the lexicon files' bytes.
std::string extractor_fingerprint(const std::vector<std::string_view>& lexicon_files);

}  // namespace actorgraph::engine
