#include "extract/lexicon.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "common/error.hpp"
#include "extract/lexicon_data.hpp"
#include "extract/normalizer.hpp"

namespace actorgraph::extract {

namespace {

// "name:line:col" of a byte offset, for parse errors.
std::string position(std::string_view json, const std::string& name, std::size_t offset) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') { ++line; col = 1; }
        else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) ++col;
    }
    return name + ":" + std::to_string(line) + ":" + std::to_string(col);
}

rapidjson::Document parse_json(std::string_view json, const std::string& name) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseStopWhenDoneFlag>(json.data(), json.size());
    if (doc.HasParseError())
        throw Error(position(json, name, doc.GetErrorOffset()) + ": " + rapidjson::GetParseError_En(doc.GetParseError()));
    if (!doc.IsObject()) throw Error(name + ": expected a JSON object at the top level");
    return doc;
}

std::string string_field(const rapidjson::Value& obj, const char* key, const std::string& where, bool required) {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
        if (required) throw Error(where + ": missing \"" + key + "\"");
        return "";
    }
    if (!it->value.IsString()) throw Error(where + ": \"" + key + "\" must be a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> forms_field(const rapidjson::Value& obj, const char* key, const std::string& where) {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsArray())
        throw Error(where + ": \"" + key + "\" must be an array of strings");
    std::vector<std::string> out;
    for (const auto& v : it->value.GetArray()) {
        if (!v.IsString()) throw Error(where + ": \"" + key + "\" must be an array of strings");
        std::string s(v.GetString(), v.GetStringLength());
        if (normalize_form(s).empty() || normalize_form(s) == "*") throw Error(where + ": empty form in \"" + key + "\"");
        out.push_back(std::move(s));
    }
    if (out.empty()) throw Error(where + ": \"" + key + "\" is empty");
    return out;
}

bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

void read_actors(std::string_view json, const std::string& name, Lexicon::Data& data) {
    const rapidjson::Document doc = parse_json(json, name);
    const auto it = doc.FindMember("actors");
    if (it == doc.MemberEnd() || !it->value.IsArray()) throw Error(name + ": missing array \"actors\"");
    std::size_t n = 0;
    for (const auto& v : it->value.GetArray()) {
        ++n;
        std::string where = name + ": actor " + std::to_string(n);
        if (!v.IsObject()) throw Error(where + ": expected an object");
        ActorEntry a;
        a.id = string_field(v, "id", where, true);
        if (!valid_id(a.id)) throw Error(where + ": id \"" + a.id + "\" must be lower-case letters, digits and '_'");
        where = name + ": actor \"" + a.id + "\"";
        a.label_en = string_field(v, "label_en", where, true);
        a.label_ar = string_field(v, "label_ar", where, true);
        a.parent = string_field(v, "parent", where, false);
        a.forms = forms_field(v, "forms", where);
        if (v.HasMember("qualified_by")) a.qualified_by = forms_field(v, "qualified_by", where);
        a.government = string_field(v, "government", where, false);
        data.actors.push_back(std::move(a));
    }
    std::sort(data.actors.begin(), data.actors.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
    for (std::size_t i = 1; i < data.actors.size(); ++i)
        if (data.actors[i].id == data.actors[i - 1].id)
            throw Error(name + ": actor \"" + data.actors[i].id + "\" is defined twice");
    const auto index_of = [&](const std::string& id) -> std::ptrdiff_t {
        const auto f = std::lower_bound(data.actors.begin(), data.actors.end(), id,
                                        [](const ActorEntry& a, const std::string& k) { return a.id < k; });
        return (f != data.actors.end() && f->id == id) ? f - data.actors.begin() : -1;
    };
    data.top.resize(data.actors.size());
    data.depth.resize(data.actors.size());
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        std::size_t cur = i, depth = 0;
        while (!data.actors[cur].parent.empty()) {
            const auto p = index_of(data.actors[cur].parent);
            if (p < 0)
                throw Error(name + ": actor \"" + data.actors[cur].id + "\": unknown parent \"" + data.actors[cur].parent + "\"");
            cur = static_cast<std::size_t>(p);
            if (++depth > data.actors.size())
                throw Error(name + ": actor \"" + data.actors[i].id + "\": parent chain has a cycle");
        }
        data.top[i] = static_cast<std::uint32_t>(cur);
        data.depth[i] = static_cast<std::uint32_t>(depth);
    }
    for (const auto& a : data.actors) data.names.push_back(normalize_form(a.label_ar));
    data.qualifiers.resize(data.actors.size());
    for (std::size_t i = 0; i < data.actors.size(); ++i)
        for (const auto& q : data.actors[i].qualified_by) {
            const auto p = index_of(q);
            if (p < 0)
                throw Error(name + ": actor \"" + data.actors[i].id + "\": unknown actor \"" + q + "\" in \"qualified_by\"");
            data.qualifiers[i].push_back(data.top[static_cast<std::size_t>(p)]);
        }
    data.government.assign(data.actors.size(), -1);
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        const std::string& g = data.actors[i].government;
        if (g.empty()) continue;
        const auto p = index_of(g);
        if (p < 0) throw Error(name + ": actor \"" + data.actors[i].id + "\": unknown actor \"" + g + "\" in \"government\"");
        data.government[i] = static_cast<std::int32_t>(p);
    }
}

