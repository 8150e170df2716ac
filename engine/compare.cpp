#include "engine/compare.hpp"

#include "common/rounding.hpp"
#include "engine/formats/text_escape.hpp"

namespace actorgraph::engine {

graphs::GraphComparison compare_sets(const ComparedSets& sets) {
    graphs::CompareOptions options;
    options.articles_before = sets.before.record.articles;
    options.articles_after = sets.after.record.articles;
    return graphs::compare_graphs(sets.before.graph, sets.before.metrics, sets.after.graph, sets.after.metrics,
                                  options);
}

std::vector<const extract::Event*> evidence_of(const Analysis& analysis, const std::string& source,
                                               const std::string& target, Relation relation, std::size_t limit) {
    std::vector<const extract::Event*> events;
    const auto s = analysis.graph.find(source), t = analysis.graph.find(target);
    if (!s || !t) return events;
    const auto [edge, found] = boost::edge(*s, *t, analysis.graph.graph);
    if (!found) return events;
    for (std::size_t index : analysis.graph.graph[edge][relation].evidence) {
        if (events.size() >= limit) break;
        if (index < analysis.events.size()) events.push_back(&analysis.events[index]);
    }
    return events;
}

std::string actor_label(const ComparedSets& sets, const std::string& id) {
    for (const Analysis* side : {&sets.after, &sets.before})
        if (const auto v = side->graph.find(id)) {
            const std::string& label = side->graph.graph[*v].label_en;
            return label.empty() ? id : label;
        }
    return id;
}

std::vector<std::string> largest_changes(const ComparedSets& sets, const graphs::GraphComparison& comparison,
                                         std::size_t limit) {
    auto documents = [](std::size_t documents, std::size_t articles) {
        return std::to_string(documents) + (articles == 0 ? "" : " of " + std::to_string(articles));
    };
    std::vector<std::string> lines;
    for (const graphs::RelationChange& change : comparison.relations) {
        if (lines.size() >= limit) break;
        const double delta = clean_sum(change.change());
        lines.push_back(actor_label(sets, change.source) + "\xe2\x80\x93" + actor_label(sets, change.target) + " " +
                        std::string(relation_name(change.relation)) + ": " + format_number(change.weight_before) +
                        " -> " + format_number(change.weight_after) + " (" + (delta > 0 ? "+" : "") +
                        format_number(delta) + "), " +
                        documents(change.documents_before, sets.before.record.articles) + " articles vs " +
                        documents(change.documents_after, sets.after.record.articles));
    }
    return lines;
}

const Analysis& explaining_side(const ComparedSets& sets, const graphs::RelationChange& change) {
    using graphs::RelationChangeKind;
    return change.kind == RelationChangeKind::added || change.kind == RelationChangeKind::strengthened ? sets.after
                                                                                                       : sets.before;
}

}  // namespace actorgraph::engine
