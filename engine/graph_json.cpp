#include "engine/graph_json.hpp"

#include <algorithm>
#include <map>

#include <rapidjson/prettywriter.h>

#include "common/error.hpp"
#include "engine/events_jsonl.hpp"
#include "engine/json_util.hpp"

namespace actorgraph::engine {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_indices(Writer& writer, const std::vector<std::size_t>& indices,
                   const std::map<std::size_t, std::size_t>& remap) {
    writer.StartArray();
    for (std::size_t index : indices) {
        const auto it = remap.find(index);
        if (it != remap.end()) writer.Uint64(it->second);
    }
    writer.EndArray();
}

void write_clusters(Writer& writer, const std::vector<graphs::Cluster>& clusters) {
    writer.StartArray();
    for (const graphs::Cluster& cluster : clusters) {
        writer.StartObject();
        json::write_key(writer, "id");
        writer.Int(cluster.id);
        json::write_key(writer, "members");
        writer.StartArray();
        for (const std::string& member : cluster.members) json::write_string(writer, member);
        writer.EndArray();
        writer.EndObject();
    }
    writer.EndArray();
}

void write_number_map(Writer& writer, const std::map<std::string, double>& values) {
    writer.StartObject();
    for (const auto& [key, value] : values) {
        json::write_key(writer, key);
        writer.Double(value);
    }
    writer.EndObject();
}

}  // namespace

std::string graph_to_json(const Analysis& analysis, const RunInfo& info) {
    const graphs::Graph& g = analysis.graph.graph;
    const graphs::Metrics& metrics = analysis.metrics;

    // Only the events the graph refers to are carried, renumbered in order.
    std::vector<std::size_t> referenced;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        for (const graphs::RelationStats& stats : g[*e].by_relation)
            if (stats.present())  // the rows written below; a relation read with 0 mentions is not one
                for (std::size_t index : stats.evidence)
                    if (index < analysis.events.size()) referenced.push_back(index);
    std::sort(referenced.begin(), referenced.end());
    referenced.erase(std::unique(referenced.begin(), referenced.end()), referenced.end());
    std::map<std::size_t, std::size_t> remap;
    for (std::size_t i = 0; i < referenced.size(); ++i) remap[referenced[i]] = i;

    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.SetIndent(' ', 2);
    writer.StartObject();

    json::write_key(writer, "actors");
    writer.StartArray();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const graphs::Actor& actor = g[v];
        writer.StartObject();
        json::write_key(writer, "cluster");
        writer.Int(v < metrics.cluster.size() ? metrics.cluster[v] : -1);
        json::write_key(writer, "community");
        writer.Int(v < metrics.community.size() ? metrics.community[v] : -1);
        json::write_key(writer, "id");
        json::write_string(writer, actor.id);
        json::write_key(writer, "label_ar");
        json::write_string(writer, actor.label_ar);
        json::write_key(writer, "label_en");
        json::write_string(writer, actor.label_en);
        json::write_key(writer, "mentions");
        writer.Uint64(actor.mentions);
        json::write_key(writer, "metrics");
        write_number_map(writer, v < metrics.actor_values.size() ? metrics.actor_values[v]
                                                                 : std::map<std::string, double>{});
        writer.EndObject();
    }
    writer.EndArray();

    json::write_key(writer, "clusters");
    write_clusters(writer, metrics.clusters);
    json::write_key(writer, "communities");
    write_clusters(writer, metrics.communities);

    json::write_key(writer, "evidence");
    writer.StartArray();
    for (std::size_t index : referenced) {
        const std::string line = event_to_json(analysis.events[index]);
        writer.RawValue(line.data(), line.size(), rapidjson::kObjectType);
    }
    writer.EndArray();

    json::write_key(writer, "frustrated");
    writer.StartArray();
    for (const graphs::FrustratedTie& tie : metrics.frustrated) {
        writer.StartObject();
        json::write_key(writer, "evidence");
        write_indices(writer, tie.evidence, remap);
        json::write_key(writer, "relation");
        json::write_string(writer, relation_name(tie.relation));
        json::write_key(writer, "source");
        json::write_string(writer, tie.source);
        json::write_key(writer, "target");
        json::write_string(writer, tie.target);
        json::write_key(writer, "weight");
        writer.Double(tie.weight);
        writer.EndObject();
    }
    writer.EndArray();

    json::write_key(writer, "generator");
    json::write_string(writer, std::string("actorgraph ") + ACTORGRAPH_VERSION);
    json::write_key(writer, "input");
    json::write_string(writer, info.input);
    json::write_key(writer, "level");
    json::write_string(writer, info.level);

    // Relations sorted by (source, target, relation).
    struct Row {
        std::string source, target;
        Relation relation;
        const graphs::RelationStats* stats;
    };
    std::vector<Row> rows;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        for (Relation r : all_relations)
            if (g[*e][r].present())
                rows.push_back({g[boost::source(*e, g)].id, g[boost::target(*e, g)].id, r, &g[*e][r]});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.source, a.target, a.relation) < std::tie(b.source, b.target, b.relation);
    });
    json::write_key(writer, "relations");
    writer.StartArray();
    for (const Row& row : rows) {
        writer.StartObject();
        json::write_key(writer, "documents");
        writer.Uint64(row.stats->documents);
        json::write_key(writer, "evidence");
        write_indices(writer, row.stats->evidence, remap);
        json::write_key(writer, "mentions");
        writer.Uint64(row.stats->mentions);
        json::write_key(writer, "relation");
        json::write_string(writer, relation_name(row.relation));
        json::write_key(writer, "source");
        json::write_string(writer, row.source);
        json::write_key(writer, "target");
        json::write_string(writer, row.target);
        json::write_key(writer, "weight");
        writer.Double(row.stats->weight);
        writer.EndObject();
    }
    writer.EndArray();

    json::write_key(writer, "summary");
    write_number_map(writer, metrics.summary);
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

