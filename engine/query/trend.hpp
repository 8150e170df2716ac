// `actorgraph query DIR trend X Y`: a pair's weights per period of a timeline
// directory (the DIR `analyze --by` writes: DIR/graph.json, DIR/timeline.json
// and one DIR/PERIOD/graph.json per period).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/pipeline.hpp"
#include "engine/query/query.hpp"

namespace actorgraph::engine {

struct TrendPeriod {
    std::string period;
    std::size_t articles = 0;  // 0 when timeline.json predates the count
    Analysis analysis;
};

struct Timeline {
    std::string by;  // month, quarter or year
    Analysis whole;  // DIR/graph.json: the actors names resolve against
    std::vector<TrendPeriod> periods;
};

// Whether `dir` is a timeline directory (has timeline.json).
bool is_timeline_dir(const std::filesystem::path& dir);

// Reads DIR/timeline.json, DIR/graph.json and each period's graph.json;
// throws Error naming the file that is missing or malformed.
Timeline read_timeline(const std::filesystem::path& dir);

// The weights of {x, y} per period and relation (both directions summed, and
// each direction in the JSON). x, y: actor ids of timeline.whole.
QueryResult query_trend(const Timeline& timeline, const std::string& x, const std::string& y);

}  // namespace actorgraph::engine
