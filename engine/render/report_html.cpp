// report.html (report_html.hpp).
#include "engine/render/report_html.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <utility>
#include <sstream>
#include <tuple>

#include "common/error.hpp"
#include "engine/formats/text_escape.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {
namespace {

constexpr const char* style_sheet = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; margin: 1.5em auto; max-width: 72em; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
.meta { color: #555; margin-top: 0; }
figure.graph { margin: 1em 0; overflow-x: auto; border: 1px solid #ddd; padding: 0.5em; background: #fff; }
figure.graph svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.5em 0; }
.table-scroll { overflow-x: auto; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: 0 1.5em; margin: 0.5em 0; }
dl.summary div { display: flex; justify-content: space-between; border-bottom: 1px dotted #ccc; }
dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; background: #f3f3f3; user-select: none; }
table.sortable th[aria-sort="descending"]::after { content: " \25BE"; }
table.sortable th[aria-sort="ascending"]::after { content: " \25B4"; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
blockquote.evidence { margin: 0.3em 0; padding: 0.2em 0.8em; border-right: 4px solid #bbb; font-size: 1.1em; }
.support { color: #2e7d32; } .conflict { color: #c62828; } .negotiation { color: #1565c0; } .criticism { color: #ef6c00; }
ol.evidence-list > li { margin-bottom: 0.6em; }
.source { color: #555; font-size: 0.9em; }
.flag { background: #fff3cd; border-radius: 3px; padding: 0 0.3em; font-size: 0.85em; }
details > summary { cursor: pointer; margin: 0.3em 0; }
)css";

// Sorts every table.sortable by a clicked header (numbers by data-value,
// ties by original row order) and marks the page ready once set up; the
// headless browser test checks that marker and the initial sort.
constexpr const char* script = R"js(
(function () {
  'use strict';
  function key(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-value');
    return value === null ? cell.textContent.trim() : parseFloat(value);
  }
  function sortTable(table, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
      if (descending) order = -order;
      return order !== 0 ? order : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (index === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      function activate() {
        var current = th.getAttribute('aria-sort');
        var descending = current ? current === 'ascending' : th.getAttribute('data-type') === 'number';
        sortTable(table, column, descending);
      }
      th.addEventListener('click', activate);
      th.addEventListener('keydown', function (event) { if (event.key === 'Enter') activate(); });
    });
    var initial = table.getAttribute('data-sort-column');
    if (initial !== null) sortTable(table, Number(initial), true);
  });
  document.documentElement.setAttribute('data-report-ready', 'yes');
})();
)js";

// An href for an article path (see ReportInfo::base_dir); bytes other than
// unreserved URL characters and '/' are %-encoded.
std::string file_href(const std::string& path, const std::string& base_dir) {
    static const char* hex = "0123456789ABCDEF";
    std::filesystem::path target(path);
    if (target.is_relative() && !base_dir.empty()) target = (std::filesystem::path(base_dir) / target).lexically_normal();
    const std::string text = target.generic_string();
    std::string out = target.is_absolute() ? "file://" : "";
    for (unsigned char c : text) {
        if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// Four significant digits for reading (tables keep the exact value in
// data-value for sorting); integers as they are.
std::string display_number(double value) {
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15) return format_number(value);
    if (std::isfinite(value) && std::fabs(value) >= 1000) return engine::format_fixed(value, 1);  // no exponent for large values
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(4);
    out << value;
    const std::string text = out.str();
    return text == "-0" ? "0" : text;
}

const extract::Event& event_at(const std::vector<extract::Event>& events, std::size_t index) {
    if (index >= events.size())
        throw Error("report: evidence index " + std::to_string(index) + " is out of range (" +
                    std::to_string(events.size()) + " events)");
    return events[index];
}

// One evidence sentence: the text right to left, then where it comes from.
void write_evidence(std::ostringstream& out, const extract::Event& e, std::size_t index, bool anchor,
                    const std::string& base_dir) {
    out << "<li" << (anchor ? " id=\"ev-" + std::to_string(index) + "\"" : "") << ">"
        << "<blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\">" << xml_escape(e.text) << "</blockquote>"
        << "<div class=\"source\"><a href=\"" << xml_escape(file_href(e.path, base_dir)) << "\"><bdi lang=\"ar\">"
        << xml_escape(e.title.empty() ? e.doc : e.title) << "</bdi></a>";
    if (!e.date.empty()) out << " · " << xml_escape(e.date);
    out << " · <bdi>" << xml_escape(e.doc) << "</bdi> · sentence " << e.sentence + 1;
    if (!e.cue.empty()) out << " · cue <bdi lang=\"ar\">" << xml_escape(e.cue) << "</bdi>";
    if (e.negated) out << " <span class=\"flag\">negated</span>";
    if (e.speculative) out << " <span class=\"flag\">speculative</span>";
    if (e.claimed) out << " <span class=\"flag\">claimed</span>";
    out << "</div></li>\n";
}

void write_evidence_list(std::ostringstream& out, const std::vector<extract::Event>& events,
                         const std::vector<std::size_t>& evidence, const ReportInfo& info, bool anchors) {
    const std::size_t limit = info.max_evidence;
    out << "<ol class=\"evidence-list\">\n";
    for (std::size_t i = 0; i < evidence.size() && i < limit; ++i)
        write_evidence(out, event_at(events, evidence[i]), evidence[i], anchors, info.base_dir);
    out << "</ol>\n";
    if (evidence.size() > limit)
        out << "<p class=\"source\">… and " << evidence.size() - limit
            << " more (all of them are in events.jsonl).</p>\n";
}

std::string name_of(const graphs::ActorGraph& graph, const std::string& id) {
    auto found = graph.index.find(id);
    return found == graph.index.end() ? id : actor_label(graph.graph[found->second], LabelLanguage::en);
}

// An actor as "English (Arabic)", the Arabic isolated for bidi.
std::string actor_html(const graphs::ActorGraph& graph, const std::string& id) {
    auto found = graph.index.find(id);
    std::string out = "<bdi>" + xml_escape(name_of(graph, id)) + "</bdi>";
    if (found != graph.index.end() && !graph.graph[found->second].label_ar.empty())
        out += " (<bdi lang=\"ar\">" + xml_escape(graph.graph[found->second].label_ar) + "</bdi>)";
    return out;
}

std::string arrow(Relation r) { return relation_is_directed(r) ? " → " : " — "; }

void write_actor_table(std::ostringstream& out, const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                       const ReportInfo& info) {
    const std::size_t n = graph.actor_count();
    std::vector<std::string> names;
    if (n > 0)
        for (const auto& [name, value] : metrics.actor_values[0]) names.push_back(name);
    auto sort_column = std::find(names.begin(), names.end(), info.sort_metric);
    out << "<div class=\"table-scroll\">\n<table class=\"sortable\" id=\"actors\"";
    if (sort_column != names.end()) out << " data-sort-column=\"" << 5 + (sort_column - names.begin()) << "\"";
    out << ">\n<thead><tr><th data-type=\"text\">id</th><th data-type=\"text\">actor</th>"
           "<th data-type=\"text\">Arabic</th><th data-type=\"number\">alliance</th>"
           "<th data-type=\"number\">mentions</th>";
    for (const std::string& name : names) out << "<th data-type=\"number\">" << xml_escape(name) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (graphs::Vertex v = 0; v < n; ++v) {
        const graphs::Actor& actor = graph.graph[v];
        const int cluster = metrics.cluster.empty() ? -1 : metrics.cluster[v];
        out << "<tr data-order=\"" << v << "\"><td><code>" << xml_escape(actor.id) << "</code></td><td>"
            << xml_escape(actor_label(actor, LabelLanguage::en)) << "</td><td dir=\"rtl\" lang=\"ar\">"
            << xml_escape(actor.label_ar) << "</td><td class=\"number\" data-value=\"" << cluster << "\">"
            << (cluster < 0 ? std::string("–") : std::to_string(cluster + 1)) << "</td><td class=\"number\" data-value=\""
            << actor.mentions << "\">" << actor.mentions << "</td>";
        for (const std::string& name : names) {
            auto value = metrics.actor_values[v].find(name);
            if (value == metrics.actor_values[v].end())
                throw Error("report: actor '" + actor.id + "' has no value for metric '" + name + "'");
            out << "<td class=\"number\" data-value=\"" << format_number(value->second) << "\">"
                << display_number(value->second) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n</div>\n";
}

void write_alliances(std::ostringstream& out, const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                     const std::vector<extract::Event>& events, const ReportInfo& info) {
    if (metrics.clusters.empty()) {
        out << "<p>No alliance clusters (the graph has no actors).</p>\n";
    } else {
        out << "<ul>\n";
        for (const graphs::Cluster& cluster : metrics.clusters) {
            out << "<li><strong>Alliance " << cluster.id + 1 << "</strong>: ";
            for (std::size_t i = 0; i < cluster.members.size(); ++i)
                out << (i ? ", " : "") << actor_html(graph, cluster.members[i]);
            out << "</li>\n";
        }
        out << "</ul>\n";
    }
    // Counted once per pair (as the summary's frustrated_ties and the
    // terminal count them), each pair with the relations behind it.
    const std::size_t pairs = graphs::frustrated_pair_count(metrics.frustrated);
    out << "<h3 id=\"frustrated\">Frustrated ties: " << pairs << "</h3>\n";
    if (metrics.frustrated.empty()) {
        out << "<p>None: every positive tie is inside an alliance and every negative one between alliances.</p>\n";
        return;
    }
    out << "<p>Pairs whose tie contradicts the partition: positive between alliances, negative inside one ("
        << pairs << (pairs == 1 ? " pair" : " pairs") << ", " << metrics.frustrated.size()
        << (metrics.frustrated.size() == 1 ? " relation" : " relations") << " behind them).</p>\n";
    std::map<std::pair<std::string, std::string>, std::vector<const graphs::FrustratedTie*>> by_pair;
    for (const graphs::FrustratedTie& tie : metrics.frustrated)
        by_pair[tie.source < tie.target ? std::make_pair(tie.source, tie.target) : std::make_pair(tie.target, tie.source)]
            .push_back(&tie);
    out << "<ol class=\"frustrated\">\n";
    for (const auto& [pair, ties] : by_pair) {
        out << "<li>" << actor_html(graph, pair.first) << " – " << actor_html(graph, pair.second)
            << (ties.front()->inside ? " (inside one alliance)" : " (between alliances)") << "\n";
        for (const graphs::FrustratedTie* tie : ties) {
            const std::string relation(relation_name(tie->relation));
            out << "<details><summary>" << actor_html(graph, tie->source) << "<span class=\"" << relation << "\">"
                << arrow(tie->relation) << relation << arrow(tie->relation) << "</span>"
                << actor_html(graph, tie->target) << " (signed weight " << display_number(tie->weight) << ", "
                << tie->evidence.size() << " evidence)</summary>\n";
            write_evidence_list(out, events, tie->evidence, info, false);
            out << "</details>\n";
        }
        out << "</li>\n";
    }
    out << "</ol>\n";
}

struct RelationRow {
    graphs::EdgeRef edge;
    Relation relation;
    double weight;
};

void write_relations(std::ostringstream& out, const graphs::ActorGraph& graph,
                     const std::vector<extract::Event>& events, const ReportInfo& info) {
    const graphs::Graph& g = graph.graph;
    std::vector<RelationRow> rows;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        for (Relation r : all_relations)
            if (g[*e][r].present()) rows.push_back({*e, r, g[*e][r].weight});
    // Heaviest first; ties by source id, target id, relation.
    std::sort(rows.begin(), rows.end(), [&](const RelationRow& a, const RelationRow& b) {
        return std::make_tuple(-a.weight, std::cref(g[boost::source(a.edge, g)].id),
                               std::cref(g[boost::target(a.edge, g)].id), static_cast<int>(a.relation)) <
               std::make_tuple(-b.weight, std::cref(g[boost::source(b.edge, g)].id),
                               std::cref(g[boost::target(b.edge, g)].id), static_cast<int>(b.relation));
    });
    if (rows.empty()) {
        out << "<p>No relations.</p>\n";
        return;
    }
    for (const RelationRow& row : rows) {
        const graphs::RelationStats& stats = g[row.edge][row.relation];
        const std::string relation(relation_name(row.relation));
        const std::string& source = g[boost::source(row.edge, g)].id;
        const std::string& target = g[boost::target(row.edge, g)].id;
        out << "<details class=\"relation\" id=\"rel-" << xml_escape(source) << "-" << xml_escape(target) << "-"
            << relation << "\"><summary>" << actor_html(graph, source) << "<span class=\"" << relation << "\">"
            << arrow(row.relation) << relation << arrow(row.relation) << "</span>" << actor_html(graph, target)
            << ": weight " << display_number(stats.weight) << ", " << stats.mentions << " mentions in "
            << stats.documents << " documents</summary>\n";
        write_evidence_list(out, events, stats.evidence, info, true);
        out << "</details>\n";
    }
}

}  // namespace

std::string report_html(const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                        const std::vector<extract::Event>& events, const std::string& svg,
                        const ReportInfo& info) {
    const std::size_t n = graph.actor_count();
    if (metrics.actor_values.size() != n || (!metrics.cluster.empty() && metrics.cluster.size() != n))
        throw Error("report: metrics cover " + std::to_string(metrics.actor_values.size()) +
                    " actors but the graph has " + std::to_string(n));

    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"" << xml_escape(info.generator) << "\">\n"
        << "<title>" << xml_escape(info.title) << "</title>\n<style>" << style_sheet << "</style>\n</head>\n<body>\n"
        << "<h1>" << xml_escape(info.title) << "</h1>\n<p class=\"meta\">";
    if (!info.input.empty()) out << "Input: <bdi>" << xml_escape(info.input) << "</bdi> · ";
    out << n << " actors, " << events.size() << " events · " << xml_escape(info.generator) << "</p>\n";

    if (!metrics.summary.empty()) {
        out << "<dl class=\"summary\">\n";
        for (const auto& [name, value] : metrics.summary)
            out << "<div><dt>" << xml_escape(name) << "</dt><dd title=\"" << format_number(value) << "\">"
                << display_number(value) << "</dd></div>\n";
        out << "</dl>\n";
    }

    out << "<h2 id=\"graph\">Graph</h2>\n";
    const auto svg_start = svg.find("<svg");
    if (svg_start == std::string::npos)
        out << "<p>No image was rendered.</p>\n";
    else
        out << "<figure class=\"graph\">\n" << svg.substr(svg_start) << "</figure>\n";

    out << "<h2 id=\"actors-heading\">Actors</h2>\n<p>Click a column heading to sort.</p>\n";
    write_actor_table(out, graph, metrics, info);
    out << "<h2 id=\"alliances\">Alliances</h2>\n";
    write_alliances(out, graph, metrics, events, info);
    out << "<h2 id=\"relations\">Relations and evidence</h2>\n";
    write_relations(out, graph, events, info);
    out << "<script>" << script << "</script>\n</body>\n</html>\n";
    return out.str();
}

}  // namespace actorgraph::engine
