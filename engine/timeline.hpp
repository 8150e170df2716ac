// Change over time: the per-period rows of `analyze --by` (timeline.csv),
// the pairs that changed most and the actors' strength rank per period
// (timeline.html). Pure functions over the periods' graphs.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "common/relation.hpp"
#include "graphs/actor_graph.hpp"

namespace actorgraph::engine {

// One period's graph and the number of articles dated in it.
struct PeriodGraph {
    std::string period;  // "2024-03", "2024-Q1", "2024"
    std::size_t articles = 0;
    const graphs::ActorGraph* graph = nullptr;
};

// One period, ordered pair and relation.
struct TimelineRow {
    std::string period, source, target;
    Relation relation = Relation::support;
    double weight = 0.0;
    std::size_t mentions = 0, documents = 0;
    std::size_t articles = 0;       // in the period
    double weight_per_100 = 0.0;    // weight per 100 articles of the period (0 without articles)
};

// Every present relation of every tie, by period (in the given order), then
// source, target and relation.
std::vector<TimelineRow> timeline_rows(const std::vector<PeriodGraph>& periods);

// id -> {English label, Arabic label} of every actor of the periods (the first period naming it wins).
std::map<std::string, std::array<std::string, 2>> timeline_labels(const std::vector<PeriodGraph>& periods);

// An unordered pair's weight per relation and period (both directions summed).
struct PairSeries {
    std::string a, b;  // a < b
    std::array<std::vector<double>, relation_count> weights;  // [relation][period]
    double change = 0.0;  // the largest (max - min) across periods of any relation
};

// The `count` pairs with the largest change, largest first (ties by ids).
std::vector<PairSeries> largest_changes(const std::vector<TimelineRow>& rows, const std::vector<std::string>& periods,
                                        std::size_t count);

// Strength (summed weight of all an actor's ties, any relation or direction)
// per period, and each actor's rank in it (1 = strongest; 0 = no tie that period).
struct StrengthRanks {
    std::vector<std::string> actors;         // the top actors by strength summed over periods, strongest first
    std::vector<std::vector<double>> strength;  // [actor][period]
    std::vector<std::vector<int>> rank;         // [actor][period]
};
StrengthRanks strength_ranks(const std::vector<TimelineRow>& rows, const std::vector<std::string>& periods,
                             std::size_t count);

}  // namespace actorgraph::engine
