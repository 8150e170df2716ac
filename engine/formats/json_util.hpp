// Small helpers over RapidJSON used by the engine's readers and writers.
#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/error.hpp"
#include "common/text_position.hpp"
#include "engine/formats/json_value.hpp"

namespace actorgraph::engine::json {

// Parses `text` or throws Error "NAME:LINE:COLUMN: message".
inline void parse_or_throw(rapidjson::Document& document, std::string_view text,
                           const std::string& name) {
    document.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
    if (!document.HasParseError()) return;
    throw Error(name + ":" + line_column(text, document.GetErrorOffset()) + ": " +
                rapidjson::GetParseError_En(document.GetParseError()));
}

template <class Writer>
void write_string(Writer& writer, std::string_view value) {
    writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// Every double the project writes goes through json_number (shortest text).
template <class Writer>
void write_number(Writer& writer, double value) {
    const std::string text = json_number(value);
    writer.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

template <class Writer>
void write_key(Writer& writer, std::string_view key) {
    writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// Typed member access with messages naming the file, the object and the key.
inline const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                                      const std::string& where) {
    if (!object.IsObject()) throw Error(where + ": expected an object");
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd()) throw Error(where + ": missing key \"" + key + "\"");
    return it->value;
}

inline std::string get_string(const rapidjson::Value& object, const char* key,
                              const std::string& where) {
    const rapidjson::Value& value = member(object, key, where);
    if (!value.IsString()) throw Error(where + ": \"" + key + "\" must be a string");
    return std::string(value.GetString(), value.GetStringLength());
}

inline double get_number(const rapidjson::Value& object, const char* key, const std::string& where) {
    const rapidjson::Value& value = member(object, key, where);
    if (!value.IsNumber()) throw Error(where + ": \"" + key + "\" must be a number");
    return value.GetDouble();
}

inline int get_int(const rapidjson::Value& object, const char* key, const std::string& where) {
    const rapidjson::Value& value = member(object, key, where);
    if (!value.IsInt()) throw Error(where + ": \"" + key + "\" must be an integer");
    return value.GetInt();
}

inline std::size_t get_index(const rapidjson::Value& object, const char* key, const std::string& where) {
    const rapidjson::Value& value = member(object, key, where);
    if (!value.IsUint64()) throw Error(where + ": \"" + key + "\" must be a non-negative integer");
    return static_cast<std::size_t>(value.GetUint64());
}

inline bool get_bool(const rapidjson::Value& object, const char* key, const std::string& where,
                     bool fallback) {
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return fallback;
    if (!it->value.IsBool()) throw Error(where + ": \"" + key + "\" must be true or false");
    return it->value.GetBool();
}

}  // namespace actorgraph::engine::json
