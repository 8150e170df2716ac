#include "engine/formats/graph_json.hpp"

#include <algorithm>
#include <map>

#include "common/error.hpp"
#include "engine/formats/cluster_numbers.hpp"
#include "engine/formats/events_jsonl.hpp"
#include "engine/formats/json_util.hpp"
#include "engine/formats/json_value.hpp"
#include "engine/formats/run_record.hpp"

namespace actorgraph::engine {

namespace {

// Clusters and communities are numbered from 1 in the file (cluster_numbers.hpp).
// Evidence indices renumbered into the events graph.json carries.
JsonArray indices_json(const std::vector<std::size_t>& indices, const std::map<std::size_t, std::size_t>& remap) {
    JsonArray array;
    for (std::size_t index : indices)
        if (const auto it = remap.find(index); it != remap.end()) array.push_back(it->second);
    return array;
}

JsonArray clusters_json(const std::vector<graphs::Cluster>& clusters) {
    JsonArray array;
    for (const graphs::Cluster& cluster : clusters)
        array.push_back(JsonObject{{"id", displayed_cluster(cluster.id)}, {"members", JsonArray(cluster.members.begin(), cluster.members.end())}});
    return array;
}

JsonObject numbers_json(const std::map<std::string, double>& values) {
    JsonObject object;
    for (const auto& [key, value] : values) object[key] = value;
    return object;
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

    JsonArray actors;
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const graphs::Actor& actor = g[v];
        actors.push_back(JsonObject{
            {"cluster", displayed_cluster(v < metrics.cluster.size() ? metrics.cluster[v] : -1)},
            {"community", displayed_cluster(v < metrics.community.size() ? metrics.community[v] : -1)},
            {"id", actor.id},
            {"label_ar", actor.label_ar},
            {"label_en", actor.label_en},
            {"mentions", actor.mentions},
            {"metrics", numbers_json(v < metrics.actor_values.size() ? metrics.actor_values[v]
                                                                     : std::map<std::string, double>{})}});
    }
    JsonArray evidence;
    for (std::size_t index : referenced) evidence.push_back(JsonRaw{event_to_json(analysis.events[index])});
    JsonArray frustrated;
    for (const graphs::FrustratedTie& tie : metrics.frustrated)
        frustrated.push_back(JsonObject{{"evidence", indices_json(tie.evidence, remap)},
                                        {"relation", std::string(relation_name(tie.relation))},
                                        {"source", tie.source},
                                        {"target", tie.target},
                                        {"weight", tie.weight}});

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
    JsonArray relations;
    for (const Row& row : rows)
        relations.push_back(JsonObject{{"documents", row.stats->documents},
                                       {"evidence", indices_json(row.stats->evidence, remap)},
                                       {"mentions", row.stats->mentions},
                                       {"relation", std::string(relation_name(row.relation))},
                                       {"source", row.source},
                                       {"target", row.target},
                                       {"weight", row.stats->weight}});

    return to_json_text(JsonObject{{"actors", std::move(actors)},
                                   {"clusters", clusters_json(metrics.clusters)},
                                   {"communities", clusters_json(metrics.communities)},
                                   {"evidence", std::move(evidence)},
                                   {"frustrated", std::move(frustrated)},
                                   {"generator", std::string("actorgraph ") + ACTORGRAPH_VERSION},
                                   {"input", info.input},
                                   {"level", info.level},
                                   {"provenance", run_record_json(analysis.record)},
                                   {"relations", std::move(relations)},
                                   {"summary", numbers_json(metrics.summary)}});
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
        cluster.id = internal_cluster(json::get_int(array[i], "id", where));
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
        metrics.cluster.push_back(internal_cluster(json::get_int(actors[i], "cluster", where)));
        metrics.community.push_back(internal_cluster(json::get_int(actors[i], "community", where)));
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
    // graph.json files written before the provenance record have none.
    if (const auto it = root.FindMember("provenance"); it != root.MemberEnd())
        analysis.record = run_record_from_json(it->value, file_name + ": provenance");
    const rapidjson::Value& summary = json::member(root, "summary", file_name);
    if (!summary.IsObject()) throw Error(file_name + ": \"summary\" must be an object");
    for (const auto& m : summary.GetObject())
        if (m.value.IsNumber())
            metrics.summary.emplace(std::string(m.name.GetString(), m.name.GetStringLength()), m.value.GetDouble());
    return analysis;
}

}  // namespace actorgraph::engine
