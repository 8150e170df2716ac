#include "engine/evaluation/gold_file.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "engine/evaluation/scoring.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::engine {

namespace {

// Splits as Python's text mode reads (score.py): "\n", "\r\n" and a lone "\r"
// each end a line, so line numbers agree with the reference scorer's.
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\v\f") == std::string_view::npos; }

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> columns;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1)
        columns.push_back(line.substr(start, tab - start));
    columns.push_back(line.substr(start));
    return columns;
}

bool is_actor_id(std::string_view id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

}  // namespace

bool GoldSet::scores_actor(std::string_view id) const {
    return is_canonical_actor(id) || std::binary_search(declared_actors.begin(), declared_actors.end(), id);
}

GoldSet parse_gold_file(std::string_view text, const std::string& file_name) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
    GoldSet set;
    set.file_name = file_name;
    const std::vector<std::string_view> lines = split_lines(text);
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::string_view line = lines[n];
        if (line.substr(0, 9) == "# actors:") {
            for (std::size_t at = 9; at < line.size();) {
                const std::size_t begin = line.find_first_not_of(" \t,", at);
                if (begin == std::string_view::npos) break;
                std::size_t end = line.find_first_of(" \t,", begin);
                if (end == std::string_view::npos) end = line.size();
                const std::string id(line.substr(begin, end - begin));
                if (!is_actor_id(id))
                    throw Error(file_name + ":" + std::to_string(n + 1) + ": bad actor id \"" + id + "\" in \"# actors:\"");
                set.declared_actors.push_back(id);
                at = end;
            }
            std::sort(set.declared_actors.begin(), set.declared_actors.end());
            set.declared_actors.erase(std::unique(set.declared_actors.begin(), set.declared_actors.end()),
                                      set.declared_actors.end());
            continue;
        }
        if (!is_blank(line) && line.front() == '#') {
            // "# DOC: no relation between canonical actors": an annotated document with no triple.
            const std::size_t colon = line.find(": no relation");
            if (colon != std::string_view::npos && line.size() > 2 && line[1] == ' ' &&
                line.substr(2, colon - 2).find_first_of(" \t") == std::string_view::npos)
                set.empty_documents.emplace_back(line.substr(2, colon - 2));
            continue;
        }
        if (is_blank(line)) continue;
        const std::string where = file_name + ":" + std::to_string(n + 1) + ": ";
        const std::vector<std::string_view> columns = split_tabs(line);
        if (columns.size() < 5)
            throw Error(where + "expected at least 5 tab-separated columns, found " + std::to_string(columns.size()));
        GoldTriple triple{std::string(columns[0]), std::string(columns[1]), std::string(columns[2]),
                          std::string(columns[3]), columns.size() > 5 ? std::string(columns[5]) : std::string(),
                          n + 1};
        // Checked in column order, so the message names the leftmost problem.
        if (triple.doc.empty()) throw Error(where + "empty doc");
        if (!is_actor_id(triple.source)) throw Error(where + "bad actor id \"" + triple.source + "\"");
        if (!is_scored_relation(triple.relation))
            throw Error(where + "unknown relation \"" + triple.relation + "\" (support, conflict or negotiation)");
        if (!is_actor_id(triple.target)) throw Error(where + "bad actor id \"" + triple.target + "\"");
        const std::string_view status = columns[4];
        if (status == "gold")
            set.gold.push_back(std::move(triple));
        else if (status == "ignore")
            set.ignore.push_back(std::move(triple));
        else
            throw Error(where + "unknown status \"" + std::string(status) + "\" (gold or ignore)");
    }
    return set;
}

void check_gold_actors(const GoldSet& gold, const extract::Lexicon& lexicon) {
    std::vector<const GoldTriple*> in_file_order;
    for (const auto* triples : {&gold.gold, &gold.ignore})
        for (const GoldTriple& triple : *triples) in_file_order.push_back(&triple);
    std::sort(in_file_order.begin(), in_file_order.end(),
              [](const GoldTriple* a, const GoldTriple* b) { return a->line < b->line; });
    for (const GoldTriple* triple : in_file_order)
        for (const std::string* id : {&triple->source, &triple->target})
            if (!lexicon.find(*id))
                throw Error(gold.file_name + ":" + std::to_string(triple->line) + ": unknown actor \"" + *id + "\"");
}

}  // namespace actorgraph::engine
