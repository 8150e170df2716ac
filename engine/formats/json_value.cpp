#include "engine/formats/json_value.hpp"

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
                writer.Double(v);
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

std::string to_json_text(const JsonValue& value) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.SetIndent(' ', 2);
    write(writer, value);
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph::engine
