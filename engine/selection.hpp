// Which articles a run keeps: --from/--to (article dates), --about (actors
// the extractor found in the article) and --match (a normalised word of the
// text). Pure functions over articles and their extraction results; the
// pipeline applies them per article (engine/pipeline.cpp).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.hpp"

namespace actorgraph::engine {

struct Selection {
    std::string from, to;              // ISO YYYY-MM-DD, inclusive; "" = no bound
    std::vector<std::string> about;    // lexicon ids: the actors asked for and all their factions, sorted
    std::vector<std::string> about_names;  // as given, for the summary
    std::string match;                 // normalised (extract::normalize_form); "" = no word asked for
    bool dated() const { return !from.empty() || !to.empty(); }
    bool active() const { return dated() || !about.empty() || !match.empty(); }
};

// Why an article was left out; kept when none applies.
enum class Verdict { kept, undated, outside_dates, no_word, no_actor };

// The name the summary and the corpus counts use ("undated", "outside --from/--to", ...).
const char* verdict_name(Verdict verdict);

// The checks that need only the article (dates, then word): before extraction.
Verdict check_article(const Selection& selection, const extract::Article& article);

// The check that needs its actor mentions (--about): after extraction.
Verdict check_mentions(const Selection& selection, const extract::ArticleResult& extracted);

// Whether `date` is a real calendar date written YYYY-MM-DD.
bool is_iso_date(const std::string& date);

// Normalised `word` is in normalised `text`: for a Latin (ASCII) word as a
// whole word, for an Arabic one anywhere (clitics attach to Arabic words).
bool text_has_word(const std::string& normalized_text, const std::string& normalized_word);

// Lexicon ids (already resolved) with all their factions and people, sorted:
// an article about a faction of Russia is about Russia.
std::vector<std::string> with_descendants(const std::vector<std::string>& ids, const extract::Lexicon& lexicon);

// " (N articles left out: 3 undated, ...)" or "" when none was.
std::string selection_summary(const std::map<std::string, std::size_t>& excluded);

}  // namespace actorgraph::engine
