#include "engine/formats/compare_json.hpp"

#include "engine/formats/json_value.hpp"

namespace actorgraph::engine {

namespace {

JsonValue event_json(const extract::Event& event) {
    return JsonObject{{"doc", event.doc},   {"file", event.path}, {"title", event.title},
                      {"date", event.date}, {"text", event.text}, {"sentence", event.sentence}};
}

}  // namespace

std::string comparison_to_json(const ComparedSets& sets, const graphs::GraphComparison& comparison) {
    JsonArray relations;
    for (const graphs::RelationChange& change : comparison.relations) {
        JsonArray evidence;
        for (const extract::Event* event :
             evidence_of(explaining_side(sets, change), change.source, change.target, change.relation, sets.max_evidence))
            evidence.push_back(event_json(*event));
        relations.push_back(JsonObject{{"source", change.source},
                                       {"target", change.target},
                                       {"relation", std::string(relation_name(change.relation))},
                                       {"change", std::string(graphs::change_kind_name(change.kind))},
                                       {"weight_before", change.weight_before},
                                       {"weight_after", change.weight_after},
                                       {"documents_before", change.documents_before},
                                       {"documents_after", change.documents_after},
                                       {"evidence", evidence}});
    }
    JsonArray ranks;
    for (const graphs::RankChange& rank : comparison.ranks)
        ranks.push_back(JsonObject{{"actor", rank.actor},
                                   {"rank_before", rank.rank_before},
                                   {"rank_after", rank.rank_after},
                                   {"value_before", rank.value_before},
                                   {"value_after", rank.value_after}});
    JsonArray clusters;
    for (const graphs::ClusterChange& change : comparison.cluster_changes)
        clusters.push_back(JsonObject{{"actor", change.actor},
                                      {"cluster_before", change.cluster_before},
                                      {"cluster_after", change.cluster_after}});
    JsonArray match;
    for (int after_id : comparison.cluster_match) match.push_back(after_id);
    JsonObject summary;
    for (const graphs::SummaryChange& change : comparison.summary)
        summary[change.key] = JsonObject{{"before", change.before}, {"after", change.after},
                                         {"change", change.after - change.before}};
    const JsonObject result{
        {"before", sets.before_name},
        {"after", sets.after_name},
        {"actors_added", JsonArray(comparison.actors_added.begin(), comparison.actors_added.end())},
        {"actors_removed", JsonArray(comparison.actors_removed.begin(), comparison.actors_removed.end())},
        {"relations", relations},
        {"rank_metric", comparison.rank_metric},
        {"ranks", ranks},
        {"cluster_match", match},
        {"cluster_changes", clusters},
        {"summary", summary}};
    return to_json_text(result);
}

}  // namespace actorgraph::engine
