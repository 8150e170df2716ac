// A gold file (../shared/gold/GUIDELINES.md, "Gold files"): one triple a
// line, `doc source relation target status [evidence]`, tab-separated; `#`
// at the start of a line makes it a comment; blank lines are skipped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>


namespace actorgraph::extract {
class Lexicon;
}

namespace actorgraph::engine {

struct GoldTriple {
    std::string doc;       // file name or TREC <DOCNO>, as written
    std::string source;
    std::string relation;  // support, conflict or negotiation
    std::string target;
    std::string evidence;  // "" when the column is absent
    std::size_t line = 0;  // 1-based line in the file
};

struct GoldSet {
    std::string file_name;            // names the file in messages
    std::vector<GoldTriple> gold;     // status `gold`: must be found, in file order
    std::vector<GoldTriple> ignore;   // status `ignore`: counts neither way, in file order
    // Documents annotated as having no triple ("# DOC: no relation between canonical
    // actors"): not scored (score.py does not know them), but a trainer's negatives.
    std::vector<std::string> empty_documents;
    // Actors the file's annotators scored besides the canonical 19, declared in a comment
    // line "# actors: lna gna egypt" (an analyst's own conflict); sorted, unique.
    std::vector<std::string> declared_actors;
    // Whether `id` is scored: canonical, or declared.
    bool scores_actor(std::string_view id) const;
};

// Parses the whole text of a gold file. Throws Error "FILE:LINE: problem" on
// a line with fewer than 5 columns, an empty doc, an actor id that is not
// [a-z0-9_]+, a relation or a status it does not know. Ids need not be
// canonical (ignore lines name other actors too). O(size of the text).
GoldSet parse_gold_file(std::string_view text, const std::string& file_name);

// Throws Error "FILE:LINE: unknown actor \"xyz\"" for the first id of `gold`
// (gold and ignore lines) that `lexicon` does not know.
void check_gold_actors(const GoldSet& gold, const extract::Lexicon& lexicon);

}  // namespace actorgraph::engine
