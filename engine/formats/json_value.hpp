// A small JSON value tree whose objects keep their keys sorted, so any
// result built with it serialises deterministically.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace actorgraph::engine {

struct JsonValue;
// Text that is already JSON (an events.jsonl line), written as it is.
struct JsonRaw {
    std::string text;
};
using JsonArray = std::vector<JsonValue>;
using JsonObject = std::map<std::string, JsonValue>;

struct JsonValue {
    std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, JsonArray, JsonObject, JsonRaw> value;

    JsonValue() : value(nullptr) {}
    JsonValue(bool b) : value(b) {}
    JsonValue(int i) : value(static_cast<std::int64_t>(i)) {}
    JsonValue(std::int64_t i) : value(i) {}
    JsonValue(std::size_t i) : value(static_cast<std::int64_t>(i)) {}
    JsonValue(double d) : value(d) {}
    JsonValue(const char* s) : value(std::string(s)) {}
    JsonValue(std::string s) : value(std::move(s)) {}
    JsonValue(JsonArray a) : value(std::move(a)) {}
    JsonValue(JsonObject o) : value(std::move(o)) {}
    JsonValue(JsonRaw r) : value(std::move(r)) {}
};

// Pretty-printed with two-space indentation and a final newline.
std::string to_json_text(const JsonValue& value);

// A double as JSON: the shortest text that reads back to the same double
// (std::to_chars), an integral value without a fraction ("26", not "26.0"),
// -0 as "0", and null for NaN or infinity (JSON has no such numbers).
std::string json_number(double value);

}  // namespace actorgraph::engine
