#include "engine/compare.hpp"

namespace actorgraph::engine {

graphs::GraphComparison compare_sets(const ComparedSets& sets) {
    return graphs::compare_graphs(sets.before.graph, sets.before.metrics, sets.after.graph, sets.after.metrics);
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

const Analysis& explaining_side(const ComparedSets& sets, const graphs::RelationChange& change) {
    using graphs::RelationChangeKind;
    return change.kind == RelationChangeKind::added || change.kind == RelationChangeKind::strengthened ? sets.after
                                                                                                       : sets.before;
}

}  // namespace actorgraph::engine
