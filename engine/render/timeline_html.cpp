#include "engine/render/timeline_html.hpp"

#include <algorithm>
#include <charconv>

#include "engine/formats/text_escape.hpp"

namespace actorgraph::engine {

namespace {

// The relation colours of the graph images (render/to_dot.cpp).
constexpr const char* relation_colours[relation_count] = {"#2e7d32", "#c62828", "#1565c0", "#ef6c00"};
// Line colours of the rank chart (colour-blind-safe, as the alliance borders).
constexpr const char* actor_colours[] = {"#3182bd", "#e6550d", "#31a354", "#756bb1", "#de2d26",
                                         "#17becf", "#bfa100", "#8c564b", "#e377c2", "#737373"};

// A chart's plotting box inside its SVG.
struct Frame {
    double width, height, left = 44, right = 28, top = 10, bottom = 34;
    double x(std::size_t i, std::size_t count) const {
        const double span = width - left - right;
        return count <= 1 ? left + span / 2 : left + span * static_cast<double>(i) / static_cast<double>(count - 1);
    }
    double y(double value, double low, double high) const {  // high at the top
        const double span = height - top - bottom;
        return top + span * (high - value) / (high > low ? high - low : 1.0);
    }
};

std::string num(double value) { return format_fixed(value, 1); }

// A figure for reading: 4 significant digits ("5.4", not "5.3999999999999995").
std::string figure(double value) {
    if (value == 0.0) return "0";
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 4).ptr;
    return std::string(buffer, end);
}

std::string svg_open(const Frame& f, const std::string& label) {
    return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(f.width) + "\" height=\"" +
           num(f.height) + "\" viewBox=\"0 0 " + num(f.width) + " " + num(f.height) + "\" role=\"img\" aria-label=\"" +
           xml_escape(label) + "\">\n";
}

std::string text(double x, double y, const std::string& value, const char* anchor, const char* css = "tick") {
    return "<text class=\"" + std::string(css) + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" +
           anchor + "\">" + xml_escape(value) + "</text>\n";
}

// Axes, the y range's two ends and the period labels (all of them up to 6, else the first and last).
std::string axes(const Frame& f, const std::vector<std::string>& periods, const std::string& low_label,
                 const std::string& high_label) {
    const double x0 = f.left, x1 = f.width - f.right, y0 = f.height - f.bottom, y1 = f.top;
    std::string out = "<path class=\"axis\" d=\"M" + num(x0) + " " + num(y1) + "V" + num(y0) + "H" + num(x1) + "\"/>\n";
    out += text(x0 - 4, y1 + 4, high_label, "end") + text(x0 - 4, y0, low_label, "end");
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periods.size() <= 6 || i == 0 || i + 1 == periods.size())
            out += text(f.x(i, periods.size()), y0 + 16, periods[i], "middle");
    return out;
}

std::string label_of(const TimelinePage& page, const std::string& id, std::size_t language) {
    const auto it = page.labels.find(id);
    if (it == page.labels.end() || it->second[language].empty()) return language == 0 ? id : "";
    return it->second[language];
}

std::string articles_chart(const TimelinePage& page) {
    const Frame f{std::max(320.0, 60.0 + 36.0 * static_cast<double>(page.periods.size())), 200};
    std::size_t most = 1;
    for (std::size_t count : page.articles) most = std::max(most, count);
    std::string out = svg_open(f, "articles per " + page.by);
    const double slot = (f.width - f.left - f.right) / static_cast<double>(std::max<std::size_t>(1, page.periods.size()));
    for (std::size_t i = 0; i < page.periods.size(); ++i) {
        const std::size_t count = i < page.articles.size() ? page.articles[i] : 0;
        const double top = f.y(static_cast<double>(count), 0, static_cast<double>(most));
        out += "<rect class=\"bar\" x=\"" + num(f.left + slot * static_cast<double>(i) + slot * 0.15) + "\" y=\"" +
               num(top) + "\" width=\"" + num(slot * 0.7) + "\" height=\"" + num(f.height - f.bottom - top) +
               "\"><title>" + xml_escape(page.periods[i]) + ": " + std::to_string(count) + " articles</title></rect>\n";
    }
    // Bars sit in slots, so the period labels go under the slot centres.
    const double x0 = f.left, x1 = f.width - f.right, y0 = f.height - f.bottom;
    out += "<path class=\"axis\" d=\"M" + num(x0) + " " + num(f.top) + "V" + num(y0) + "H" + num(x1) + "\"/>\n";
    out += text(x0 - 4, f.top + 4, std::to_string(most), "end") + text(x0 - 4, y0, "0", "end");
    for (std::size_t i = 0; i < page.periods.size(); ++i)
        if (page.periods.size() <= 8 || i == 0 || i + 1 == page.periods.size())
            out += text(f.left + slot * (static_cast<double>(i) + 0.5), y0 + 16, page.periods[i], "middle");
    return out + "</svg>\n";
}

