#include "extract/model/features.hpp"
#include "common/fnv.hpp"

#include <algorithm>
#include <array>

#include "extract/rules/argument_search.hpp"
#include "extract/rules/modality.hpp"
#include "extract/text/utf8_repair.hpp"

namespace actorgraph::extract {

namespace {

constexpr std::size_t max_between_words = 8;  // words between the two read one by one; farther is "bw:far"
constexpr std::size_t max_stem_bytes = 24;    // a word feature keeps its first 12 letters

// Builds names in one buffer and passes each once to the sink.
class Writer {
public:
    explicit Writer(FeatureSink& sink) : sink_(sink) {}
    template <typename... Parts>
    void add(const Parts&... parts) {
        name_.clear();
        (append(parts), ...);
        const std::uint64_t h = hash(name_);
        if (std::find(seen_.begin(), seen_.end(), h) != seen_.end()) return;
        seen_.push_back(h);
        sink_.add(name_);
    }

private:
    void append(std::string_view s) { name_ += s; }
    void append(char c) { name_ += c; }
    void append(std::size_t n) { name_ += std::to_string(n); }
    static std::uint64_t hash(std::string_view s) { return fnv1a(s); }
    FeatureSink& sink_;
    std::string name_;
    std::vector<std::uint64_t> seen_;
};

// A word without its proclitics, cut to max_stem_bytes (on a character boundary).
std::string_view stem(const SentenceView& v, std::size_t t) {
    return utf8_prefix(v.proclitics(t).stem, max_stem_bytes);
}

std::string_view distance_bucket(std::size_t words) {
    static constexpr std::array<std::string_view, 8> names{"0", "1", "2", "3-4", "3-4", "5-7", "5-7", "5-7"};
    if (words < names.size()) return names[words];
    return words <= 12 ? "8-12" : "13+";
}

std::string_view count_bucket(std::size_t n, std::size_t cap) {
    static constexpr std::array<std::string_view, 4> names{"0", "1", "2", "3"};
    return n < cap ? names[std::min<std::size_t>(n, 3)] : (cap == 2 ? "2+" : "3+");
}

const char* relation_tag(Relation r) { return relation_name(r).data(); }

// The kind of participant: what stood for the actor in the text.
void participant_type(const SentenceView& v, const Participant& p, char role, Writer& w) {
    if (p.reference) {
        static constexpr std::array<std::string_view, 5> kinds{"", "elided_subject", "pronoun", "both_sides", "anaphor"};
        w.add("type", role, ":ref_", kinds[p.reference]);
        return;
    }
    const ActorMention& m = v.mentions[static_cast<std::size_t>(p.mention)];
    static constexpr std::array<std::string_view, 5> modifiers{"", "place", "origin", "thing", "unresolved"};
    if (m.modifier) w.add("type", role, ":modifier_", modifiers[static_cast<std::size_t>(m.modifier_kind)]);
    if (m.nisba) w.add("type", role, ":nisba");
    static constexpr std::array<std::string_view, 5> generic{"", "nisba", "place", "context", "fallback"};
    if (m.generic != GenericResolution::none) w.add("type", role, ":generic_by_", generic[static_cast<std::size_t>(m.generic)]);
    if (m.pronoun) w.add("type", role, ":pronoun");
    if (m.prep) w.add("type", role, ":proclitic_", std::string_view(&m.prep, 1));
    if (m.group >= 0 && v.groups[static_cast<std::size_t>(m.group)].size() > 1) w.add("type", role, ":list");
    if (v.data->depth[m.actor] > 0) w.add("type", role, ":part");  // a person, branch or faction of the actor
    if (p.first > v.first && v.is_word(p.first - 1) && v.marker(p.first - 1, MarkerKind::host))
        w.add("type", role, ":host");
}

// The word before a participant (a preposition, a cue, a noun it depends on).
void word_before(const SentenceView& v, const Participant& p, char role, Writer& w) {
    std::size_t t = p.first;
    while (t > v.first && !v.is_word(t - 1) && !rules::is_comma(v, t - 1)) --t;
    if (t == v.first) w.add("prev", role, ":^");
    else if (!v.is_word(t - 1)) w.add("prev", role, ":,");
    else w.add("prev", role, ":", stem(v, t - 1));
}

// Words between token ranges [a_first, a_last) and [b_first, b_last), whichever comes first.
std::size_t words_apart(const SentenceView& v, std::uint32_t a_first, std::uint32_t a_last, std::uint32_t b_first,
                        std::uint32_t b_last) {
    const std::uint32_t from = a_last <= b_first ? a_last : b_last, to = a_last <= b_first ? b_first : a_first;
    std::size_t n = 0;
    for (std::uint32_t t = from; t < to; ++t) n += v.is_word(t);
    return n;
}

std::string_view closeness(std::size_t words) {
    if (words == 0) return "0";
    if (words == 1) return "1";
    if (words <= 3) return "2-3";
    return words <= 6 ? "4-6" : "7+";
}

// Where a participant stands from the cue: "b1" (one word before it), "a0" (right after).
std::string where_from_cue(const SentenceView& v, const CueMention& c, const Participant& p) {
    std::string out(p.first < c.first ? "b" : "a");
    out += closeness(words_apart(v, c.first, c.last, p.first, p.last));
    return out;
}

// Whether p stands inside a relative clause or a parenthesis opened before it in
// its clause ("تركيا التي تدعم الفصائل"، "(الولايات المتحدة وروسيا)").
void embedding(const SentenceView& v, const Participant& p, char role, Writer& w) {
    for (std::size_t t = p.first; t-- > v.first;) {
        if (!v.is_word(t)) {
            const std::int32_t ch = (*v.tokens)[t].ch;
            if (ch == '(') {
                w.add("in", role, ":parenthesis");
                return;
            }
            if (ch == ')' || rules::is_comma(v, t)) return;
            continue;
        }
        if (v.mention(t) >= 0 && static_cast<std::uint32_t>(v.mention(t)) != static_cast<std::uint32_t>(p.mention) &&
            v.mentions[static_cast<std::size_t>(v.mention(t))].last <= p.first)
            continue;
        if (v.marker(t, MarkerKind::relative)) {
            w.add("in", role, ":relative");
            return;
        }
    }
}

// Reported speech: "قالت إسرائيل إن إيران أطلقت صواريخ": a speech verb and أن / إن before
// the cue, its speaker named right after or before it. Whether the speaker is one of
// the pair (a party's own report, or its accusation of the other), and whether the
// reported clause opens with a pronoun for the speaker ("إنها قصفت": its own act).
void reported_speech(const SentenceView& v, const CueMention& cue, const Participant& s, const Participant& t,
                     const std::vector<Participant>& participants, Writer& w) {
    constexpr std::size_t window = 12;  // words back from the cue to the speech verb
    const Lexicon::Data& d = *v.data;
    std::size_t that = v.last;  // the أن / إن word (or a pronoun on it) between
    for (std::size_t k = cue.first, words = 0; k-- > v.first && words < window;) {
        if (!v.is_word(k)) continue;
        ++words;
        if (v.marker(k, MarkerKind::clause) || v.is(k, WordClass::pronoun_preposition)) that = std::min(that, k);
        if (!v.stem_is(k, StemClass::speech) || that == v.last || that < k)
            continue;
        // The speaker: the participant nearest the verb, after it (VSO) or right before it (SVO).
        const Participant* speaker = nullptr;
        for (const Participant& p : participants)
            if ((p.first > k && p.first < that) || (p.last <= k && k - p.last <= 1)) {
                if (!speaker || (p.first > k && (speaker->first < k || p.first < speaker->first))) speaker = &p;
            }
        if (!speaker) {
            w.add("reported:unnamed");
            return;
        }
        const std::uint32_t top = d.top[speaker->actor];
        const bool self = v.is(that, WordClass::pronoun_preposition);
        if (top == d.top[s.actor] || top == d.top[t.actor])
            w.add("reported:by_party", self ? "_self" : "_other", top == d.top[s.actor] ? ":S" : ":T");
        else
            w.add("reported:by_third");
        return;
    }
}

// Whether another participant stands between the cue and p (p is not the cue's nearest on its side).
bool blocked_from_cue(const CueMention& c, const Participant& p, const std::vector<Participant>& participants) {
    for (const Participant& o : participants) {
        if (&o == &p || (o.first == p.first && o.actor == p.actor)) continue;
        if (p.first >= c.last ? (o.first >= c.last && o.last <= p.first) : (o.last <= c.first && o.first >= p.last))
            return true;
    }
    return false;
}

// A list member stands where its whole list stands ("شنت الولايات المتحدة وبريطانيا
// وفرنسا غارات": فرنسا is the verb's subject as much as the first member), unless the
// other side of the pair is in the same list or inside its span. O(list length).
Participant as_constituent(const SentenceView& v, const Participant& p, const Participant& other) {
    if (p.mention < 0) return p;
    const std::int32_t g = v.mentions[static_cast<std::size_t>(p.mention)].group;
    Participant out = p;
    if (g >= 0)
        for (const std::uint32_t m : v.groups[static_cast<std::size_t>(g)]) {
            out.first = std::min(out.first, v.mentions[m].first);
            out.last = std::max(out.last, v.mentions[m].last);
        }
    if (other.last > out.first && other.first < out.last) return p;
    return out;
}

}  // namespace

void candidate_features(const SentenceView& v, const std::vector<Participant>& participants,
                        const std::vector<RuleEvent>& rule_events, const Candidate& c,
                        const DocumentContext& doc, FeatureSink& sink) {
    Writer w(sink);
    const Lexicon::Data& d = *v.data;
    const Participant& source = participants[c.source];
    const Participant& target = participants[c.target];
    const Participant s = as_constituent(v, source, target), t = as_constituent(v, target, source);
    const bool directed = relation_is_directed(c.relation);
    const bool source_first = s.first <= t.first;
    const Participant& x = source_first ? s : t;  // the one first in the text
    const Participant& y = source_first ? t : s;
    // The order of a directed pair conjoined to what depends on it.
    const std::string_view order = directed ? (source_first ? ":ST" : ":TS") : "";
    const char first_role = directed ? (source_first ? 'S' : 'T') : 'X';
    const char second_role = directed ? (source_first ? 'T' : 'S') : 'Y';

    w.add("bias");
    if (c.rule_event >= 0) {
        w.add("rule:", rule_events[static_cast<std::size_t>(c.rule_event)].rule);
        w.add("rule:any");
    } else if (c.rule_reversed) {
        w.add("rule_reversed:any");
    } else {
        w.add("rule:none");
    }
    if (doc.rule_elsewhere) w.add("doc:rule_elsewhere");
    w.add("doc:sentences_", count_bucket(doc.sentences, 3));
    w.add("doc:sentence_", doc.sentence_rank == 0 ? "lead" : doc.sentence_rank < 3 ? "early" : "later");

    // Cues of this relation, and of the others, by where they stand (near the pair only).
    const std::uint32_t from = x.first > cue_window ? x.first - cue_window : 0;
    auto first_cue = std::lower_bound(v.cues.begin(), v.cues.end(), from,
                                      [](const CueMention& m, std::uint32_t k) { return m.first < k; });
    for (auto cue = first_cue; cue != v.cues.end() && cue->first < y.last + cue_window; ++cue) {
        const CueMention& cm = *cue;
        const CueEntry& e = d.cues[cm.cue];
        const std::string_view pos = cm.last <= x.first ? "@before" : cm.first >= y.last ? "@after" : "@between";
        if (e.relation == c.relation) {
            w.add("cue:", e.id, pos, order);
            w.add("cw:", stem(v, cm.first), pos, order);
            if (rules::verbal_attack(v, cm)) w.add("cue_in_words", pos);
        } else {
            w.add("other_cue:", relation_tag(e.relation), pos);
        }
    }

    // What separates the two.
    std::size_t words = 0, others = 0, commas = 0;
    bool relative = false, clause = false;
    for (std::size_t k = x.last; k < y.first; ++k) {
        if (!v.is_word(k)) {
            if (rules::is_comma(v, k)) ++commas;
            continue;
        }
        ++words;
        if (v.marker(k, MarkerKind::relative)) relative = true;
        if (v.marker(k, MarkerKind::clause)) clause = true;
    }
    for (const Participant& p : participants)
        if (p.first >= x.last && p.last <= y.first && &p != &source && &p != &target) ++others;
    w.add("dist:", distance_bucket(words));
    // The shape of the construction around the cue: where each side stands from it, and
    // whether another actor stands between (a cue links its nearest arguments).
    {
        const CueMention& cm = v.cues[c.cue];
        const CueEntry& ce = d.cues[cm.cue];
        static constexpr std::array<std::string_view, 5> types{"verb", "passive", "noun", "prep", "ally"};
        const std::string_view type = types[static_cast<std::size_t>(ce.type)];
        const std::string ws = where_from_cue(v, cm, s), wt = where_from_cue(v, cm, t);
        w.add("shape:", type, ":S", ws, ":T", wt);
        w.add("shape_cue:", ce.id, ":S", ws.substr(0, 1), ":T", wt.substr(0, 1));
        const bool bs = blocked_from_cue(cm, s, participants), bt = blocked_from_cue(cm, t, participants);
        w.add("blocked:", bs ? "S" : "", bt ? "T" : "", !bs && !bt ? "none" : "");
        reported_speech(v, cm, s, t, participants, w);
    }
    w.add("between_actors:", count_bucket(others, 3));
    w.add("between_commas:", count_bucket(commas, 2));
    if (relative) w.add("between:relative");
    if (clause) w.add("between:clause");
    if (words <= max_between_words) {
        for (std::size_t k = x.last; k < y.first; ++k)
            if (v.is_word(k) && v.mention(k) < 0) w.add("bw:", stem(v, k), order);
    } else {
        w.add("bw:far");
    }

    embedding(v, x, first_role, w);
    embedding(v, y, second_role, w);
    if (x.mention >= 0 && y.mention >= 0) {
        const ActorMention& mx = v.mentions[static_cast<std::size_t>(x.mention)];
        const ActorMention& my = v.mentions[static_cast<std::size_t>(y.mention)];
        if (mx.group >= 0 && mx.group == my.group) w.add("same_list");
    }
    word_before(v, x, first_role, w);
    word_before(v, y, second_role, w);
    participant_type(v, source_first ? source : target, first_role, w);
    participant_type(v, source_first ? target : source, second_role, w);

    const std::string& sa = d.actors[d.top[s.actor]].id;
    const std::string& ta = d.actors[d.top[t.actor]].id;
    if (directed) {
        w.add("pair:", sa, ">", ta);
        w.add("source:", sa);
        w.add("target:", ta);
    } else {
        w.add("pair:", std::min(sa, ta), "|", std::max(sa, ta));
    }
    if (c.negated) w.add("negated");
    if (c.speculative) w.add("speculative");
    if (c.claimed) w.add("claimed");
    if (rules::withdrawn(v, v.cues[c.cue])) w.add("withdrawn");
    w.add("sentence_words:", v.words < 15 ? "short" : v.words < 40 ? "medium" : "long");
    w.add("participants:", count_bucket(participants.size() - 2, 3));
}

}  // namespace actorgraph::extract
