// compare.json: every change between two article sets, keys sorted; both
// sets' sizes and dates, the largest changes in words, relations largest
// change first with weights per 100 articles.
#pragma once

#include <string>

#include "engine/compare.hpp"

namespace actorgraph::engine {

// Every change with weights on both sides and evidence sentences (from the
// side where the relation is stronger); rank, alliance and summary changes.
std::string comparison_to_json(const ComparedSets& sets, const graphs::GraphComparison& comparison);

}  // namespace actorgraph::engine