const std::map<std::string, CueType> cue_types{
    {"verb", CueType::verb}, {"passive", CueType::passive}, {"noun", CueType::noun},
    {"prep", CueType::prep}, {"ally", CueType::ally}};
const std::map<std::string, MarkerKind> marker_kinds{
    {"negation", MarkerKind::negation}, {"negation_verb", MarkerKind::negation_verb},
    {"speculation", MarkerKind::speculation}, {"relative", MarkerKind::relative},
    {"force", MarkerKind::force}, {"clause", MarkerKind::clause}, {"host", MarkerKind::host},
    {"withdrawal", MarkerKind::withdrawal}, {"place", MarkerKind::place},
    {"accusation", MarkerKind::accusation}, {"verbal", MarkerKind::verbal}};

void add_form(Lexicon::Data& data, const std::string& form, FormTarget target) {
    const auto payload = static_cast<std::uint32_t>(data.targets.size());
    data.targets.push_back(target);
    data.trie.insert(normalize_form(form), payload);
}

void read_cues(std::string_view json, const std::string& name, Lexicon::Data& data) {
    const rapidjson::Document doc = parse_json(json, name);
    const auto it = doc.FindMember("cues");
    if (it == doc.MemberEnd() || !it->value.IsArray()) throw Error(name + ": missing array \"cues\"");
    std::size_t n = 0;
    for (const auto& v : it->value.GetArray()) {
        ++n;
        std::string where = name + ": cue " + std::to_string(n);
        if (!v.IsObject()) throw Error(where + ": expected an object");
        CueEntry c;
        c.id = string_field(v, "id", where, true);
        where = name + ": cue \"" + c.id + "\"";
        const std::string rel = string_field(v, "relation", where, true);
        const auto r = parse_relation(rel);
        if (!r) throw Error(where + ": unknown relation \"" + rel + "\" (support, conflict or negotiation)");
        c.relation = *r;
        const std::string type = string_field(v, "type", where, true);
        const auto t = cue_types.find(type);
        if (t == cue_types.end()) throw Error(where + ": unknown type \"" + type + "\" (verb, passive, noun, prep or ally)");
        c.type = t->second;
        const auto w = v.FindMember("weight");
        if (w == v.MemberEnd() || !w->value.IsNumber() || !(w->value.GetDouble() > 0.0) || w->value.GetDouble() > 10.0)
            throw Error(where + ": \"weight\" must be a number in (0, 10]");
        c.weight = w->value.GetDouble();
        const auto lam = v.FindMember("needs_lam_next");
        if (lam != v.MemberEnd()) {
            if (!lam->value.IsBool()) throw Error(where + ": \"needs_lam_next\" must be true or false");
            c.needs_lam_next = lam->value.GetBool();
        }
        const auto mutual = v.FindMember("mutual");
        if (mutual != v.MemberEnd()) {
            if (!mutual->value.IsBool()) throw Error(where + ": \"mutual\" must be true or false");
            c.mutual = mutual->value.GetBool();
        }
        const auto reverse = v.FindMember("reverse");
        if (reverse != v.MemberEnd()) {
            if (!reverse->value.IsBool()) throw Error(where + ": \"reverse\" must be true or false");
            c.reverse = reverse->value.GetBool();
        }
        const auto force = v.FindMember("needs_force");
        if (force != v.MemberEnd()) {
            if (!force->value.IsBool()) throw Error(where + ": \"needs_force\" must be true or false");
            c.needs_force = force->value.GetBool();
        }
        const auto fight = v.FindMember("needs_fight");
        if (fight != v.MemberEnd()) {
            if (!fight->value.IsBool()) throw Error(where + ": \"needs_fight\" must be true or false");
            c.needs_fight = fight->value.GetBool();
        }
        const auto with = v.FindMember("needs_with");
        if (with != v.MemberEnd()) {
            if (!with->value.IsBool()) throw Error(where + ": \"needs_with\" must be true or false");
            c.needs_with = with->value.GetBool();
        }
        const auto forms = forms_field(v, "forms", where);
        const auto index = static_cast<std::uint32_t>(data.cues.size());
        data.cues.push_back(std::move(c));
        for (const auto& f : forms) add_form(data, f, {FormTarget::Kind::cue, index});
    }
    const auto m = doc.FindMember("markers");
    if (m == doc.MemberEnd() || !m->value.IsObject()) throw Error(name + ": missing object \"markers\"");
    for (const auto& kv : m->value.GetObject()) {
        const std::string key(kv.name.GetString(), kv.name.GetStringLength());
        const auto k = marker_kinds.find(key);
        if (k == marker_kinds.end())
            throw Error(name + ": unknown marker kind \"" + key + "\" (negation, negation_verb, speculation, relative, force, clause, host, withdrawal, place, accusation, verbal)");
        rapidjson::Value wrapper(rapidjson::kObjectType);
        const std::string where = name + ": markers";
        if (!kv.value.IsArray()) throw Error(where + ": \"" + key + "\" must be an array of strings");
        for (const auto& f : kv.value.GetArray()) {
            if (!f.IsString() || normalize_form(f.GetString()).empty())
                throw Error(where + ": \"" + key + "\" must be an array of non-empty strings");
            add_form(data, f.GetString(), {FormTarget::Kind::marker, static_cast<std::uint32_t>(k->second)});
        }
    }
}

}  // namespace

