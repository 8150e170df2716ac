#include "engine/formats/corpus_codec.hpp"

#include <iterator>
#include <map>

#include "common/error.hpp"
#include "engine/formats/events_jsonl.hpp"
#include "engine/formats/json_util.hpp"

namespace actorgraph::engine {

namespace {

template <class Writer>
void write_counts(Writer& writer, const char* key, const std::map<std::string, std::size_t>& counts) {
    json::write_key(writer, key);
    writer.StartObject();
    for (const auto& [name, count] : counts) {
        json::write_key(writer, name);
        writer.Uint64(count);
    }
    writer.EndObject();
}

// An optional object of counts (absent in a corpus encoded before it existed).
void read_counts(const rapidjson::Value& document, const char* key, const std::string& name,
                 std::map<std::string, std::size_t>& into) {
    const auto it = document.FindMember(key);
    if (it == document.MemberEnd()) return;
    if (!it->value.IsObject()) throw Error(name + ": \"" + key + "\" must be an object");
    for (const auto& item : it->value.GetObject()) {
        if (!item.value.IsUint64()) throw Error(name + ": \"" + key + "\" counts must be whole numbers");
        into[std::string(item.name.GetString(), item.name.GetStringLength())] += item.value.GetUint64();
    }
}

}  // namespace

std::string encode_corpus(const Corpus& corpus) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    json::write_key(writer, "articles");
    writer.Uint64(corpus.articles);
    write_counts(writer, "articles_by_date", corpus.articles_by_date);
    json::write_key(writer, "events");
    writer.StartArray();
    for (const extract::Event& event : corpus.events) {
        const std::string line = event_to_json(event);
        writer.RawValue(line.data(), line.size(), rapidjson::kObjectType);
    }
    writer.EndArray();
    write_counts(writer, "excluded", corpus.excluded);
    json::write_key(writer, "files");
    writer.Uint64(corpus.files);
    json::write_key(writer, "mentions_by_date");
    writer.StartObject();
    for (const auto& [date, counts] : corpus.mentions_by_date) {
        json::write_key(writer, date);
        writer.StartObject();
        for (const auto& [actor, count] : counts) {
            json::write_key(writer, actor);
            writer.Uint64(count);
        }
        writer.EndObject();
    }
    writer.EndObject();
    json::write_key(writer, "skipped_files");
    writer.Uint64(corpus.skipped_files);
    json::write_key(writer, "warnings");
    writer.StartArray();
    for (const extract::ReadWarning& warning : corpus.warnings) {
        writer.StartArray();
        json::write_string(writer, warning.path);
        json::write_string(writer, warning.message);
        writer.EndArray();
    }
    writer.EndArray();
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

Corpus decode_corpus(std::string_view text, const std::string& name) {
    rapidjson::Document document;
    json::parse_or_throw(document, text, name);
    if (!document.IsObject()) throw Error(name + ": not an encoded corpus");
    Corpus corpus;
    corpus.articles = json::get_index(document, "articles", name);
    corpus.files = json::get_index(document, "files", name);
    corpus.skipped_files = json::get_index(document, "skipped_files", name);
    read_counts(document, "articles_by_date", name, corpus.articles_by_date);
    read_counts(document, "excluded", name, corpus.excluded);
    const rapidjson::Value& events = json::member(document, "events", name);
    if (!events.IsArray()) throw Error(name + ": \"events\" must be an array");
    std::string lines;
    for (const auto& event : events.GetArray()) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        event.Accept(writer);
        lines.append(buffer.GetString(), buffer.GetSize());
        lines += '\n';
    }
    corpus.events = parse_events_jsonl(lines, name);
    const rapidjson::Value& dates = json::member(document, "mentions_by_date", name);
    if (!dates.IsObject()) throw Error(name + ": \"mentions_by_date\" must be an object");
    for (const auto& date : dates.GetObject()) {
        if (!date.value.IsObject()) throw Error(name + ": mentions must be objects");
        auto& counts = corpus.mentions_by_date[std::string(date.name.GetString(), date.name.GetStringLength())];
        for (const auto& actor : date.value.GetObject()) {
            if (!actor.value.IsUint64()) throw Error(name + ": mention counts must be whole numbers");
            const std::string id(actor.name.GetString(), actor.name.GetStringLength());
            counts[id] += actor.value.GetUint64();
            corpus.mentions[id] += actor.value.GetUint64();
        }
    }
    const rapidjson::Value& warnings = json::member(document, "warnings", name);
    if (!warnings.IsArray()) throw Error(name + ": \"warnings\" must be an array");
    for (const auto& warning : warnings.GetArray()) {
        if (!warning.IsArray() || warning.Size() != 2 || !warning[0].IsString() || !warning[1].IsString())
            throw Error(name + ": a warning must be [path, message]");
        corpus.warnings.push_back({warning[0].GetString(), warning[1].GetString()});
    }
    return corpus;
}

void append_corpus(Corpus& into, Corpus&& part) {
    std::move(part.events.begin(), part.events.end(), std::back_inserter(into.events));
    for (const auto& [actor, count] : part.mentions) into.mentions[actor] += count;
    for (const auto& [date, counts] : part.mentions_by_date)
        for (const auto& [actor, count] : counts) into.mentions_by_date[date][actor] += count;
    for (const auto& [date, count] : part.articles_by_date) into.articles_by_date[date] += count;
    for (const auto& [reason, count] : part.excluded) into.excluded[reason] += count;
    into.files += part.files;
    into.articles += part.articles;
    into.skipped_files += part.skipped_files;
    std::move(part.warnings.begin(), part.warnings.end(), std::back_inserter(into.warnings));
}

}  // namespace actorgraph::engine
