#include "extract/lexicon/lexicon.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "common/error.hpp"
#include "common/text_position.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/text/normalizer.hpp"

namespace actorgraph::extract {

namespace {

rapidjson::Document parse_json(std::string_view json, const std::string& name) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseStopWhenDoneFlag>(json.data(), json.size());
    if (doc.HasParseError())
        throw Error(name + ":" + line_column(json, doc.GetErrorOffset()) + ": " +
                    rapidjson::GetParseError_En(doc.GetParseError()));
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
        a.country = string_field(v, "country", where, false);
        a.fallback = string_field(v, "default", where, false);
        if (const auto r = v.FindMember("resolve_by_country"); r != v.MemberEnd()) {
            if (r->value.IsString() && std::string(r->value.GetString()) == "government") {
                a.resolve_by_government = true;
            } else if (r->value.IsObject()) {
                for (const auto& kv : r->value.GetObject()) {
                    if (!kv.value.IsString())
                        throw Error(where + ": \"resolve_by_country\" must map country ids to actor ids");
                    a.resolve_by_country.emplace_back(kv.name.GetString(), kv.value.GetString());
                }
            } else {
                throw Error(where + ": \"resolve_by_country\" must be \"government\" or an object of country ids to actor ids");
            }
        }
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
    data.parent.assign(data.actors.size(), -1);
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
        if (!data.actors[i].parent.empty()) data.parent[i] = static_cast<std::int32_t>(index_of(data.actors[i].parent));
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
    if (const auto an = doc.FindMember("anaphora"); an != doc.MemberEnd()) {
        if (!an->value.IsObject()) throw Error(name + ": \"anaphora\" must map words to lists of actor ids");
        for (const auto& kv : an->value.GetObject()) {
            const std::string word(kv.name.GetString(), kv.name.GetStringLength());
            auto& targets = data.anaphora[normalize_form(word)];
            for (const std::string& id : forms_field(an->value, word.c_str(), name + ": anaphora")) {
                const auto t = index_of(id);
                if (t < 0) throw Error(name + ": anaphora \"" + word + "\": unknown actor \"" + id + "\"");
                targets.push_back(static_cast<std::uint32_t>(t));
            }
        }
    }
    // Countries: an actor's own or its nearest ancestor's.
    data.country.assign(data.actors.size(), -1);
    for (std::size_t i = 0; i < data.actors.size(); ++i)
        for (std::int32_t cur = static_cast<std::int32_t>(i); cur >= 0; cur = data.parent[static_cast<std::size_t>(cur)]) {
            const std::string& country = data.actors[static_cast<std::size_t>(cur)].country;
            if (country.empty()) continue;
            const auto c = index_of(country);
            if (c < 0)
                throw Error(name + ": actor \"" + data.actors[static_cast<std::size_t>(cur)].id + "\": unknown actor \"" +
                            country + "\" in \"country\"");
            data.country[i] = static_cast<std::int32_t>(c);
            break;
        }
    data.resolution.resize(data.actors.size());
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        const ActorEntry& a = data.actors[i];
        Lexicon::Data::Resolution& r = data.resolution[i];
        r.generic = a.resolve_by_government || !a.resolve_by_country.empty();
        r.by_government = a.resolve_by_government;
        for (const auto& [country, actor] : a.resolve_by_country) {
            const auto c = index_of(country), t = index_of(actor);
            if (c < 0 || t < 0)
                throw Error(name + ": actor \"" + a.id + "\": unknown actor \"" + (c < 0 ? country : actor) +
                            "\" in \"resolve_by_country\"");
            r.by_country.emplace_back(static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(t));
        }
        if (!a.fallback.empty()) {
            const auto f = index_of(a.fallback);
            if (f < 0) throw Error(name + ": actor \"" + a.id + "\": unknown actor \"" + a.fallback + "\" in \"default\"");
            r.fallback = static_cast<std::int32_t>(f);
        }
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
    {"accusation", MarkerKind::accusation}, {"verbal", MarkerKind::verbal}, {"threat", MarkerKind::threat},
    {"condition", MarkerKind::condition}, {"holder", MarkerKind::holder},
    {"attribution", MarkerKind::attribution}};

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
        if (!r) throw Error(where + ": unknown relation \"" + rel + "\" (" + relation_name_list() + ")");
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
            throw Error(name + ": unknown marker kind \"" + key + "\" (negation, negation_verb, speculation, relative, force, clause, host, withdrawal, place, accusation, verbal, threat, condition, holder, attribution)");
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

const std::map<std::string, WordClass> word_class_names{
    {"preposition", WordClass::preposition}, {"topic_preposition", WordClass::topic_preposition},
    {"from", WordClass::from}, {"between", WordClass::between}, {"with", WordClass::with},
    {"on", WordClass::on}, {"in", WordClass::in}, {"by", WordClass::by}, {"or", WordClass::or_word},
    {"and", WordClass::and_word}, {"hedge", WordClass::hedge}, {"pronoun_preposition", WordClass::pronoun_preposition}};
const std::map<std::string, StemClass> stem_class_names{
    {"but", StemClass::but}, {"speech", StemClass::speech},
    {"both_sides", StemClass::both_sides}, {"possessed", StemClass::possessed}};

std::string known_names(const auto& names) {
    std::string out;
    for (const auto& [name, kind] : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

// One object of word lists ("words" or "stems"): class name -> normalised words, into `table`.
template <typename Kind>
void read_word_lists(const rapidjson::Value& doc, const char* key, const std::map<std::string, Kind>& names,
                     const std::string& name, WordTable& table) {
    const auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || !it->value.IsObject()) throw Error(name + ": missing object \"" + key + "\"");
    for (const auto& kv : it->value.GetObject()) {
        const std::string k(kv.name.GetString(), kv.name.GetStringLength());
        const auto kind = names.find(k);
        if (kind == names.end())
            throw Error(name + ": " + key + ": unknown class \"" + k + "\" (" + known_names(names) + ")");
        for (const auto& form : forms_field(it->value, k.c_str(), name + ": " + key))
            table[normalize_form(form)] |= static_cast<std::uint16_t>(1u << static_cast<int>(kind->second));
    }
    // Every class is read by some rule: one left out would silently switch that rule off.
    for (const auto& [class_name, kind] : names) {
        const auto list = it->value.FindMember(class_name.c_str());
        if (list == it->value.MemberEnd())
            throw Error(name + ": " + key + ": class \"" + class_name + "\" is missing");
    }
}

void read_words(std::string_view json, const std::string& name, Lexicon::Data& data) {
    const rapidjson::Document doc = parse_json(json, name);
    read_word_lists(doc, "words", word_class_names, name, data.word_classes);
    read_word_lists(doc, "stems", stem_class_names, name, data.stem_classes);
    for (const auto& [stem, bits] : data.stem_classes)
        if ((bits >> static_cast<int>(StemClass::but)) & 1) data.but_stems.push_back(stem);
    std::sort(data.but_stems.begin(), data.but_stems.end());  // a fixed order, whatever the hash table's
    const auto it = doc.FindMember("affixes");
    if (it == doc.MemberEnd() || !it->value.IsObject()) throw Error(name + ": missing object \"affixes\"");
    const rapidjson::Value& a = it->value;
    const std::string where = name + ": affixes";
    const auto list = [&](const char* key) {
        std::vector<std::string> out;
        for (const auto& form : forms_field(a, key, where)) out.push_back(normalize_form(form));
        return out;
    };
    const auto one = [&](const char* key) {
        const std::string form = normalize_form(string_field(a, key, where, true));
        if (form.empty()) throw Error(where + ": \"" + key + "\" is empty");
        return form;
    };
    Affixes& x = data.affixes;
    x.conjunctions = list("conjunctions");
    if (x.conjunctions.size() > 2) throw Error(where + ": \"conjunctions\" lists at most two proclitics (و، ف)");
    x.prepositions = list("prepositions");
    if (x.prepositions.size() != 3)
        throw Error(where + ": \"prepositions\" must list the three proclitics ب، ل، ك in that order");
    x.article = one("article");
    x.lam_article = one("lam_article");
    x.object_pronouns = list("object_pronouns");
    x.singular_pronouns = list("singular_pronouns");
    x.nisba_endings = list("nisba_endings");
    x.sound_plural_endings = list("sound_plural_endings");
    x.action_noun_prefixes = list("action_noun_prefixes");
    x.imperfect_prefixes = list("imperfect_prefixes");
    x.feminine_past_ending = one("feminine_past_ending");
    x.future_prefix = one("future_prefix");
    x.feminine_ending = one("feminine_ending");
    x.no_feminine_after = list("no_feminine_after");
    // The matcher reads proclitics as single two-byte letters (lexicon/mention_finder.cpp).
    if (x.future_prefix.size() != 2) throw Error(where + ": \"future_prefix\" must be one Arabic letter");
    for (const auto* group : {&x.conjunctions, &x.prepositions, &x.imperfect_prefixes})
        for (const auto& letter : *group)
            if (letter.size() != 2 || (static_cast<unsigned char>(letter[0]) & 0xE0) != 0xC0)
                throw Error(where + ": proclitic \"" + letter + "\" must be one Arabic letter");
}

// The derived stem classes (possessed_pronoun, maybe_anaphor), once every file is read.
void derive_stem_classes(Lexicon::Data& data) {
    const auto bit = [](StemClass k) { return static_cast<std::uint16_t>(1u << static_cast<int>(k)); };
    std::vector<std::string> derived;
    for (const auto& [stem, bits] : data.stem_classes)
        if (bits & bit(StemClass::possessed))
            for (const std::string& pronoun : data.affixes.object_pronouns) derived.push_back(stem + pronoun);
    for (const std::string& word : derived) data.stem_classes[word] |= bit(StemClass::possessed_pronoun);
    const std::string& article = data.affixes.article;
    for (const auto& [word, targets] : data.anaphora) {
        data.stem_classes[word] |= bit(StemClass::maybe_anaphor);
        if (starts_with(word, article) && word.size() > article.size())
            data.stem_classes[word.substr(article.size())] |= bit(StemClass::maybe_anaphor);
    }
}

}  // namespace

Lexicon::Lexicon(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::from_json(const LexiconSources& sources) {
    auto data = std::make_unique<Data>();
    read_actors(sources.actors.text, sources.actors.name, *data);
    for (std::uint32_t i = 0; i < data->actors.size(); ++i)
        for (const auto& f : data->actors[i].forms) add_form(*data, f, {FormTarget::Kind::actor, i});
    read_cues(sources.cues.text, sources.cues.name, *data);
    read_words(sources.words.text, sources.words.name, *data);
    derive_stem_classes(*data);
    return std::make_shared<const Lexicon>(std::move(data));
}

LexiconDocument Lexicon::builtin_document(std::string_view file_name) {
    for (const auto& f : embedded_lexicon_files())
        if (f.name == file_name) return {f.bytes, std::string(file_name)};
    throw Error("no built-in lexicon file \"" + std::string(file_name) + "\"");
}

std::shared_ptr<const Lexicon> Lexicon::builtin() {
    static const std::shared_ptr<const Lexicon> lexicon = from_json(
        {builtin_document("actors.json"), builtin_document("cues.json"), builtin_document("words.json")});
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
