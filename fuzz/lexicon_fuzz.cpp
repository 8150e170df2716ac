// libFuzzer target: the lexicon loader. The input is actors.json, a NUL
// byte, then cues.json (without a NUL, the built-in cues.json is used). A
// lexicon that loads must also drive the extractor on a fixed sentence.
#include "fuzz/fuzz_support.hpp"

#include "common/error.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon/lexicon.hpp"

namespace actorgraph::fuzz {

inline std::string_view builtin_lexicon_file(std::string_view name) {
    for (const EmbeddedFile& file : extract::embedded_lexicon_files())
        if (std::string_view(file.name) == name) return file.bytes;
    throw Violation("built-in lexicon file missing");
}

inline void lexicon_body(std::string_view input) {
    const std::size_t nul = input.find('\0');
    const std::string_view actors = input.substr(0, nul);
    const std::string_view cues = nul == std::string_view::npos ? builtin_lexicon_file("cues.json") : input.substr(nul + 1);
    try {
        const auto lexicon = extract::Lexicon::from_json(
            {{actors, "actors.json"}, {cues, "cues.json"}, extract::Lexicon::builtin_document("words.json")});
        for (const extract::ActorEntry& actor : lexicon->actors()) {
            require(lexicon->find(actor.id) == &actor, "lexicon: find returns the entry");
            require(lexicon->find(lexicon->top_level(actor.id)) != nullptr, "lexicon: top level is an actor");
        }
        const extract::Extractor extractor(lexicon);
        extract::Article article;
        article.doc = article.path = "fixed.txt";
        article.text = "شنت الطائرات الروسية غارات على مواقع المعارضة. وتدعم إيران النظام السوري.";
        extractor.extract(article);
    } catch (const Error&) {
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::lexicon_body)
