// Escaping and number formatting shared by the renderers and file formats:
// every exported text goes through one of these, so quoting rules live in
// one place and numbers print the same way everywhere (locale-independent).
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::engine {

// Shortest text that reads back as the same double (std::to_chars), e.g.
// "0.25", "3", "1e-07"; "nan"/"inf" for non-finite values. O(1).
std::string format_number(double value);

// `value` with exactly `decimals` digits after the point, locale-independent
// ("0.70", "1234.5"): stable text for DOT sizes and display. O(1).
std::string format_fixed(double value, int decimals);

// `value` with &, <, >, " and ' replaced by entities; C0 control characters
// other than tab, newline and carriage return (not allowed in XML 1.0) are
// dropped. Valid for XML/HTML text and attribute values. O(n).
std::string xml_escape(std::string_view value);

// A DOT double-quoted string for an escString attribute (label, tooltip,
// id): quotes and backslashes are escaped, so Graphviz's \N, \n, \l ...
// sequences cannot be smuggled in through actor names; a newline becomes
// Graphviz's \n line break, CR and tab become spaces, other control
// characters are dropped. Includes the surrounding quotes. O(n).
std::string dot_quote(std::string_view value);

// One RFC 4180 field: quoted (with doubled quotes) when it contains a
// comma, quote, CR or LF, else as is. O(n).
std::string csv_field(std::string_view value);

// Every CSV file the project writes starts with this UTF-8 byte order mark:
// without it Excel reads the file as the local code page and Arabic labels
// turn to mojibake. (The project's readers skip it.)
inline constexpr std::string_view csv_bom = "\xEF\xBB\xBF";

// A number in a CSV cell: rounded to 6 significant digits, for reading in a
// spreadsheet (graph.json keeps the exact values).
std::string csv_number(double value);

}  // namespace actorgraph::engine
