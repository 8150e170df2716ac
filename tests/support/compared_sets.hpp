// Small analyses built from rows, for the compare.json and compare.html tests.
#pragma once

#include <vector>

#include "engine/pipeline.hpp"

namespace test_support {

struct Row {
    const char* source;
    const char* target;
    actorgraph::Relation relation;
    double weight;
    const char* text;
};

inline actorgraph::engine::Analysis analysis_of(const std::vector<Row>& rows) {
    actorgraph::engine::Analysis analysis;
    std::vector<actorgraph::graphs::Observation> observations;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        observations.push_back({rows[i].source, rows[i].target, rows[i].relation, rows[i].weight, "d", i});
        actorgraph::extract::Event event;
        event.doc = "d";
        event.source = rows[i].source;
        event.target = rows[i].target;
        event.relation = rows[i].relation;
        event.text = rows[i].text;
        analysis.events.push_back(event);
    }
    analysis.graph = actorgraph::graphs::build_graph({}, observations);
    analysis.metrics = actorgraph::graphs::compute_metrics(analysis.graph);
    return analysis;
}

}  // namespace test_support
