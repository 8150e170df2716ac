#include "engine/evaluation/score_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "engine/formats/json_value.hpp"

namespace actorgraph::engine {

namespace {

// printf's %.3f and Python's :.3f both round the exact binary value, so the
// digits are score.py's.
std::string format(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string table_row(const std::string& relation, const Figures& f) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "%-12s%5zu%5zu%5zu%8.3f%8.3f%8.3f\n", relation.c_str(), f.tp, f.fp, f.fn,
                  f.precision, f.recall, f.f1);
    return buffer;
}

const char* const table_header = "relation       tp   fp   fn       P       R      F1\n";

// Sentences and evidence on one line of the listing.
std::string one_line(std::string text) {
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return text;
}

std::string triple_words(const TripleKey& t) {
    return t.doc + "  " + t.source + " " + t.relation + " " + t.target;
}

struct RuleGroup {
    std::string rule;
    std::vector<const FalsePositive*> false_positives;  // sorted by triple
};

// By count (most first), then by rule name.
std::vector<RuleGroup> group_by_rule(const std::vector<FalsePositive>& false_positives) {
    std::map<std::string, std::vector<const FalsePositive*>> by_rule;
    for (const FalsePositive& fp : false_positives) by_rule[fp.rule].push_back(&fp);
    std::vector<RuleGroup> groups;
    for (auto& [rule, members] : by_rule) groups.push_back({rule, std::move(members)});
    std::stable_sort(groups.begin(), groups.end(), [](const RuleGroup& a, const RuleGroup& b) {
        return a.false_positives.size() > b.false_positives.size();
    });
    return groups;
}

JsonObject figures_json(const std::vector<RelationFigures>& relations) {
    JsonObject out;
    for (const RelationFigures& row : relations) {
        const Figures& f = row.figures;
        out[row.relation] = JsonObject{{"tp", f.tp},         {"fp", f.fp},         {"fn", f.fn},
                                       {"precision", f.precision}, {"recall", f.recall}, {"f1", f.f1}};
    }
    return out;
}

JsonObject triple_json(const TripleKey& t) {
    return JsonObject{{"doc", t.doc}, {"source", t.source}, {"relation", t.relation}, {"target", t.target}};
}

}  // namespace

std::string score_table(const std::vector<RelationFigures>& relations) {
    std::string out = table_header;
    for (const RelationFigures& row : relations) out += table_row(row.relation, row.figures);
    return out;
}

std::string score_report_text(const Score& score, const std::vector<CurvePoint>& curve,
                              const ScoreReportContent& content) {
    std::string out;
    if (score.min_confidence > 0.0) out += format("triples with a confidence >= %.3f\n", score.min_confidence);
    out += score_table(score.relations);
    if (content.misses) {
        out += "\nmisses: " + std::to_string(score.misses.size()) + "\n";
        for (const Miss& miss : score.misses)
            out += "  " + triple_words(miss.triple) + "  (gold line " + std::to_string(miss.line) + ")  " +
                   one_line(miss.evidence) + "\n";
    }
    if (content.false_positives) {
        out += "\nfalse positives: " + std::to_string(score.false_positives.size()) + "\n";
        for (const RuleGroup& group : group_by_rule(score.false_positives)) {
            out += "rule " + (group.rule.empty() ? std::string("(none)") : group.rule) + ": " +
                   std::to_string(group.false_positives.size()) + "\n";
            for (const FalsePositive* fp : group.false_positives)
                out += "  " + triple_words(fp->triple) + "  confidence " + format("%.3f", fp->confidence) +
                       "  cue \"" + one_line(fp->cue) + "\"\n    " + one_line(fp->text) + "\n";
        }
    }
    if (content.curve) {
        out += "\nconfidence curve (a triple counts when the noisy-or of its events' confidences is >= t)\n";
        out += "t         " + std::string(table_header);
        for (const CurvePoint& point : curve)
            for (const RelationFigures& row : point.relations)
                out += format("%-10.1f", point.threshold) + table_row(row.relation, row.figures);
    }
    out += format("micro-F1 %.3f\n", score.micro().f1);
    return out;
}

std::string score_report_json(const Score& score, const std::vector<CurvePoint>& curve,
                              const ScoreReportContent& content) {
    JsonObject out{{"relations", figures_json(score.relations)}, {"micro_f1", score.micro().f1},
                   {"min_confidence", score.min_confidence}};
    if (content.misses) {
        JsonArray misses;
        for (const Miss& miss : score.misses) {
            JsonObject item = triple_json(miss.triple);
            item["evidence"] = miss.evidence;
            item["line"] = miss.line;
            misses.push_back(std::move(item));
        }
        out["misses"] = std::move(misses);
    }
    if (content.false_positives) {
        JsonArray groups;
        for (const RuleGroup& group : group_by_rule(score.false_positives)) {
            JsonArray items;
            for (const FalsePositive* fp : group.false_positives) {
                JsonObject item = triple_json(fp->triple);
                item["text"] = fp->text;
                item["cue"] = fp->cue;
                item["confidence"] = fp->confidence;
                item["triple_confidence"] = fp->triple_confidence;
                items.push_back(std::move(item));
            }
            groups.push_back(JsonObject{
                {"rule", group.rule}, {"count", group.false_positives.size()}, {"false_positives", std::move(items)}});
        }
        out["false_positives"] = std::move(groups);
    }
    if (content.curve) {
        JsonArray points;
        for (const CurvePoint& point : curve)
            points.push_back(JsonObject{{"threshold", point.threshold}, {"relations", figures_json(point.relations)}});
        out["curve"] = std::move(points);
    }
    return to_json_text(out);
}

}  // namespace actorgraph::engine
