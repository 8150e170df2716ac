#include "engine/formats/run_record.hpp"

#include "engine/formats/json_util.hpp"

namespace actorgraph::engine {

void set_date_range(RunRecord& record, const std::vector<std::string>& dates) {
    for (const std::string& date : dates) {
        if (date.empty()) continue;
        if (record.first_date.empty() || date < record.first_date) record.first_date = date;
        if (record.last_date.empty() || date > record.last_date) record.last_date = date;
    }
}

std::string describe_articles(const RunRecord& record) {
    std::string text = record.articles == 0 ? std::string("article count unknown")
                                            : std::to_string(record.articles) +
                                                  (record.articles == 1 ? " article" : " articles");
    if (!record.first_date.empty())
        text += record.first_date == record.last_date ? ", " + record.first_date
                                                      : ", " + record.first_date + " to " + record.last_date;
    else if (record.articles != 0)
        text += ", undated";
    return text;
}

JsonValue run_record_json(const RunRecord& record) {
    JsonObject options;
    for (const auto& [key, value] : record.options) options[key] = value;
    return JsonObject{{"articles", record.articles},
                      {"first_date", record.first_date},
                      {"inputs", JsonArray(record.inputs.begin(), record.inputs.end())},
                      {"last_date", record.last_date},
                      {"lexicon_hash", record.lexicon_hash},
                      {"model_hash", record.model_hash},
                      {"options", options}};
}

RunRecord run_record_from_json(const rapidjson::Value& object, const std::string& where) {
    RunRecord record;
    record.articles = json::get_index(object, "articles", where);
    record.first_date = json::get_string(object, "first_date", where);
    record.last_date = json::get_string(object, "last_date", where);
    record.lexicon_hash = json::get_string(object, "lexicon_hash", where);
    record.model_hash = json::get_string(object, "model_hash", where);
    const rapidjson::Value& inputs = json::member(object, "inputs", where);
    if (!inputs.IsArray()) throw Error(where + ": \"inputs\" must be an array");
    for (const auto& input : inputs.GetArray()) {
        if (!input.IsString()) throw Error(where + ": \"inputs\" must hold strings");
        record.inputs.emplace_back(input.GetString(), input.GetStringLength());
    }
    const rapidjson::Value& options = json::member(object, "options", where);
    if (!options.IsObject()) throw Error(where + ": \"options\" must be an object");
    for (const auto& m : options.GetObject()) {
        if (!m.value.IsString()) throw Error(where + ": option values must be strings");
        record.options.emplace(std::string(m.name.GetString(), m.name.GetStringLength()),
                               std::string(m.value.GetString(), m.value.GetStringLength()));
    }
    return record;
}

}  // namespace actorgraph::engine
