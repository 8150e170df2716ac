#include "engine/query/trend.hpp"

#include "common/error.hpp"
#include "engine/file_reader.hpp"
#include "engine/formats/graph_json.hpp"
#include "engine/formats/json_util.hpp"
#include "engine/formats/json_value.hpp"
#include "engine/query/text_table.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

bool is_timeline_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir, ec) && fs::is_regular_file(dir / "timeline.json", ec);
}

Timeline read_timeline(const fs::path& dir) {
    const std::string name = (dir / "timeline.json").string();
    const std::string text = read_whole_file(dir / "timeline.json");
    rapidjson::Document document;
    json::parse_or_throw(document, text, name);
    Timeline timeline;
    timeline.by = json::get_string(document, "by", name);
    const rapidjson::Value& periods = json::member(document, "periods", name);
    if (!periods.IsArray()) throw Error(name + ": \"periods\" must be an array");
    const fs::path whole = dir / "graph.json";
    timeline.whole = graph_from_json(read_whole_file(whole), whole.string());
    for (const auto& item : periods.GetArray()) {
        TrendPeriod period;
        period.period = json::get_string(item, "period", name);
        if (period.period.empty() || period.period.find_first_of("/\\") != std::string::npos || period.period[0] == '.')
            throw Error(name + ": period '" + period.period + "' is not a folder name");
        if (item.IsObject() && item.HasMember("articles")) period.articles = json::get_index(item, "articles", name);
        const fs::path file = dir / period.period / "graph.json";
        period.analysis = graph_from_json(read_whole_file(file), file.string());
        timeline.periods.push_back(std::move(period));
    }
    return timeline;
}

namespace {

// The weight of u -> v in `relation` in `analysis`; 0 when either is absent.
double directed_weight(const Analysis& analysis, const std::string& u, const std::string& v, Relation relation) {
    const auto from = analysis.graph.find(u), to = analysis.graph.find(v);
    if (!from || !to) return 0.0;
    const auto [e, found] = boost::edge(*from, *to, analysis.graph.graph);
    return found ? analysis.graph.graph[e][relation].weight : 0.0;
}

}  // namespace

QueryResult query_trend(const Timeline& timeline, const std::string& x, const std::string& y) {
    JsonArray periods;
    std::vector<std::vector<std::string>> rows;
    for (const TrendPeriod& period : timeline.periods) {
        JsonObject total, per_100, forward, backward;
        std::vector<std::string> row{period.period, std::to_string(period.articles)};
        for (Relation r : all_relations) {
            const std::string name(relation_name(r));
            const double xy = directed_weight(period.analysis, x, y, r), yx = directed_weight(period.analysis, y, x, r);
            forward[name] = xy;
            backward[name] = yx;
            total[name] = xy + yx;
            per_100[name] = period.articles ? (xy + yx) * 100.0 / static_cast<double>(period.articles) : 0.0;
            row.push_back(format_short(xy + yx));
        }
        periods.push_back(JsonObject{{"period", period.period},
                                     {"articles", period.articles},
                                     {"weights", total},
                                     {"weights_per_100_articles", per_100},
                                     {x + "->" + y, forward},
                                     {y + "->" + x, backward}});
        rows.push_back(std::move(row));
    }
    std::vector<std::string> header{"period", "articles"};
    for (Relation r : all_relations) header.emplace_back(relation_name(r));
    const std::string text = "Weights of " + x + " and " + y + " (both directions) by " + timeline.by + ":\n" +
                             (rows.empty() ? std::string("  (no period)\n") : format_table(header, rows));
    return {text, to_json_text(JsonObject{{"actors", JsonArray{x, y}}, {"by", timeline.by}, {"periods", periods}})};
}

}  // namespace actorgraph::engine