namespace {

std::vector<std::size_t> read_indices(const rapidjson::Value& object, const std::string& where,
                                      std::size_t evidence_count) {
    std::vector<std::size_t> indices;
    const rapidjson::Value& array = json::member(object, "evidence", where);
    if (!array.IsArray()) throw Error(where + ": \"evidence\" must be an array");
    for (const auto& value : array.GetArray()) {
        if (!value.IsUint64() || value.GetUint64() >= evidence_count)
            throw Error(where + ": evidence index out of range");
        indices.push_back(static_cast<std::size_t>(value.GetUint64()));
    }
    return indices;
}

std::vector<graphs::Cluster> read_clusters(const rapidjson::Value& root, const char* key,
                                           const std::string& file_name) {
    std::vector<graphs::Cluster> clusters;
    const rapidjson::Value& array = json::member(root, key, file_name);
    if (!array.IsArray()) throw Error(file_name + ": \"" + key + "\" must be an array");
    for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
        const std::string where = file_name + ": " + key + "[" + std::to_string(i) + "]";
        graphs::Cluster cluster;
        cluster.id = json::get_int(array[i], "id", where);
        const rapidjson::Value& members = json::member(array[i], "members", where);
        if (!members.IsArray()) throw Error(where + ": \"members\" must be an array");
        for (const auto& member : members.GetArray()) {
            if (!member.IsString()) throw Error(where + ": members must be strings");
            cluster.members.emplace_back(member.GetString(), member.GetStringLength());
        }
        clusters.push_back(std::move(cluster));
    }
    return clusters;
}

}  // namespace

