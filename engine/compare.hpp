// `actorgraph compare`: what changed between two analysed article sets
// (compare.json, the diff image's DOT, compare.html). Pure functions.
#pragma once

#include <string>

#include "engine/pipeline.hpp"
#include "graphs/compare_graphs.hpp"

namespace actorgraph::engine {

struct ComparedSets {
    const Analysis& before;
    const Analysis& after;
    std::string before_name;  // for people: the input or graph.json it came from
    std::string after_name;
    std::size_t max_evidence = 5;  // sentences quoted per relation change and side
};

// The comparison of the two graphs (rank metric: betweenness).
graphs::GraphComparison compare_sets(const ComparedSets& sets);

// compare.json: every change with weights on both sides and evidence
// sentences (from the side where the relation is stronger). Keys sorted.
std::string comparison_to_json(const ComparedSets& sets, const graphs::GraphComparison& comparison);

// compare.html: one self-contained page with the diff image inline and the
// tables of changes; evidence right to left.
std::string comparison_to_html(const ComparedSets& sets, const graphs::GraphComparison& comparison,
                               const std::string& diff_svg);

}  // namespace actorgraph::engine
