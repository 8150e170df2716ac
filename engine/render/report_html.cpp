// report.html (report_html.hpp).
#include "engine/render/report_html.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <filesystem>
#include <map>
#include <utility>
#include <sstream>
#include <tuple>

#include "common/error.hpp"
#include "engine/formats/text_escape.hpp"
#include "engine/render/glossary.hpp"
#include "engine/render/render.hpp"
#include "engine/render/report_assets.hpp"
#include "engine/formats/cluster_numbers.hpp"

namespace actorgraph::engine {
namespace {

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

// For reading: three significant digits below 1,000, whole numbers with
// thousands separators from 1,000 on (and for integers); the exact value
// goes into a title or data-value next to it.
std::string display_number(double value) {
    if (!std::isfinite(value)) return format_number(value);
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000 || (std::floor(value) == value && magnitude < 1e15)) {
        const long long whole = std::llround(value);
        const std::string digits = std::to_string(whole < 0 ? -whole : whole);
        std::string out = whole < 0 ? "-" : "";
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
            out.push_back(digits[i]);
        }
        return out;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    const std::string out = text;
    return out == "-0" ? "0" : out;
}

// A figure's name with its glossary explanation on hover, linked to the glossary.
std::string glossary_name(const std::string& name) {
    const GlossaryEntry entry = glossary_entry(name);
    if (entry.explanation.empty()) return xml_escape(name);
    return "<a href=\"#g-" + xml_escape(name) + "\" title=\"" + xml_escape(entry.explanation) + "\">" + xml_escape(name) + "</a>";
}

const extract::Event& event_at(const std::vector<extract::Event>& events, std::size_t index) {
    if (index >= events.size())
        throw Error("report: evidence index " + std::to_string(index) + " is out of range (" +
                    std::to_string(events.size()) + " events)");
    return events[index];
}

// One evidence sentence: the text right to left, then where it comes from.
void write_evidence(std::ostringstream& out, const extract::Event& e, std::size_t index, bool anchor,
                    const std::string& base_dir, const std::map<std::string, std::string>& urls) {
    out << "<li" << (anchor ? " id=\"ev-" + std::to_string(index) + "\"" : "") << ">"
        << "<blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\">" << xml_escape(e.text) << "</blockquote>"
        << "<div class=\"source\">";
    const auto url = urls.find(e.doc);
    const std::string local = file_href(e.path, base_dir);
    out << "<a href=\"" << xml_escape(url == urls.end() ? local : url->second) << "\"><bdi lang=\"ar\">"
        << xml_escape(e.title.empty() ? e.doc : e.title) << "</bdi></a>";
    if (url != urls.end()) out << " (<a href=\"" << xml_escape(local) << "\">local file</a>)";
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
        write_evidence(out, event_at(events, evidence[i]), evidence[i], anchors, info.base_dir, info.article_urls);
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

// The columns shown before "show all": the actor's involvement, brokerage,
// attention, friends versus enemies, and alliance.
constexpr const char* default_columns[] = {"mentions", "strength", "betweenness", "pagerank", "pn_index"};

void write_actor_table(std::ostringstream& out, const graphs::ActorGraph& graph, const graphs::Metrics& metrics,
                       const ReportInfo& info) {
    const std::size_t n = graph.actor_count();
    std::vector<std::string> all;
    if (n > 0)
        for (const auto& [name, value] : metrics.actor_values[0]) all.push_back(name);
    // Shown first in the default order, then the rest (hidden until "show all").
    std::vector<std::string> names;
    for (const char* name : default_columns)
        if (std::string_view(name) == "mentions" || std::find(all.begin(), all.end(), name) != all.end()) names.push_back(name);
    const std::size_t shown = names.size();
    bool sort_shown = std::find(names.begin(), names.end(), info.sort_metric) != names.end();
    if (!sort_shown && std::find(all.begin(), all.end(), info.sort_metric) != all.end()) names.push_back(info.sort_metric);
    const std::size_t visible = sort_shown ? shown : std::min(names.size(), shown + 1);
    for (const std::string& name : all)
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    const std::size_t first_metric = 3;  // id, actor, Arabic
    auto sort_column = std::find(names.begin(), names.end(), info.sort_metric);
    auto cls = [&](std::size_t i) { return i < visible ? std::string() : std::string(" class=\"extra\""); };
    const std::size_t hidden = names.size() - visible;
    if (hidden > 0)
        out << "<p><button type=\"button\" id=\"toggle-columns\" data-more=\"Show all " << names.size() + 4
            << " columns\" data-less=\"Show the main columns\">Show all " << names.size() + 4 << " columns</button></p>\n";
    out << "<div class=\"table-scroll\">\n<table class=\"sortable" << (hidden > 0 ? " compact" : "") << "\" id=\"actors\"";
    if (sort_column != names.end()) out << " data-sort-column=\"" << first_metric + (sort_column - names.begin()) << "\"";
    out << ">\n<thead><tr><th data-type=\"text\">id</th><th data-type=\"text\">actor</th>"
           "<th data-type=\"text\">Arabic</th>";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const GlossaryEntry entry = glossary_entry(names[i]);
        out << "<th data-type=\"number\"" << cls(i);
        if (!entry.explanation.empty()) out << " title=\"" << xml_escape(entry.explanation) << "\"";
        out << ">" << xml_escape(names[i]) << "</th>";
    }
    out << "<th data-type=\"number\" title=\"" << xml_escape(glossary_entry("alliance").explanation)
        << "\">alliance</th></tr></thead>\n<tbody>\n";
    for (graphs::Vertex v = 0; v < n; ++v) {
        const graphs::Actor& actor = graph.graph[v];
        const int cluster = metrics.cluster.empty() ? -1 : metrics.cluster[v];
        out << "<tr data-order=\"" << v << "\" data-id=\"" << xml_escape(actor.id) << "\" data-en=\""
            << xml_escape(actor_label(actor, LabelLanguage::en)) << "\" data-ar=\"" << xml_escape(actor.label_ar)
            << "\"><td><code>" << xml_escape(actor.id) << "</code></td><td>"
            << xml_escape(actor_label(actor, LabelLanguage::en)) << "</td><td dir=\"rtl\" lang=\"ar\">"
            << xml_escape(actor.label_ar) << "</td>";
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string& name = names[i];
            double x = 0.0;
            if (name == "mentions" && !metrics.actor_values[v].count(name)) {
                x = static_cast<double>(actor.mentions);
            } else {
                auto value = metrics.actor_values[v].find(name);
                if (value == metrics.actor_values[v].end())
                    throw Error("report: actor '" + actor.id + "' has no value for metric '" + name + "'");
                x = value->second;
            }
            out << "<td class=\"number" << (i < visible ? "" : " extra") << "\" data-value=\"" << format_number(x)
                << "\" title=\"" << format_number(x) << "\">" << display_number(x) << "</td>";
        }
        out << "<td class=\"number\" data-value=\"" << displayed_cluster(cluster) << "\">"
            << (cluster < 0 ? std::string("–") : std::to_string(displayed_cluster(cluster))) << "</td></tr>\n";
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
            out << "<li><strong>Alliance " << displayed_cluster(cluster.id) << "</strong>: ";
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
            << relation << "\" data-source=\"" << xml_escape(source) << "\" data-target=\"" << xml_escape(target)
            << "\" data-relation=\"" << relation << "\" data-weight=\"" << format_number(stats.weight)
            << "\" data-documents=\"" << stats.documents << "\"><summary>" << actor_html(graph, source) << "<span class=\"" << relation << "\">"
            << arrow(row.relation) << relation << arrow(row.relation) << "</span>" << actor_html(graph, target)
            << ": weight <span title=\"" << format_number(stats.weight) << "\">" << display_number(stats.weight)
            << "</span>, " << stats.mentions << " mentions in " << stats.documents << " documents</summary>\n";
        write_evidence_list(out, events, stats.evidence, info, true);
        out << "</details>\n";
    }
}

