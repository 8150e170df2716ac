#include "engine/training/judgments.hpp"

#include <sstream>

#include "common/error.hpp"
#include "common/relation.hpp"

namespace actorgraph::engine {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t')) out.push_back(field);
    if (!line.empty() && line.back() == '\t') out.emplace_back();
    return out;
}

}  // namespace

std::vector<Judgment> parse_judgments(std::string_view text, const std::string& file_name) {
    std::vector<Judgment> out;
    std::istringstream in{std::string(text)};
    std::string line;
    std::size_t n = 0;
    bool header = false;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::vector<std::string> c = split_tabs(line);
        const std::string where = file_name + ":" + std::to_string(n) + ": ";
        if (!header) {
            if (c.size() < 6 || c[0] != "doc" || c[1] != "begin" || c[5] != "verdict")
                throw Error(where + "expected the header doc, begin, source, relation, target, verdict");
            header = true;
            continue;
        }
        if (c.size() < 6) throw Error(where + "expected at least 6 tab-separated columns, found " + std::to_string(c.size()));
        Judgment j;
        j.doc = c[0];
        j.line = n;
        if (j.doc.empty()) throw Error(where + "empty doc");
        if (c[1].empty() || c[1].find_first_not_of("0123456789") != std::string::npos)
            throw Error(where + "begin must be a byte offset, got \"" + c[1] + "\"");
        j.begin = static_cast<std::size_t>(std::stoull(c[1]));
        j.source = c[2];
        j.relation = c[3];
        j.target = c[4];
        if (!parse_relation(j.relation)) throw Error(where + "unknown relation \"" + j.relation + "\"");
        if (c[5] != "correct" && c[5] != "wrong" && c[5] != "hedged")
            throw Error(where + "unknown verdict \"" + c[5] + "\" (correct, wrong or hedged)");
        j.correct = c[5] == "correct";
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace actorgraph::engine
