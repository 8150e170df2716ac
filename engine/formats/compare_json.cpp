#include "engine/formats/compare_json.hpp"

#include "common/rounding.hpp"
#include "engine/formats/cluster_numbers.hpp"
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
                                       {"weight_change", clean_sum(change.change())},
                                       {"weight_per_100_articles_before", change.per100_before},
                                       {"weight_per_100_articles_after", change.per100_after},
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
                                      {"cluster_before", displayed_cluster(change.cluster_before)},
                                      {"cluster_after", displayed_cluster(change.cluster_after)}});
    // Each cluster before and the cluster after it matched (0: none), numbered from 1 as in graph.json.
    JsonArray match;
    for (std::size_t before = 0; before < comparison.cluster_match.size(); ++before)
        match.push_back(JsonObject{{"before", displayed_cluster(static_cast<int>(before))},
                                   {"after", displayed_cluster(comparison.cluster_match[before])}});
    JsonObject summary;
    for (const graphs::SummaryChange& change : comparison.summary)
        summary[change.key] = JsonObject{{"before", change.before}, {"after", change.after},
                                         {"change", clean_sum(change.after - change.before)}};
    auto side = [](const std::string& name, const RunRecord& record) {
        return JsonObject{{"name", name},
                          {"articles", record.articles},
                          {"first_date", record.first_date},
                          {"last_date", record.last_date}};
    };
    const std::vector<std::string> largest = largest_changes(sets, comparison);
    const JsonObject result{
        {"before", sets.before_name},
        {"after", sets.after_name},
        {"before_set", side(sets.before_name, sets.before.record)},
        {"after_set", side(sets.after_name, sets.after.record)},
        {"largest_changes", JsonArray(largest.begin(), largest.end())},
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
