#include "engine/formats/edge_list.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "common/error.hpp"

namespace actorgraph::engine {

namespace {

struct Field {
    std::string text;
    std::size_t column = 1;  // 1-based byte column where the field starts
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

class Reader {
public:
    Reader(std::string_view text, const std::string& file) : text_(text), file_(file) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
    }

    [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& message) const {
        throw Error(file_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
    }

    bool done() const { return pos_ >= text_.size(); }
    std::size_t line() const { return line_; }

    // Reads one record (a line, quotes may span lines) into fields.
    std::vector<Field> record() {
        std::vector<Field> fields;
        const std::size_t start_line = line_;
        std::size_t line_start = pos_;
        Field field;
        field.column = 1;
        bool quoted = false, was_quoted = false;
        std::string raw;
        while (true) {
            if (pos_ >= text_.size()) {
                if (quoted) fail(start_line, field.column, "unterminated quoted field");
                break;
            }
            char c = text_[pos_];
            if (quoted) {
                if (c == '"') {
                    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                        raw += '"';
                        pos_ += 2;
                        continue;
                    }
                    quoted = false;
                    ++pos_;
                    continue;
                }
                if (c == '\n') {
                    ++line_;
                    line_start = pos_ + 1;
                }
                raw += c;
                ++pos_;
                continue;
            }
            if (c == '"' && trim(raw).empty() && !was_quoted) {
                quoted = was_quoted = true;
                raw.clear();
                ++pos_;
                continue;
            }
            if (c == ',') {
                field.text = was_quoted ? raw : trim(raw);
                fields.push_back(field);
                raw.clear();
                was_quoted = false;
                ++pos_;
                field.column = pos_ - line_start + 1;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
                ++pos_;
                ++line_;
                break;
            }
            if (was_quoted && c != ' ' && c != '\t')
                fail(line_, pos_ - line_start + 1, "unexpected text after a quoted field");
            if (!was_quoted) raw += c;
            ++pos_;
        }
        field.text = was_quoted ? raw : trim(raw);
        fields.push_back(field);
        record_line_ = start_line;
        return fields;
    }

    std::size_t record_line() const { return record_line_; }

private:
    std::string_view text_;
    const std::string& file_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t record_line_ = 1;
};

bool blank(const std::vector<Field>& fields) { return fields.size() == 1 && fields[0].text.empty(); }

}  // namespace

EdgeListResult parse_edge_list(std::string_view csv, const std::string& file_name) {
    Reader reader(csv, file_name);
    EdgeListResult result;
    const std::string expected = "source,target,relation,weight or source,target,sign,weight";

    std::vector<Field> header;
    while (!reader.done()) {
        header = reader.record();
        if (!blank(header)) break;
        header.clear();
    }
    if (header.empty()) reader.fail(1, 1, "empty edge list: expected the header " + expected);
    const std::size_t header_line = reader.record_line();
    if (header.size() < 4)
        reader.fail(header_line, 1, "expected the header " + expected + ", found " + std::to_string(header.size()) +
                                        " columns");
    const char* names[4] = {"source", "target", nullptr, "weight"};
    for (int i : {0, 1, 3})
        if (lower(header[i].text) != names[i])
            reader.fail(header_line, header[i].column,
                        "expected header column '" + std::string(names[i]) + "', found '" + header[i].text + "'");
    std::string third = lower(header[2].text);
    if (third != "relation" && third != "sign")
        reader.fail(header_line, header[2].column, "expected header column 'relation' or 'sign', found '" +
                                                       header[2].text + "'");
    result.signed_columns = third == "sign";

    while (!reader.done()) {
        std::vector<Field> row = reader.record();
        if (blank(row)) continue;
        const std::size_t line = reader.record_line();
        if (row.size() != header.size())
            reader.fail(line, 1, "expected " + std::to_string(header.size()) + " columns, found " +
                                     std::to_string(row.size()));
        if (row[0].text.empty()) reader.fail(line, row[0].column, "empty source");
        if (row[1].text.empty()) reader.fail(line, row[1].column, "empty target");

        Relation relation = Relation::support;
        const std::string kind = lower(row[2].text);
        if (result.signed_columns) {
            if (kind == "+1" || kind == "1" || kind == "positive")
                relation = Relation::support;
            else if (kind == "-1" || kind == "negative")
                relation = Relation::conflict;
            else
                reader.fail(line, row[2].column,
                            "unknown sign '" + row[2].text + "' (expected +1, 1, -1, positive or negative)");
        } else {
            auto parsed = parse_relation(kind);
            if (!parsed)
                reader.fail(line, row[2].column,
                            "unknown relation '" + row[2].text + "' (expected " + relation_name_list() + ")");
            relation = *parsed;
        }

        const std::string& w = row[3].text;
        char* end = nullptr;
        errno = 0;
        double weight = w.empty() ? 0.0 : std::strtod(w.c_str(), &end);
        if (w.empty() || end != w.c_str() + w.size() || errno == ERANGE)
            reader.fail(line, row[3].column, "weight '" + w + "' is not a number");
        if (!std::isfinite(weight) || weight < 0.0)
            reader.fail(line, row[3].column, "weight '" + w + "' must be a finite number >= 0");

        if (row[0].text == row[1].text) {
            ++result.self_loops_dropped;
            continue;
        }
        graphs::Observation o;
        o.source = row[0].text;
        o.target = row[1].text;
        o.relation = relation;
        o.weight = weight;
        o.doc = file_name + ":" + std::to_string(line);
        o.evidence = result.observations.size();
        result.observations.push_back(std::move(o));
        result.lines.push_back(line);
    }
    return result;
}

}  // namespace actorgraph::engine
