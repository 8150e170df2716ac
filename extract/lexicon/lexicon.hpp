// The lexicons: actors, relation cues and function words as JSON data
// (extract/data/*.json, documented in extract/data/README.md), compiled into
// the binary and replaceable with --lexicon-dir.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/embedded_file.hpp"

namespace actorgraph::extract {

struct ActorEntry {
    std::string id;        // e.g. "putin"
    std::string label_en;  // "Vladimir Putin"
    std::string label_ar;  // "فلاديمير بوتين"
    std::string parent;    // "russia"; "" for a top-level actor
    std::vector<std::string> forms;  // surface forms as written in the JSON
    // When non-empty, a mention only counts if one of these actors (by top-level id)
    // is named within 3 words after it: bare "الميليشيات" is Shia only in "الميليشيات التابعة لإيران".
    std::vector<std::string> qualified_by;
    // For a country: the actor that acts for it (its government). A place
    // mention ("من العراق") gives a later bare "الحكومة" this actor, and a
    // country coordinated with a state ("الروس والسوريين") stands for it.
    std::string government;
    // The country whose context the actor belongs to (an actor id: "syria" for the
    // regime, the opposition and the SDF); inherited from the parent when empty.
    std::string country;
    // A generic word ("المتمردون"، "النظام"، "التحالف") stands for an actor by the
    // country in context: country id -> actor id, or every country's government
    // (resolve_by_government); `fallback` when no country fits ("" drops the mention).
    std::vector<std::pair<std::string, std::string>> resolve_by_country;
    bool resolve_by_government = false;
    std::string fallback;
};

// One JSON document and the name its errors give (a file name).
struct LexiconDocument {
    std::string_view text;
    std::string name;
};

// The three documents of a lexicon: actors.json, cues.json, words.json.
struct LexiconSources {
    LexiconDocument actors, cues, words;
};

class Lexicon {
public:
    // The lexicons compiled into the binary.
    static std::shared_ptr<const Lexicon> builtin();
    // The built-in document of that file name ("actors.json", "cues.json",
    // "words.json"), named by it.
    static LexiconDocument builtin_document(std::string_view file_name);
    // Parses and validates the documents; errors name the document (and the
    // line and column of a JSON syntax error).
    static std::shared_ptr<const Lexicon> from_json(const LexiconSources& sources);

    const std::vector<ActorEntry>& actors() const;  // sorted by id
    const ActorEntry* find(std::string_view id) const;  // nullptr if unknown
    // The root of `id`'s hierarchy ("putin" -> "russia"); id itself if top-level.
    const std::string& top_level(std::string_view id) const;

    struct Data;  // the compiled matching tables, private to extract/
    const Data& data() const { return *data_; }
    explicit Lexicon(std::unique_ptr<Data> data);
    ~Lexicon();

private:
    std::unique_ptr<Data> data_;
};

// Files embedded from extract/data (actors.json, cues.json, ...).
const std::vector<EmbeddedFile>& embedded_lexicon_files();

}  // namespace actorgraph::extract
