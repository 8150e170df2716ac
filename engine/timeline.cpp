#include "engine/timeline.hpp"

#include <algorithm>
#include <tuple>

namespace actorgraph::engine {

std::vector<TimelineRow> timeline_rows(const std::vector<PeriodGraph>& periods) {
    std::vector<TimelineRow> rows;
    for (const PeriodGraph& period : periods) {
        if (!period.graph) continue;
        const graphs::Graph& g = period.graph->graph;
        std::vector<TimelineRow> these;
        for (auto [e, end] = boost::edges(g); e != end; ++e)
            for (Relation r : all_relations) {
                const graphs::RelationStats& stats = g[*e][r];
                if (!stats.present()) continue;
                const double per_100 = period.articles ? stats.weight * 100.0 / static_cast<double>(period.articles) : 0.0;
                these.push_back({period.period, g[boost::source(*e, g)].id, g[boost::target(*e, g)].id, r,
                                 stats.weight, stats.mentions, stats.documents, period.articles, per_100});
            }
        std::sort(these.begin(), these.end(), [](const TimelineRow& x, const TimelineRow& y) {
            return std::tie(x.source, x.target, x.relation) < std::tie(y.source, y.target, y.relation);
        });
        rows.insert(rows.end(), these.begin(), these.end());
    }
    return rows;
}

std::map<std::string, std::array<std::string, 2>> timeline_labels(const std::vector<PeriodGraph>& periods) {
    std::map<std::string, std::array<std::string, 2>> labels;
    for (const PeriodGraph& period : periods) {
        if (!period.graph) continue;
        const graphs::Graph& g = period.graph->graph;
        for (graphs::Vertex v = 0; v < boost::num_vertices(g); ++v)
            labels.try_emplace(g[v].id, std::array<std::string, 2>{g[v].label_en, g[v].label_ar});
    }
    return labels;
}

namespace {

std::size_t period_index(const std::vector<std::string>& periods, const std::string& period) {
    return static_cast<std::size_t>(std::find(periods.begin(), periods.end(), period) - periods.begin());
}

}  // namespace

std::vector<PairSeries> largest_changes(const std::vector<TimelineRow>& rows, const std::vector<std::string>& periods,
                                        std::size_t count) {
    std::map<std::pair<std::string, std::string>, PairSeries> pairs;
    for (const TimelineRow& row : rows) {
        const std::size_t p = period_index(periods, row.period);
        if (p >= periods.size()) continue;
        const auto key = std::minmax(row.source, row.target);
        auto [it, inserted] = pairs.try_emplace({key.first, key.second});
        PairSeries& series = it->second;
        if (inserted) {
            series.a = key.first;
            series.b = key.second;
            for (auto& weights : series.weights) weights.assign(periods.size(), 0.0);
        }
        series.weights[static_cast<int>(row.relation)][p] += row.weight;
    }
    std::vector<PairSeries> list;
    for (auto& [key, series] : pairs) {
        for (const auto& weights : series.weights) {
            const auto [low, high] = std::minmax_element(weights.begin(), weights.end());
            if (low != weights.end()) series.change = std::max(series.change, *high - *low);
        }
        list.push_back(std::move(series));
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const PairSeries& x, const PairSeries& y) { return x.change > y.change; });  // map order breaks ties
    if (list.size() > count) list.resize(count);
    return list;
}

StrengthRanks strength_ranks(const std::vector<TimelineRow>& rows, const std::vector<std::string>& periods,
                             std::size_t count) {
    std::map<std::string, std::vector<double>> strength;
    for (const TimelineRow& row : rows) {
        const std::size_t p = period_index(periods, row.period);
        if (p >= periods.size()) continue;
        for (const std::string* actor : {&row.source, &row.target}) {
            auto [it, inserted] = strength.try_emplace(*actor, std::vector<double>(periods.size(), 0.0));
            it->second[p] += row.weight;
        }
    }
    // Rank in each period among the actors with a tie in it; equal strengths by id.
    std::map<std::string, std::vector<int>> ranks;
    for (const auto& [actor, values] : strength) ranks[actor].assign(periods.size(), 0);
    for (std::size_t p = 0; p < periods.size(); ++p) {
        std::vector<std::pair<double, std::string>> order;
        for (const auto& [actor, values] : strength)
            if (values[p] > 0.0) order.emplace_back(-values[p], actor);
        std::sort(order.begin(), order.end());
        for (std::size_t i = 0; i < order.size(); ++i) ranks[order[i].second][p] = static_cast<int>(i + 1);
    }
    std::vector<std::pair<double, std::string>> total;
    for (const auto& [actor, values] : strength) {
        double sum = 0.0;
        for (double value : values) sum += value;
        total.emplace_back(-sum, actor);
    }
    std::sort(total.begin(), total.end());
    StrengthRanks result;
    for (std::size_t i = 0; i < total.size() && i < count; ++i) {
        const std::string& actor = total[i].second;
        result.actors.push_back(actor);
        result.strength.push_back(strength[actor]);
        result.rank.push_back(ranks[actor]);
    }
    return result;
}

}  // namespace actorgraph::engine