Lexicon::Lexicon(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::from_json(std::string_view actors_json, const std::string& actors_name,
                                                  std::string_view cues_json, const std::string& cues_name) {
    auto data = std::make_unique<Data>();
    read_actors(actors_json, actors_name, *data);
    for (std::uint32_t i = 0; i < data->actors.size(); ++i)
        for (const auto& f : data->actors[i].forms) add_form(*data, f, {FormTarget::Kind::actor, i});
    read_cues(cues_json, cues_name, *data);
    return std::make_shared<const Lexicon>(std::move(data));
}

std::shared_ptr<const Lexicon> Lexicon::builtin() {
    static const std::shared_ptr<const Lexicon> lexicon = [] {
        std::string_view actors, cues;
        for (const auto& f : embedded_lexicon_files()) {
            if (f.name == "actors.json") actors = f.bytes;
            if (f.name == "cues.json") cues = f.bytes;
        }
        return from_json(actors, "actors.json", cues, "cues.json");
    }();
    return lexicon;
}

const std::vector<ActorEntry>& Lexicon::actors() const { return data_->actors; }

const ActorEntry* Lexicon::find(std::string_view id) const {
    const auto& a = data_->actors;
    const auto it = std::lower_bound(a.begin(), a.end(), id, [](const ActorEntry& e, std::string_view k) { return e.id < k; });
    return (it != a.end() && it->id == id) ? &*it : nullptr;
}

const std::string& Lexicon::top_level(std::string_view id) const {
    const auto& a = data_->actors;
    const auto it = std::lower_bound(a.begin(), a.end(), id, [](const ActorEntry& e, std::string_view k) { return e.id < k; });
    if (it == a.end() || it->id != id) {
        static const std::string empty;
        return empty;
    }
    return a[data_->top[static_cast<std::size_t>(it - a.begin())]].id;
}

}  // namespace actorgraph::extract