std::string pair_chart(const TimelinePage& page, const PairSeries& pair) {
    const Frame f{300, 180};
    double high = 0.0;
    for (const auto& weights : pair.weights)
        for (double w : weights) high = std::max(high, w);
    const std::string name = label_of(page, pair.a, 0) + " \xE2\x80\x93 " + label_of(page, pair.b, 0);
    std::string out = svg_open(f, name);
    out += axes(f, page.periods, "0", figure(high));
    const std::size_t n = page.periods.size();
    for (Relation r : all_relations) {
        const auto& weights = pair.weights[static_cast<int>(r)];
        if (std::none_of(weights.begin(), weights.end(), [](double w) { return w != 0.0; })) continue;
        const std::string colour = relation_colours[static_cast<int>(r)];
        std::string points, dots;
        for (std::size_t i = 0; i < n && i < weights.size(); ++i) {
            const double x = f.x(i, n), y = f.y(weights[i], 0, high);
            if (i) points += ' ';
            points += num(x) + "," + num(y);
            dots += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"2.5\" fill=\"" + colour + "\"><title>" +
                    xml_escape(page.periods[i]) + " " + std::string(relation_name(r)) + ": " +
                    figure(weights[i]) + "</title></circle>\n";
        }
        out += "<polyline class=\"series\" data-relation=\"" + std::string(relation_name(r)) +
               "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + points + "\"/>\n" + dots;
    }
    out += "</svg>\n";
    const std::string arabic = label_of(page, pair.a, 1) + (label_of(page, pair.b, 1).empty() ? "" : " \xE2\x80\x93 ") +
                               label_of(page, pair.b, 1);
    return "<figure>\n<figcaption>" + xml_escape(name) + " <span class=\"change\">(change " +
           figure(pair.change) + ")</span>" +
           (arabic.empty() ? "" : "<br><span dir=\"rtl\" lang=\"ar\">" + xml_escape(arabic) + "</span>") +
           "</figcaption>\n" + out + "</figure>\n";
}

std::string rank_chart(const TimelinePage& page) {
    const StrengthRanks& ranks = page.ranks;
    int worst = 1;
    for (const auto& row : ranks.rank)
        for (int r : row) worst = std::max(worst, r);
    const Frame f{std::max(600.0, 300.0 + 60.0 * static_cast<double>(page.periods.size())), 320, 44, 250};
    std::string out = svg_open(f, "strength rank per " + page.by);
    out += axes(f, page.periods, std::to_string(worst), "1");
    const std::size_t n = page.periods.size();
    for (std::size_t a = 0; a < ranks.actors.size(); ++a) {
        const std::string colour = actor_colours[a % std::size(actor_colours)];
        const std::string label = label_of(page, ranks.actors[a], 0);
        std::string d, dots;
        bool drawing = false;
        double last_x = 0, last_y = 0;
        for (std::size_t i = 0; i < n && i < ranks.rank[a].size(); ++i) {
            const int rank = ranks.rank[a][i];
            if (rank == 0) {  // no tie that period: the line breaks
                drawing = false;
                continue;
            }
            last_x = f.x(i, n);
            last_y = f.y(-static_cast<double>(rank), -static_cast<double>(worst), -1);  // rank 1 at the top
            d += drawing ? 'L' : 'M';
            d += num(last_x) + " " + num(last_y);
            drawing = true;
            dots += "<circle cx=\"" + num(last_x) + "\" cy=\"" + num(last_y) + "\" r=\"3\" fill=\"" + colour +
                    "\"><title>" + xml_escape(label) + ", " + xml_escape(page.periods[i]) + ": rank " +
                    std::to_string(rank) + ", strength " + figure(ranks.strength[a][i]) + "</title></circle>\n";
        }
        if (d.empty()) continue;
        out += "<path class=\"series\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" d=\"" + d + "\"/>\n" +
               dots + "<text class=\"name\" x=\"" + num(f.width - f.right + 8) + "\" y=\"" +
               num(f.top + 14.0 * static_cast<double>(a) + 4) + "\" fill=\"" + colour + "\">" +
               std::to_string(a + 1) + ". " + xml_escape(label) + "</text>\n";
    }
    return out + "</svg>\n";
}

}  // namespace

std::string timeline_to_html(const TimelinePage& page) {
    std::string html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>Change over time: " + xml_escape(page.input) + "</title>\n<style>\n"
        "body{font-family:'Noto Sans','Noto Sans Arabic',sans-serif;margin:2em auto;max-width:1280px;color:#222}\n"
        ".grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #ddd;padding:6px;width:300px}\n"
        "figcaption{font-size:.9em;margin-bottom:4px}.change{color:#666}\n"
        ".tick{font-size:11px;fill:#555}.name{font-size:12px}.axis{stroke:#999;fill:none}.bar{fill:#9ecae1}\n"
        ".legend span{margin-right:1.2em;font-weight:bold}\n"
        "</style>\n</head>\n<body>\n<h1>Change over time: " + xml_escape(page.input) + "</h1>\n<p>" +
        std::to_string(page.periods.size()) + " periods by " + xml_escape(page.by);
    std::size_t total = 0;
    for (std::size_t count : page.articles) total += count;
    if (!page.periods.empty())
        html += " (" + xml_escape(page.periods.front()) + " to " + xml_escape(page.periods.back()) + "), " +
                std::to_string(total) + " dated articles";
    html += ". The figures of every period are in timeline.csv; each period's graph is in its folder.</p>\n"
            "<h2>Articles per " + xml_escape(page.by) + "</h2>\n" + articles_chart(page) +
            "<h2>The " + std::to_string(page.pairs.size()) +
            " pairs that changed most</h2>\n<p>Summed weight of both directions per period, a line per relation; "
            "change: the largest rise or fall of one relation across the periods.</p>\n<p class=\"legend\">";
    for (Relation r : all_relations)
        html += "<span style=\"color:" + std::string(relation_colours[static_cast<int>(r)]) + "\">&#9473; " +
                std::string(relation_name(r)) + "</span>";
    html += "</p>\n<div class=\"grid\">\n";
    for (const PairSeries& pair : page.pairs) html += pair_chart(page, pair);
    html += "</div>\n<h2>Strength rank of the top " + std::to_string(page.ranks.actors.size()) +
            " actors</h2>\n<p>Strength: the summed weight of all an actor's ties in the period (any relation, "
            "either direction); rank 1 is the strongest; a gap: no tie that period.</p>\n";
    if (!page.ranks.actors.empty()) html += rank_chart(page);
    return html + "</body>\n</html>\n";
}

}  // namespace actorgraph::engine
