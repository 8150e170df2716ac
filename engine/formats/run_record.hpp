// What a result was computed from: the article set (inputs, article count,
// date range) and, for graph.json's provenance, the options that changed the
// result and the lexicon and model hashes. Plain data; deterministic (no
// clock, no absolute path that differs between runs of the same command).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "engine/formats/json_value.hpp"

namespace actorgraph::engine {

struct RunRecord {
    std::vector<std::string> inputs;  // as given on the command line
    std::size_t articles = 0;         // 0 when unknown (an edge list, an old graph.json)
    std::string first_date, last_date;  // ISO dates of the dated articles; "" when none
    std::map<std::string, std::string> options;  // every option that changed the result, as given
    std::string lexicon_hash, model_hash;        // hex FNV-1a of the files' bytes; "" when not used
};

// The earliest and latest non-empty ISO date of `dates` into `record`.
void set_date_range(RunRecord& record, const std::vector<std::string>& dates);

// "325 articles, 2016-01-03 to 2016-12-30" ("no article count" when unknown).
std::string describe_articles(const RunRecord& record);

JsonValue run_record_json(const RunRecord& record);
// Reads run_record_json's object back (`where` names it in errors).
RunRecord run_record_from_json(const rapidjson::Value& object, const std::string& where);

}  // namespace actorgraph::engine
