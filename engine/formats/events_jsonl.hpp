// events.jsonl: one relation event a line, keys in sorted order (README,
// "File formats").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/event.hpp"

namespace actorgraph::engine {

// One event as one JSON line (without the newline). Deterministic.
std::string event_to_json(const extract::Event& event);

// Parses a whole events.jsonl text; `file_name` names it in errors
// ("FILE:LINE: ..."). Blank lines are skipped.
std::vector<extract::Event> parse_events_jsonl(std::string_view text, const std::string& file_name);

}  // namespace actorgraph::engine
