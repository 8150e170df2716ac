#include "extract/model/relation_model.hpp"
#include "common/fnv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/prettywriter.h>

#include "common/error.hpp"
#include "common/text_position.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::string_view format_name = "actorgraph relation model 1";

[[noreturn]] void fail(const std::string& name, const std::string& problem) { throw Error(name + ": " + problem); }

const rapidjson::Value& member(const rapidjson::Value& obj, const char* key, const std::string& name) {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(name, std::string("missing \"") + key + "\"");
    return it->value;
}

double number(const rapidjson::Value& obj, const char* key, const std::string& name) {
    const rapidjson::Value& v = member(obj, key, name);
    if (!v.IsNumber()) fail(name, std::string("\"") + key + "\" must be a number");
    return v.GetDouble();
}

std::size_t count(const rapidjson::Value& obj, const char* key, const std::string& name) {
    const rapidjson::Value& v = member(obj, key, name);
    if (!v.IsUint64()) fail(name, std::string("\"") + key + "\" must be a whole number");
    return static_cast<std::size_t>(v.GetUint64());
}

// 6 significant digits, the shortest way: the same weights give the same bytes.
std::string number_text(double x) {
    if (x == 0.0 || !std::isfinite(x)) return "0";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", x);
    return buffer;
}

}  // namespace

std::uint64_t feature_hash(std::string_view name) {
    return fnv1a(name);
}

RelationModel::RelationModel(std::array<Weights, relation_count> weights,
                             std::array<std::vector<std::pair<std::string, double>>, relation_count> named,
                             double threshold, std::array<double, relation_count> relation_thresholds,
                             double graph_threshold, TrainingSummary training)
    : weights_(std::move(weights)),
      named_(std::move(named)),
      threshold_(threshold),
      relation_thresholds_(relation_thresholds),
      graph_threshold_(graph_threshold),
      training_(std::move(training)) {}

double RelationModel::margin(Relation r, const std::vector<std::uint64_t>& feature_hashes) const {
    const auto& w = weights_[static_cast<std::size_t>(r)].by_hash;
    double sum = 0.0;
    for (std::uint64_t h : feature_hashes)
        if (const auto it = w.find(h); it != w.end()) sum += it->second;
    return sum;
}

double RelationModel::probability(Relation r, const std::vector<std::uint64_t>& feature_hashes) const {
    return 1.0 / (1.0 + std::exp(-margin(r, feature_hashes)));
}

double RelationModel::weight(Relation r, std::string_view feature) const {
    const auto& w = weights_[static_cast<std::size_t>(r)].by_hash;
    const auto it = w.find(feature_hash(feature));
    return it == w.end() ? 0.0 : it->second;
}

