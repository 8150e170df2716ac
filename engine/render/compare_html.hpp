// compare.html: one self-contained page with the diff image inline and the
// tables of changes; evidence right to left.
#pragma once

#include <string>

#include "engine/compare.hpp"

namespace actorgraph::engine {

std::string comparison_to_html(const ComparedSets& sets, const graphs::GraphComparison& comparison,
                               const std::string& diff_svg);

}  // namespace actorgraph::engine
