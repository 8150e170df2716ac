#include "engine/formats/json_value.hpp"

#include <charconv>
#include <cmath>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace actorgraph::engine {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write(Writer& writer, const JsonValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
                writer.Null();
            } else if constexpr (std::is_same_v<T, bool>) {
                writer.Bool(v);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                writer.Int64(v);
            } else if constexpr (std::is_same_v<T, double>) {
                const std::string text = json_number(v);
                writer.RawValue(text.data(), text.size(), rapidjson::kNumberType);
            } else if constexpr (std::is_same_v<T, std::string>) {
                writer.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
            } else if constexpr (std::is_same_v<T, JsonRaw>) {
                writer.RawValue(v.text.data(), v.text.size(), rapidjson::kObjectType);
            } else if constexpr (std::is_same_v<T, JsonArray>) {
                writer.StartArray();
                for (const JsonValue& item : v) write(writer, item);
                writer.EndArray();
            } else {
                writer.StartObject();
                for (const auto& [key, item] : v) {
                    writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
                    write(writer, item);
                }
                writer.EndObject();
            }
        },
        value.value);
}

}  // namespace

std::string json_number(double value) {
    if (!std::isfinite(value)) return "null";
    if (value == 0.0) return "0";
    char buffer[64];
    // Integral values below 2^53 are exact as integers; to_chars would write
    // large ones in exponent form, which is also a valid JSON number.
    if (std::fabs(value) < 9007199254740992.0 && value == std::trunc(value)) {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(value));
        return std::string(buffer, result.ptr);
    }
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string to_json_text(const JsonValue& value) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.SetIndent(' ', 2);
    write(writer, value);
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph::engine
