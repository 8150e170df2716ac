// The short text summary `analyze` and `metrics` print on stdout.
#pragma once

#include <string>

#include "engine/pipeline.hpp"

namespace actorgraph::engine {

// Ranked actors (by `rank_metric`, ties by id), alliance clusters and the
// balance figures. `top` caps the ranking.
std::string summary_text(const Analysis& analysis, const std::string& rank_metric, std::size_t top = 10);

}  // namespace actorgraph::engine
