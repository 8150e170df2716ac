#include "extract/extractor.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

#include "common/error.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/rules/relation_rules.hpp"
#include "extract/lexicon/sentence_view.hpp"
#include "extract/text/sentences.hpp"
#include "extract/text/tokenizer.hpp"

namespace actorgraph::extract {

namespace {

// FNV-1a over the normalised words of a sentence: a repeated paragraph
// (same words, whatever the spacing or harakat) hashes the same.
std::uint64_t sentence_hash(const std::string& norm, const std::vector<Token>& tokens, std::size_t first,
                            std::size_t last) {
    std::uint64_t h = 1469598103934665603ULL;
    for (std::size_t t = first; t < last; ++t) {
        if (tokens[t].kind != TokenKind::word) continue;
        for (std::uint32_t b = tokens[t].nb; b < tokens[t].ne; ++b) {
            h ^= static_cast<unsigned char>(norm[b]);
            h *= 1099511628211ULL;
        }
        h ^= 0x20;
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {
    if (!lexicon_) throw Error("extractor: no lexicon");
}

ArticleResult Extractor::extract(const Article& article) const {
    ArticleResult result;
    const Lexicon::Data& data = lexicon_->data();
    const NormalizedText norm = normalize(article.text);
    const std::vector<Token> tokens = tokenize(norm);
    const auto sentences = split_sentences(norm, tokens);
    std::unordered_set<std::uint64_t> seen;
    std::vector<std::size_t> mention_counts(data.actors.size(), 0);
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto [first, last] = sentences[si];
        std::size_t words = 0;
        for (std::size_t t = first; t < last; ++t) words += tokens[t].kind == TokenKind::word;
        // Repeated sentences (a paragraph printed twice) count once; short
        // ones ("خاتمة") are headings and may legitimately repeat.
        if (words >= 4 && !seen.insert(sentence_hash(norm.text, tokens, first, last)).second) continue;
        const SentenceView view = build_sentence_view(norm.text, tokens, first, last, data);
        for (const auto& m : view.mentions) ++mention_counts[m.actor];
        const std::vector<RuleEvent> rule_events = apply_rules(view);
        if (rule_events.empty()) continue;
        const std::size_t ob = tokens[first].ob, oe = tokens[last - 1].oe;
        std::vector<std::tuple<std::string, int, std::string>> done;
        for (const RuleEvent& re : rule_events) {
            Event e;
            e.doc = article.doc;
            e.path = article.path;
            e.title = article.title;
            e.date = article.date;
            e.sentence = si;
            e.begin = article.text_offset + ob;
            e.end = article.text_offset + oe;
            e.source_entity = data.actors[re.source].id;
            e.target_entity = data.actors[re.target].id;
            e.source = data.actors[data.top[re.source]].id;
            e.target = data.actors[data.top[re.target]].id;
            const CueMention& cm = view.cues[re.cue];
            const CueEntry& ce = data.cues[cm.cue];
            e.relation = ce.relation;
            e.weight = ce.weight;
            e.negated = re.negated;
            e.speculative = re.speculative;
            e.rule = std::string(re.rule);
            e.cue = article.text.substr(tokens[cm.first].ob, tokens[cm.last - 1].oe - tokens[cm.first].ob);
            // One event per (source, relation, target) and sentence; an asserted reading beats a hedged one.
            // The sentence text is copied only for a kept event: copying it for every candidate is
            // quadratic on a long one-line file (a 4 MB line took a minute).
            const auto key = std::make_tuple(e.source, static_cast<int>(e.relation), e.target);
            const auto it = std::find(done.begin(), done.end(), key);
            if (it != done.end()) {
                Event& prev = result.events[result.events.size() - done.size() + static_cast<std::size_t>(it - done.begin())];
                if (prev.hedged() && !e.hedged()) {
                    e.text = std::move(prev.text);  // same sentence
                    prev = std::move(e);
                }
                continue;
            }
            e.text = article.text.substr(ob, oe - ob);
            done.push_back(key);
            result.events.push_back(std::move(e));
        }
    }
    std::stable_sort(result.events.begin(), result.events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.sentence, a.begin, a.source, a.relation, a.target) <
               std::tie(b.sentence, b.begin, b.source, b.relation, b.target);
    });
    for (std::size_t i = 0; i < mention_counts.size(); ++i)
        if (mention_counts[i]) result.mentions.emplace_back(data.actors[i].id, mention_counts[i]);
    return result;
}

}  // namespace actorgraph::extract