// Every figure of the page with its explanation and reference.
void write_glossary(std::ostringstream& out, const graphs::Metrics& metrics) {
    std::vector<std::string> names{"alliance"};
    if (!metrics.actor_values.empty())
        for (const auto& [name, value] : metrics.actor_values.front()) names.push_back(name);
    for (const auto& [name, value] : metrics.summary) names.push_back(name);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    out << "<h2 id=\"glossary\">Glossary</h2>\n<dl class=\"glossary\">\n";
    for (const std::string& name : names) {
        const GlossaryEntry entry = glossary_entry(name);
        if (entry.explanation.empty()) continue;
        out << "<dt id=\"g-" << xml_escape(name) << "\">" << xml_escape(name) << "</dt><dd>" << xml_escape(entry.explanation);
        if (!entry.reference.empty()) out << " <span class=\"ref\">(" << xml_escape(entry.reference) << ")</span>";
        out << "</dd>\n";
    }
    out << "</dl>\n";
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
    // Scripts: only the page's own, by hash; no network, no plugins, no forms.
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src " << report_script_hash() << "; img-src data:; "
           "base-uri 'none'; form-action 'none'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"" << xml_escape(info.generator) << "\">\n"
        << "<title>" << xml_escape(info.title) << "</title>\n<style>" << report_style_sheet << "</style>\n</head>\n<body>\n"
        << "<h1>" << xml_escape(info.title) << "</h1>\n<p class=\"meta\">";
    if (!info.input.empty()) out << "Input: <bdi>" << xml_escape(info.input) << "</bdi> · ";
    out << n << " actors, " << events.size() << " events · " << xml_escape(info.generator) << "</p>\n";

    if (!metrics.summary.empty()) {
        out << "<dl class=\"summary\">\n";
        for (const auto& [name, value] : metrics.summary)
            out << "<div><dt>" << glossary_name(name) << "</dt><dd title=\"" << format_number(value) << "\">"
                << display_number(value) << "</dd></div>\n";
        out << "</dl>\n";
    }

    out << "<h2 id=\"graph\">Graph</h2>\n";
    const auto svg_start = svg.find("<svg");
    if (svg_start == std::string::npos) {
        out << "<p>No image was rendered.</p>\n";
    } else {
        out << "<div class=\"controls\">\n<span>Relations:</span>";
        for (Relation r : all_relations) {
            const std::string name(relation_name(r));
            out << "<label class=\"" << name << "\"><input type=\"checkbox\" data-relation=\"" << name
                << "\" checked> " << name << "</label>";
        }
        out << "\n<label>min. weight <input type=\"number\" id=\"min-weight\" value=\"0\" min=\"0\" step=\"any\"></label>"
            << "<label>min. documents <input type=\"number\" id=\"min-docs\" value=\"0\" min=\"0\" step=\"1\"></label>\n"
            << "<label>actor <input type=\"search\" id=\"actor-search\" placeholder=\"English or Arabic\"></label>\n"
            << "<span><button type=\"button\" id=\"zoom-in\">+</button><button type=\"button\" id=\"zoom-out\">−</button>"
               "<button type=\"button\" id=\"zoom-reset\">reset</button></span>\n</div>\n"
            << "<p class=\"source\">Scroll to zoom, drag to pan; click an actor for its ties, allies and enemies, "
               "or a tie for its evidence.</p>\n"
            << "<div class=\"graph-area\">\n<figure class=\"graph\" id=\"graph-view\">\n" << svg.substr(svg_start)
            << "</figure>\n<aside class=\"panel\" id=\"panel\" aria-live=\"polite\"><p>Click an actor or a tie.</p></aside>\n</div>\n";
    }

    out << "<h2 id=\"actors-heading\">Actors</h2>\n<p>Click a column heading to sort; hover over it for what it means.</p>\n";
    write_actor_table(out, graph, metrics, info);
    out << "<h2 id=\"alliances\">Alliances</h2>\n";
    write_alliances(out, graph, metrics, events, info);
    out << "<h2 id=\"relations\">Relations and evidence</h2>\n";
    write_relations(out, graph, events, info);
    write_glossary(out, metrics);
    out << "<script>" << report_script << "</script>\n</body>\n</html>\n";
    return out.str();
}

}  // namespace actorgraph::engine
