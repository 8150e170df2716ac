#include "extract/extractor.hpp"
#include "common/fnv.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_set>

#include "common/error.hpp"
#include "extract/lexicon/lexicon_data.hpp"
#include "extract/lexicon/sentence_view.hpp"
#include "extract/model/candidates.hpp"
#include "extract/model/features.hpp"
#include "extract/references/generic_words.hpp"
#include "extract/references/references.hpp"
#include "extract/rules/relation_rules.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/sentences.hpp"
#include "extract/text/tokenizer.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::size_t why_features = 3;   // features named in an event's "why"
constexpr std::size_t min_repeat_words = 4;  // shorter sentences ("خاتمة") are headings and may repeat

// FNV-1a over the normalised words of a sentence: a repeated paragraph
// (same words, whatever the spacing or harakat) hashes the same.
std::uint64_t sentence_hash(const std::string& norm, const std::vector<Token>& tokens, std::size_t first,
                            std::size_t last) {
    std::uint64_t h = fnv_offset;
    for (std::size_t t = first; t < last; ++t) {
        if (tokens[t].kind != TokenKind::word) continue;
        h = fnv_mix(h, std::string_view(norm).substr(tokens[t].nb, tokens[t].ne - tokens[t].nb));
        h = fnv_mix(h, " ");
    }
    return h;
}

// One sentence through the stages.
struct SentenceWork {
    std::size_t index = 0;  // in the article
    SentenceView view;
    std::vector<RuleEvent> rule_events;
    std::vector<Participant> participants;
    std::vector<Candidate> candidates;
    std::vector<DocumentContext> contexts;  // per candidate
};

// The article through the stages. Views point into `norm` and `tokens`, so an
// Analysis is built in place and never moved.
struct Analysis {
    NormalizedText norm;
    std::vector<Token> tokens;
    std::vector<SentenceWork> sentences;  // repeated sentences left out
    std::vector<std::size_t> mention_counts;
};

void analyse(const Article& article, const Lexicon::Data& data, Analysis& a) {
    a.norm = normalize(article.text);
    a.tokens = tokenize(a.norm);
    const auto spans = split_sentences(a.norm, a.tokens);
    std::unordered_set<std::uint64_t> seen;
    a.mention_counts.assign(data.actors.size(), 0);
    for (std::size_t si = 0; si < spans.size(); ++si) {
        const auto [first, last] = spans[si];
        std::size_t words = 0;
        for (std::size_t t = first; t < last; ++t) words += a.tokens[t].kind == TokenKind::word;
        // Repeated sentences (a paragraph printed twice) count once.
        if (words >= min_repeat_words && !seen.insert(sentence_hash(a.norm.text, a.tokens, first, last)).second)
            continue;
        SentenceWork w;
        w.index = si;
        w.view = build_sentence_view(a.norm.text, a.tokens, first, last, data);
        a.sentences.push_back(std::move(w));
    }
    // The article as a whole: generic words by its countries, then references across sentences.
    std::vector<SentenceView*> views;
    for (SentenceWork& w : a.sentences) views.push_back(&w.view);
    resolve_generic_mentions(views);
    for (SentenceWork& w : a.sentences) {
        for (const auto& m : w.view.mentions)
            if (m.modifier_kind != ModifierKind::unresolved) ++a.mention_counts[m.actor];
        w.rule_events = apply_rules(w.view);
    }
    const std::vector<std::vector<Participant>> references =
        resolve_references(std::vector<const SentenceView*>(views.begin(), views.end()));
    for (std::size_t i = 0; i < a.sentences.size(); ++i) {
        SentenceWork& w = a.sentences[i];
        w.participants = sentence_participants(w.view, references[i]);
        w.candidates = sentence_candidates(w.view, w.participants, w.rule_events);
    }
}

// How often, and whether by a rule, the article links each pair so (DocumentContext).
void document_contexts(Analysis& a, const Lexicon::Data& d) {
    using Key = std::tuple<std::uint32_t, std::uint32_t, int>;
    const auto key_of = [&](const SentenceWork& w, const Candidate& c) {
        std::uint32_t s = d.top[w.participants[c.source].actor], t = d.top[w.participants[c.target].actor];
        if (!relation_is_directed(c.relation) && t < s) std::swap(s, t);
        return Key{s, t, static_cast<int>(c.relation)};
    };
    std::map<Key, std::pair<std::uint32_t, std::uint32_t>> counts;  // sentences, of which with a rule
    for (const SentenceWork& w : a.sentences)
        for (const Candidate& c : w.candidates) {
            auto& [n, ruled] = counts[key_of(w, c)];
            ++n;
            if (c.rule_event >= 0) ++ruled;
        }
    for (SentenceWork& w : a.sentences) {
        w.contexts.clear();
        for (const Candidate& c : w.candidates) {
            const auto& [n, ruled] = counts[key_of(w, c)];
            w.contexts.push_back({n, ruled > (c.rule_event >= 0 ? 1u : 0u), static_cast<std::uint32_t>(w.index)});
        }
    }
}