std::shared_ptr<const RelationModel> RelationModel::from_json(std::string_view json, const std::string& name) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseStopWhenDoneFlag>(json.data(), json.size());
    if (doc.HasParseError())
        throw Error(name + ":" + line_column(json, doc.GetErrorOffset()) + ": " +
                    rapidjson::GetParseError_En(doc.GetParseError()));
    if (!doc.IsObject()) fail(name, "expected a JSON object");
    const rapidjson::Value& format = member(doc, "format", name);
    if (!format.IsString() || format.GetString() != format_name)
        fail(name, "\"format\" must be \"" + std::string(format_name) + "\"");
    const double threshold = number(doc, "threshold", name);
    if (!(threshold > 0.0 && threshold < 1.0)) fail(name, "\"threshold\" must be between 0 and 1");
    // Per relation: each scored relation's own; criticism (no weights) takes the pooled one.
    std::array<double, relation_count> relation_thresholds;
    relation_thresholds.fill(threshold);
    const rapidjson::Value& by_relation = member(doc, "relation_thresholds", name);
    if (!by_relation.IsObject()) fail(name, "\"relation_thresholds\" must be an object");
    for (const auto& kv : by_relation.GetObject()) {
        const std::string rel(kv.name.GetString(), kv.name.GetStringLength());
        const auto r = parse_relation(rel);
        if (!r) fail(name, "\"relation_thresholds\": unknown relation \"" + rel + "\"");
        if (!kv.value.IsNumber() || !(kv.value.GetDouble() > 0.0 && kv.value.GetDouble() < 1.0))
            fail(name, "\"relation_thresholds\": \"" + rel + "\" must be a number between 0 and 1");
        relation_thresholds[static_cast<std::size_t>(*r)] = kv.value.GetDouble();
    }
    const double graph_threshold = number(doc, "graph_threshold", name);
    if (!(graph_threshold > 0.0 && graph_threshold < 1.0)) fail(name, "\"graph_threshold\" must be between 0 and 1");
    TrainingSummary training;
    const rapidjson::Value& t = member(doc, "training", name);
    if (!t.IsObject()) fail(name, "\"training\" must be an object");
    const rapidjson::Value& hash = member(t, "data_hash", name);
    if (!hash.IsString()) fail(name, "\"data_hash\" must be a string");
    training.data_hash = hash.GetString();
    training.documents = count(t, "documents", name);
    training.candidates = count(t, "candidates", name);
    training.positives = count(t, "positives", name);
    training.folds = count(t, "folds", name);
    training.c = number(t, "c", name);
    const rapidjson::Value& relations = member(doc, "relations", name);
    if (!relations.IsObject()) fail(name, "\"relations\" must be an object");
    std::array<Weights, relation_count> weights;
    std::array<std::vector<std::pair<std::string, double>>, relation_count> named;
    for (const auto& kv : relations.GetObject()) {
        const std::string rel(kv.name.GetString(), kv.name.GetStringLength());
        const auto r = parse_relation(rel);
        if (!r) fail(name, "unknown relation \"" + rel + "\"");
        if (!kv.value.IsObject()) fail(name, "relation \"" + rel + "\" must map feature names to weights");
        auto& list = named[static_cast<std::size_t>(*r)];
        auto& table = weights[static_cast<std::size_t>(*r)].by_hash;
        for (const auto& f : kv.value.GetObject()) {
            if (!f.value.IsNumber()) fail(name, "relation \"" + rel + "\": weights must be numbers");
            std::string feature(f.name.GetString(), f.name.GetStringLength());
            const double w = f.value.GetDouble();
            if (!table.emplace(feature_hash(feature), w).second)
                fail(name, "relation \"" + rel + "\": feature \"" + feature + "\" is given twice or collides");
            list.emplace_back(std::move(feature), w);
        }
        std::sort(list.begin(), list.end());
    }
    return std::make_shared<const RelationModel>(std::move(weights), std::move(named), threshold, relation_thresholds,
                                                 graph_threshold, std::move(training));
}

std::shared_ptr<const RelationModel> RelationModel::builtin() {
    static const std::shared_ptr<const RelationModel> model = [] {
        const LexiconDocument d = Lexicon::builtin_document("model.json");
        return from_json(d.text, d.name);
    }();
    return model;
}

std::string model_to_json(const std::array<std::vector<std::pair<std::string, double>>, relation_count>& named,
                          double threshold, const std::array<double, relation_count>& relation_thresholds,
                          double graph_threshold, const TrainingSummary& training) {
    rapidjson::StringBuffer buffer;
    // One feature a line, so a retrained model reads as a diff.
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 1);
    const auto key = [&](std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); };
    const auto raw_number = [&](double x) {
        const std::string s = number_text(x);
        w.RawValue(s.data(), s.size(), rapidjson::kNumberType);
    };
    w.StartObject();
    key("format");
    w.String(format_name.data(), static_cast<rapidjson::SizeType>(format_name.size()));
    key("graph_threshold");
    raw_number(graph_threshold);
    key("relations");
    w.StartObject();
    // Relations by name, features by name: sorted keys throughout.
    std::vector<Relation> relations(all_relations.begin(), all_relations.end());
    std::sort(relations.begin(), relations.end(),
              [](Relation a, Relation b) { return relation_name(a) < relation_name(b); });
    for (Relation r : relations) {
        auto list = named[static_cast<std::size_t>(r)];
        if (list.empty()) continue;
        std::sort(list.begin(), list.end());
        key(relation_name(r));
        w.StartObject();
        for (const auto& [feature, weight] : list) {
            if (number_text(weight) == "0") continue;
            key(feature);
            raw_number(weight);
        }
        w.EndObject();
    }
    w.EndObject();
    key("relation_thresholds");
    w.StartObject();
    for (Relation r : relations) {
        if (named[static_cast<std::size_t>(r)].empty()) continue;  // unscored: the pooled threshold
        key(relation_name(r));
        raw_number(relation_thresholds[static_cast<std::size_t>(r)]);
    }
    w.EndObject();
    key("threshold");
    raw_number(threshold);
    key("training");
    w.StartObject();
    key("c");
    raw_number(training.c);
    key("candidates");
    w.Uint64(training.candidates);
    key("data_hash");
    w.String(training.data_hash.c_str());
    key("documents");
    w.Uint64(training.documents);
    key("folds");
    w.Uint64(training.folds);
    key("positives");
    w.Uint64(training.positives);
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph::extract
