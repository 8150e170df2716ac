#include "engine/event_cache.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "engine/formats/events_jsonl.hpp"
#include "engine/formats/json_util.hpp"

namespace actorgraph::engine {

namespace {

// FNV-1a (64 bit) and a multiply-xorshift hash with another seed: two
// unrelated hashes, so a false hit needs both to collide (2^-128).
struct Hasher {
    std::uint64_t fnv = 0xcbf29ce484222325ULL;
    std::uint64_t mix = 0x9e3779b97f4a7c15ULL;
    void add(std::string_view bytes) {
        const std::string length = std::to_string(bytes.size()) + ":";  // field boundaries are unambiguous
        for (std::string_view part : {std::string_view(length), bytes})
            for (unsigned char c : part) {
                fnv = (fnv ^ c) * 0x100000001b3ULL;
                mix = (mix ^ c) * 0xff51afd7ed558ccdULL;
                mix ^= mix >> 29;
            }
    }
    std::string hex() const {
        char buffer[33];
        std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(fnv),
                      static_cast<unsigned long long>(mix));
        return buffer;
    }
};

}  // namespace

std::string extractor_fingerprint(const std::vector<std::string_view>& lexicon_files) {
    Hasher hasher;
    // Any rebuild may change the rules: the executable's own bytes are part of the key.
    std::ifstream self("/proc/self/exe", std::ios::binary);
    const std::string executable((std::istreambuf_iterator<char>(self)), std::istreambuf_iterator<char>());
    hasher.add(ACTORGRAPH_VERSION);
    hasher.add(executable);
    for (std::string_view file : lexicon_files) hasher.add(file);
    return hasher.hex();
}

EventCache::EventCache(std::filesystem::path dir, std::string fingerprint)
    : dir_(std::move(dir)), fingerprint_(std::move(fingerprint)) {
    ensure_output_directory(dir_);
}

std::string EventCache::key(const extract::Article& article) const {
    Hasher hasher;
    for (std::string_view field : {std::string_view(fingerprint_), std::string_view(article.path),
                                   std::string_view(article.doc), std::string_view(article.title),
                                   std::string_view(article.date), std::string_view(article.text)})
        hasher.add(field);
    hasher.add(std::to_string(article.text_offset));
    return hasher.hex();
}

std::filesystem::path EventCache::path_of(const std::string& key) const {
    return dir_ / key.substr(0, 2) / (key.substr(2) + ".json");
}

std::optional<extract::ArticleResult> EventCache::load(const extract::Article& article) const {
    const std::filesystem::path path = path_of(key(article));
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        rapidjson::Document document;
        json::parse_or_throw(document, text, path.string());
        extract::ArticleResult result;
        const rapidjson::Value& events = json::member(document, "events", path.string());
        if (!events.IsString()) return std::nullopt;
        result.events = parse_events_jsonl(std::string_view(events.GetString(), events.GetStringLength()), path.string());
        const rapidjson::Value& mentions = json::member(document, "mentions", path.string());
        if (!mentions.IsArray()) return std::nullopt;
        for (const auto& pair : mentions.GetArray()) {
            if (!pair.IsArray() || pair.Size() != 2 || !pair[0].IsString() || !pair[1].IsUint64()) return std::nullopt;
            result.mentions.emplace_back(std::string(pair[0].GetString(), pair[0].GetStringLength()),
                                         static_cast<std::size_t>(pair[1].GetUint64()));
        }
        return result;
    } catch (const Error&) {
        return std::nullopt;  // a damaged entry is re-extracted and overwritten
    }
}

void EventCache::store(const extract::Article& article, const extract::ArticleResult& result) const {
    std::string lines;
    for (const extract::Event& event : result.events) lines += event_to_json(event) + "\n";
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    json::write_key(writer, "events");
    json::write_string(writer, lines);
    json::write_key(writer, "mentions");
    writer.StartArray();
    for (const auto& [actor, count] : result.mentions) {
        writer.StartArray();
        json::write_string(writer, actor);
        writer.Uint64(count);
        writer.EndArray();
    }
    writer.EndArray();
    writer.EndObject();
    const std::filesystem::path path = path_of(key(article));
    try {
        ensure_output_directory(path.parent_path());
        write_file_atomically(path, std::string_view(buffer.GetString(), buffer.GetSize()));
    } catch (const Error&) {
        // A cache that cannot be written only costs time on the next run.
    }
}

}  // namespace actorgraph::engine