// The event of candidate c of sentence w (confidence and why are the caller's).
Event make_event(const Article& article, const Analysis& a, const SentenceWork& w, const Candidate& c,
                 const Lexicon::Data& data) {
    Event e;
    e.doc = article.doc;
    e.path = article.path;
    e.title = article.title;
    e.date = article.date;
    e.sentence = w.index;
    const std::size_t ob = a.tokens[w.view.first].ob, oe = a.tokens[w.view.last - 1].oe;
    e.begin = article.text_offset + ob;
    e.end = article.text_offset + oe;
    std::uint32_t source = w.participants[c.source].actor, target = w.participants[c.target].actor;
    if (c.rule_event >= 0) {
        // The rule's own mentions name the entities most precisely.
        source = w.rule_events[static_cast<std::size_t>(c.rule_event)].source;
        target = w.rule_events[static_cast<std::size_t>(c.rule_event)].target;
        e.rule = std::string(w.rule_events[static_cast<std::size_t>(c.rule_event)].rule);
    } else {
        e.rule = "model";
    }
    e.source_entity = data.actors[source].id;
    e.target_entity = data.actors[target].id;
    e.source = data.actors[data.top[source]].id;
    e.target = data.actors[data.top[target]].id;
    const CueMention& cm = w.view.cues[c.cue];
    const CueEntry& ce = data.cues[cm.cue];
    e.relation = c.relation;
    e.weight = ce.weight;
    e.negated = c.negated;
    e.speculative = c.speculative;
    e.claimed = c.claimed;
    e.cue = article.text.substr(a.tokens[cm.first].ob, a.tokens[cm.last - 1].oe - a.tokens[cm.first].ob);
    e.text = article.text.substr(ob, oe - ob);
    return e;
}

void sort_events(std::vector<Event>& events) {
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.sentence, a.begin, a.source, a.relation, a.target) <
               std::tie(b.sentence, b.begin, b.source, b.relation, b.target);
    });
}

// The features that pushed a candidate's score up most, strongest first (ties by name).
std::vector<std::string> strongest_features(const RelationModel& model, Relation r, const FeatureNames& names) {
    std::vector<std::pair<double, std::string>> scored;
    for (const std::string& f : names.names)
        if (const double w = model.weight(r, f); w > 0) scored.emplace_back(-w, f);
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < why_features; ++i) out.push_back(scored[i].second);
    return out;
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RelationModel> model,
                     std::optional<double> min_confidence)
    : lexicon_(std::move(lexicon)), model_(std::move(model)) {
    if (!lexicon_) throw Error("extractor: no lexicon");
    if (!model_) throw Error("extractor: no relation model");
    for (Relation r : all_relations)
        min_confidence_[static_cast<std::size_t>(r)] = min_confidence ? *min_confidence : model_->threshold(r);
}

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, std::nullptr_t) : lexicon_(std::move(lexicon)) {
    if (!lexicon_) throw Error("extractor: no lexicon");
}

Extractor Extractor::rules_only(std::shared_ptr<const Lexicon> lexicon) { return Extractor(std::move(lexicon), nullptr); }

ArticleResult Extractor::extract(const Article& article) const {
    const Lexicon::Data& data = lexicon_->data();
    Analysis a;
    analyse(article, data, a);
    document_contexts(a, data);
    ArticleResult result;
    FeatureHashes hashes;
    for (const SentenceWork& w : a.sentences) {
        for (std::size_t k = 0; k < w.candidates.size(); ++k) {
            const Candidate& c = w.candidates[k];
            double p = 1.0;
            if (!model_) {
                if (c.rule_event < 0) continue;
            } else if (model_->scores(c.relation)) {
                hashes.hashes.clear();
                candidate_features(w.view, w.participants, w.rule_events, c, w.contexts[k], hashes);
                // Rounded as events.jsonl writes it, so events read back pass the same thresholds.
                p = std::round(model_->probability(c.relation, hashes.hashes) * 1000.0) / 1000.0;
                if (p < min_confidence(c.relation)) continue;
            } else if (c.rule_event < 0) {
                continue;  // a relation the model has no weights for: its rules decide
            }
            Event e = make_event(article, a, w, c, data);
            e.confidence = p;
            if (model_ && model_->scores(c.relation)) {
                FeatureNames names;
                candidate_features(w.view, w.participants, w.rule_events, c, w.contexts[k], names);
                e.why = strongest_features(*model_, c.relation, names);
            } else {
                e.why = {"rule:" + e.rule};
            }
            result.events.push_back(std::move(e));
        }
    }
    sort_events(result.events);
    for (std::size_t i = 0; i < a.mention_counts.size(); ++i)
        if (a.mention_counts[i]) result.mentions.emplace_back(data.actors[i].id, a.mention_counts[i]);
    return result;
}

std::vector<CandidateRecord> Extractor::candidates(const Article& article) const {
    const Lexicon::Data& data = lexicon_->data();
    Analysis a;
    analyse(article, data, a);
    document_contexts(a, data);
    std::vector<CandidateRecord> out;
    for (const SentenceWork& w : a.sentences)
        for (std::size_t k = 0; k < w.candidates.size(); ++k) {
            FeatureNames names;
            candidate_features(w.view, w.participants, w.rule_events, w.candidates[k], w.contexts[k], names);
            out.push_back({make_event(article, a, w, w.candidates[k], data), std::move(names.names)});
        }
    return out;
}

}  // namespace actorgraph::extract
