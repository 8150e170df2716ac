#include "engine/render/compare_html.hpp"

#include "common/rounding.hpp"
#include "engine/formats/text_escape.hpp"
#include "engine/formats/cluster_numbers.hpp"

namespace actorgraph::engine {

std::string comparison_to_html(const ComparedSets& sets, const graphs::GraphComparison& comparison,
                               const std::string& diff_svg) {
    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n<title>Comparison: " +
            xml_escape(sets.before_name) + " &#8594; " + xml_escape(sets.after_name) +
            "</title>\n<style>\n"
            "body{font-family:'Noto Sans','Noto Sans Arabic',sans-serif;margin:2em auto;max-width:1200px;color:#222}\n"
            "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;"
            "vertical-align:top}th{background:#f3f3f3}\n"
            ".num{text-align:right}.new{color:#2e7d32}.vanished{color:#757575}.strengthened{color:#1565c0}"
            ".weakened{color:#ef6c00}\n"
            ".evidence{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.05em;margin:.2em 0}\n"
            ".graph svg{max-width:100%;height:auto}\n</style>\n</head>\n<body>\n";
    html += "<h1>Comparison</h1>\n<p>Before: <b>" + xml_escape(sets.before_name) + "</b> (" +
            xml_escape(describe_articles(sets.before.record)) + ") &#8594; after: <b>" + xml_escape(sets.after_name) +
            "</b> (" + xml_escape(describe_articles(sets.after.record)) + ").";
    if (sets.before.record.articles && sets.after.record.articles)
        html += " Weights per 100 articles compare sets of different sizes; a relation is strengthened or weakened "
                "by its weight per 100 articles, and vanished when it is absent after.";
    html += "</p>\n";

    html += "<h2>Largest changes</h2>\n";
    const std::vector<std::string> largest = largest_changes(sets, comparison);
    if (largest.empty()) html += "<p>No relation changed.</p>\n";
    else {
        html += "<ol class=\"largest\">\n";
        for (const std::string& line : largest) html += "<li>" + xml_escape(line) + "</li>\n";
        html += "</ol>\n";
    }

    html += "<h2>Summary</h2>\n<table><tr><th>figure</th><th>before</th><th>after</th><th>change</th></tr>\n";
    for (const graphs::SummaryChange& change : comparison.summary)
        html += "<tr><td>" + xml_escape(change.key) + "</td><td class=\"num\">" + format_number(change.before) +
                "</td><td class=\"num\">" + format_number(change.after) + "</td><td class=\"num\">" +
                format_number(clean_sum(change.after - change.before)) + "</td></tr>\n";
    html += "</table>\n";

    html += "<h2>Diff</h2>\n<div class=\"graph\">\n";
    const std::size_t svg_start = diff_svg.find("<svg");
    html += svg_start == std::string::npos ? "<p>(no image)</p>" : diff_svg.substr(svg_start);
    html += "</div>\n";

    html += "<h2>Relations</h2>\n";
    if (comparison.relations.empty()) html += "<p>No relation changed.</p>\n";
    else {
        html += "<p>Largest absolute change first.</p>\n<table><tr><th>change</th><th>source</th><th>relation</th>"
                "<th>target</th><th>weight before</th><th>weight after</th><th>difference</th>"
                "<th>per 100 articles before</th><th>per 100 articles after</th><th>articles before</th>"
                "<th>articles after</th><th>evidence</th></tr>\n";
        for (const graphs::RelationChange& change : comparison.relations) {
            const std::string kind(graphs::change_kind_name(change.kind));
            html += "<tr><td class=\"" + kind + "\">" + kind + "</td><td>" + xml_escape(change.source) + "</td><td>" +
                    std::string(relation_name(change.relation)) + "</td><td>" + xml_escape(change.target) +
                    "</td><td class=\"num\">" + format_number(change.weight_before) +
                    "</td><td class=\"num\">" + format_number(change.weight_after) + "</td><td class=\"num\">" +
                    format_number(clean_sum(change.change())) + "</td><td class=\"num\">" +
                    format_number(round_significant(change.per100_before, 3)) + "</td><td class=\"num\">" +
                    format_number(round_significant(change.per100_after, 3)) + "</td><td class=\"num\">" +
                    std::to_string(change.documents_before) + "</td><td class=\"num\">" +
                    std::to_string(change.documents_after) + "</td><td>";
            for (const extract::Event* event : evidence_of(explaining_side(sets, change), change.source,
                                                           change.target, change.relation, sets.max_evidence))
                html += "<p class=\"evidence\" dir=\"rtl\" lang=\"ar\">" + xml_escape(event->text) +
                        "</p><small>" + xml_escape(event->doc) + (event->date.empty() ? "" : ", " + xml_escape(event->date)) +
                        "</small>";
            html += "</td></tr>\n";
        }
        html += "</table>\n";
    }

    html += "<h2>Rank changes (" + xml_escape(comparison.rank_metric) + ")</h2>\n";
    if (comparison.ranks.empty()) html += "<p>No rank changed.</p>\n";
    else {
        html += "<table><tr><th>actor</th><th>rank before</th><th>rank after</th><th>value before</th>"
                "<th>value after</th></tr>\n";
        auto rank_text = [](int rank) { return rank == 0 ? std::string("&#8211;") : std::to_string(rank); };
        for (const graphs::RankChange& rank : comparison.ranks)
            html += "<tr><td>" + xml_escape(rank.actor) + "</td><td class=\"num\">" + rank_text(rank.rank_before) +
                    "</td><td class=\"num\">" + rank_text(rank.rank_after) + "</td><td class=\"num\">" +
                    format_number(rank.value_before) + "</td><td class=\"num\">" +
                    format_number(rank.value_after) + "</td></tr>\n";
        html += "</table>\n";
    }

    html += "<h2>Alliance changes</h2>\n";
    if (comparison.cluster_changes.empty()) html += "<p>No actor changed alliance.</p>\n";
    else {
        html += "<table><tr><th>actor</th><th>cluster before</th><th>cluster after</th></tr>\n";
        for (const graphs::ClusterChange& change : comparison.cluster_changes)
            html += "<tr><td>" + xml_escape(change.actor) + "</td><td class=\"num\">" +
                    std::to_string(displayed_cluster(change.cluster_before)) + "</td><td class=\"num\">" +
                    std::to_string(displayed_cluster(change.cluster_after)) + "</td></tr>\n";
        html += "</table>\n";
    }
    auto actor_list = [](const std::vector<std::string>& ids) {
        std::string out;
        for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + xml_escape(id);
        return out.empty() ? std::string("none") : out;
    };
    html += "<p>Actors only after: " + actor_list(comparison.actors_added) + ". Actors only before: " +
            actor_list(comparison.actors_removed) + ".</p>\n</body>\n</html>\n";
    return html;
}

}  // namespace actorgraph::engine