Analysis graph_from_json(std::string_view text, const std::string& file_name) {
    rapidjson::Document root;
    json::parse_or_throw(root, text, file_name);
    if (!root.IsObject()) throw Error(file_name + ": expected a graph.json object");
    Analysis analysis;

    const rapidjson::Value& evidence = json::member(root, "evidence", file_name);
    if (!evidence.IsArray()) throw Error(file_name + ": \"evidence\" must be an array");
    for (rapidjson::SizeType i = 0; i < evidence.Size(); ++i) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        evidence[i].Accept(writer);
        auto events = parse_events_jsonl(std::string_view(buffer.GetString(), buffer.GetSize()),
                                         file_name + ": evidence[" + std::to_string(i) + "]");
        if (events.size() != 1) throw Error(file_name + ": evidence[" + std::to_string(i) + "]: not an event");
        analysis.events.push_back(std::move(events.front()));
    }

    graphs::ActorGraph& actor_graph = analysis.graph;
    graphs::Metrics& metrics = analysis.metrics;
    const rapidjson::Value& actors = json::member(root, "actors", file_name);
    if (!actors.IsArray()) throw Error(file_name + ": \"actors\" must be an array");
    for (rapidjson::SizeType i = 0; i < actors.Size(); ++i) {
        const std::string where = file_name + ": actors[" + std::to_string(i) + "]";
        graphs::Actor actor;
        actor.id = json::get_string(actors[i], "id", where);
        actor.label_en = json::get_string(actors[i], "label_en", where);
        actor.label_ar = json::get_string(actors[i], "label_ar", where);
        actor.mentions = json::get_index(actors[i], "mentions", where);
        if (actor_graph.index.count(actor.id)) throw Error(where + ": duplicate actor \"" + actor.id + "\"");
        const graphs::Vertex v = boost::add_vertex(actor, actor_graph.graph);
        actor_graph.index.emplace(actor.id, v);
        metrics.cluster.push_back(json::get_int(actors[i], "cluster", where));
        metrics.community.push_back(json::get_int(actors[i], "community", where));
        std::map<std::string, double> values;
        const rapidjson::Value& object = json::member(actors[i], "metrics", where);
        if (!object.IsObject()) throw Error(where + ": \"metrics\" must be an object");
        for (const auto& m : object.GetObject()) {
            if (!m.value.IsNumber()) throw Error(where + ": metric \"" + m.name.GetString() + "\" must be a number");
            values.emplace(std::string(m.name.GetString(), m.name.GetStringLength()), m.value.GetDouble());
        }
        metrics.actor_values.push_back(std::move(values));
    }

    auto vertex_of = [&](const std::string& id, const std::string& where) {
        const auto it = actor_graph.index.find(id);
        if (it == actor_graph.index.end()) throw Error(where + ": unknown actor \"" + id + "\"");
        return it->second;
    };
    const rapidjson::Value& relations = json::member(root, "relations", file_name);
    if (!relations.IsArray()) throw Error(file_name + ": \"relations\" must be an array");
    for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
        const std::string where = file_name + ": relations[" + std::to_string(i) + "]";
        const rapidjson::Value& row = relations[i];
        const graphs::Vertex s = vertex_of(json::get_string(row, "source", where), where);
        const graphs::Vertex t = vertex_of(json::get_string(row, "target", where), where);
        const std::string name = json::get_string(row, "relation", where);
        const auto relation = parse_relation(name);
        if (!relation) throw Error(where + ": unknown relation \"" + name + "\"");
        auto [edge, exists] = boost::edge(s, t, actor_graph.graph);
        if (!exists) edge = boost::add_edge(s, t, actor_graph.graph).first;
        graphs::RelationStats& stats = actor_graph.graph[edge][*relation];
        stats.weight = json::get_number(row, "weight", where);
        stats.mentions = json::get_index(row, "mentions", where);
        stats.documents = json::get_index(row, "documents", where);
        stats.evidence = read_indices(row, where, analysis.events.size());
    }

    metrics.clusters = read_clusters(root, "clusters", file_name);
    metrics.communities = read_clusters(root, "communities", file_name);
    const rapidjson::Value& frustrated = json::member(root, "frustrated", file_name);
    if (!frustrated.IsArray()) throw Error(file_name + ": \"frustrated\" must be an array");
    for (rapidjson::SizeType i = 0; i < frustrated.Size(); ++i) {
        const std::string where = file_name + ": frustrated[" + std::to_string(i) + "]";
        graphs::FrustratedTie tie;
        tie.source = json::get_string(frustrated[i], "source", where);
        tie.target = json::get_string(frustrated[i], "target", where);
        const std::string name = json::get_string(frustrated[i], "relation", where);
        const auto relation = parse_relation(name);
        if (!relation) throw Error(where + ": unknown relation \"" + name + "\"");
        tie.relation = *relation;
        tie.weight = json::get_number(frustrated[i], "weight", where);
        tie.evidence = read_indices(frustrated[i], where, analysis.events.size());
        metrics.frustrated.push_back(std::move(tie));
    }
    const rapidjson::Value& summary = json::member(root, "summary", file_name);
    if (!summary.IsObject()) throw Error(file_name + ": \"summary\" must be an object");
    for (const auto& m : summary.GetObject())
        if (m.value.IsNumber())
            metrics.summary.emplace(std::string(m.name.GetString(), m.name.GetStringLength()), m.value.GetDouble());
    return analysis;
}

}  // namespace actorgraph::engine
