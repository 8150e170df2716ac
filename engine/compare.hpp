// `actorgraph compare`: what changed between two analysed article sets. The
// files it writes are engine/formats/compare_json.hpp (compare.json),
// engine/render/diff_dot.hpp (the diff image) and
// engine/render/compare_html.hpp (compare.html). Pure functions.
#pragma once

#include <string>
#include <vector>

#include "engine/pipeline.hpp"
#include "graphs/compare/compare_graphs.hpp"

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

// At most `limit` evidence events behind (source, relation, target) in one analysis.
std::vector<const extract::Event*> evidence_of(const Analysis& analysis, const std::string& source,
                                               const std::string& target, Relation relation, std::size_t limit);

// The `limit` largest relation changes in words, largest first:
// "Turkey–SDF conflict: 16 -> 0 (-16), 14 of 325 articles vs 0 of 115".
std::vector<std::string> largest_changes(const ComparedSets& sets, const graphs::GraphComparison& comparison,
                                         std::size_t limit = 10);

// An actor's English label from whichever side has it (the id otherwise).
std::string actor_label(const ComparedSets& sets, const std::string& id);

// The side whose evidence explains a change: the stronger one (after for a
// new or strengthened relation, before for a vanished or weakened one).
const Analysis& explaining_side(const ComparedSets& sets, const graphs::RelationChange& change);

}  // namespace actorgraph::engine
