#include "engine/formats/events_jsonl.hpp"

#include <cmath>

#include "common/error.hpp"
#include "engine/formats/json_util.hpp"

namespace actorgraph::engine {

std::string event_to_json(const extract::Event& event) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();  // keys in sorted order
    json::write_key(writer, "begin");
    writer.Uint64(event.begin);
    json::write_key(writer, "claimed");
    writer.Bool(event.claimed);
    json::write_key(writer, "confidence");
    json::write_number(writer, std::round(event.confidence * 1000.0) / 1000.0);
    json::write_key(writer, "cue");
    json::write_string(writer, event.cue);
    json::write_key(writer, "date");
    json::write_string(writer, event.date);
    json::write_key(writer, "doc");
    json::write_string(writer, event.doc);
    json::write_key(writer, "end");
    writer.Uint64(event.end);
    json::write_key(writer, "file");
    json::write_string(writer, event.path);
    json::write_key(writer, "negated");
    writer.Bool(event.negated);
    json::write_key(writer, "relation");
    json::write_string(writer, relation_name(event.relation));
    json::write_key(writer, "rule");
    json::write_string(writer, event.rule);
    json::write_key(writer, "sentence");
    writer.Uint64(event.sentence);
    json::write_key(writer, "source");
    json::write_string(writer, event.source);
    json::write_key(writer, "source_entity");
    json::write_string(writer, event.source_entity);
    json::write_key(writer, "speculative");
    writer.Bool(event.speculative);
    json::write_key(writer, "target");
    json::write_string(writer, event.target);
    json::write_key(writer, "target_entity");
    json::write_string(writer, event.target_entity);
    json::write_key(writer, "text");
    json::write_string(writer, event.text);
    json::write_key(writer, "title");
    json::write_string(writer, event.title);
    json::write_key(writer, "weight");
    json::write_number(writer, event.weight);
    json::write_key(writer, "why");
    writer.StartArray();
    for (const std::string& feature : event.why) json::write_string(writer, feature);
    writer.EndArray();
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::vector<extract::Event> parse_events_jsonl(std::string_view text, const std::string& file_name) {
    std::vector<extract::Event> events;
    std::size_t line_number = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t newline = text.find('\n', position);
        if (newline == std::string_view::npos) newline = text.size();
        const std::string_view line = text.substr(position, newline - position);
        position = newline + 1;
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const std::string where = file_name + ":" + std::to_string(line_number);
        rapidjson::Document document;
        document.Parse<rapidjson::kParseFullPrecisionFlag>(line.data(), line.size());
        if (document.HasParseError())
            throw Error(where + ": " + rapidjson::GetParseError_En(document.GetParseError()));
        extract::Event event;
        event.doc = json::get_string(document, "doc", where);
        event.source = json::get_string(document, "source", where);
        event.target = json::get_string(document, "target", where);
        const std::string relation = json::get_string(document, "relation", where);
        const auto parsed = parse_relation(relation);
        if (!parsed) throw Error(where + ": unknown relation \"" + relation + "\"");
        event.relation = *parsed;
        auto optional_string = [&](const char* key, const std::string& fallback) {
            return document.HasMember(key) ? json::get_string(document, key, where) : fallback;
        };
        auto optional_index = [&](const char* key) {
            return document.HasMember(key) ? json::get_index(document, key, where) : std::size_t{0};
        };
        event.path = optional_string("file", event.doc);
        event.title = optional_string("title", "");
        event.date = optional_string("date", "");
        event.cue = optional_string("cue", "");
        event.rule = optional_string("rule", "");
        event.text = optional_string("text", "");
        event.source_entity = optional_string("source_entity", event.source);
        event.target_entity = optional_string("target_entity", event.target);
        event.sentence = optional_index("sentence");
        event.begin = optional_index("begin");
        event.end = optional_index("end");
        event.negated = json::get_bool(document, "negated", where, false);
        event.speculative = json::get_bool(document, "speculative", where, false);
        event.claimed = json::get_bool(document, "claimed", where, false);
        event.weight = document.HasMember("weight") ? json::get_number(document, "weight", where) : 1.0;
        event.confidence = document.HasMember("confidence") ? json::get_number(document, "confidence", where) : 1.0;
        if (!(event.confidence >= 0.0 && event.confidence <= 1.0))
            throw Error(where + ": \"confidence\" must be a number from 0 to 1");
        if (document.HasMember("why")) {
            const rapidjson::Value& why = document["why"];
            if (!why.IsArray()) throw Error(where + ": \"why\" must be an array of strings");
            for (const auto& feature : why.GetArray()) {
                if (!feature.IsString()) throw Error(where + ": \"why\" must be an array of strings");
                event.why.emplace_back(feature.GetString(), feature.GetStringLength());
            }
        }
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace actorgraph::engine
