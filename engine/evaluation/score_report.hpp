// The output of `actorgraph evaluate`: score.py's table (same columns, same
// number formatting, `micro-F1 X.XXX` last), optionally the misses, the false
// positives grouped by rule and the confidence curve; or all of it as JSON.
#pragma once

#include <string>
#include <vector>

#include "engine/evaluation/scoring.hpp"

namespace actorgraph::engine {

struct ScoreReportContent {
    bool misses = false;           // --show misses|all
    bool false_positives = false;  // --show false|all
    bool curve = false;            // --curve
};

// score.py's table: a header and one row per relation and "all".
std::string score_table(const std::vector<RelationFigures>& relations);

// The table, the lists asked for, the curve if asked, then `micro-F1 X.XXX`.
std::string score_report_text(const Score& score, const std::vector<CurvePoint>& curve,
                              const ScoreReportContent& content);

// The same content as one JSON object, keys sorted. Figures are full doubles.
std::string score_report_json(const Score& score, const std::vector<CurvePoint>& curve,
                              const ScoreReportContent& content);

}  // namespace actorgraph::engine
