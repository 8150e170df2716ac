#include "extract/references/references.hpp"

#include <algorithm>

namespace actorgraph::extract {

namespace {

constexpr std::size_t subject_window = 4;    // words at a sentence's start where its subject stands
constexpr std::size_t sentences_back = 3;    // how far back a subject is still the topic
constexpr std::size_t max_both_sides = 4;    // "the two sides" resolved per sentence (bounds a run-on's cost)
constexpr std::size_t max_pronouns = 8;      // attached pronouns resolved per sentence (likewise)

// The first participant within the sentence's first words, or -1.
std::int32_t subject_of(const SentenceView& v) {
    std::size_t words = 0;
    for (std::size_t t = v.first; t < v.last && words < subject_window; ++t) {
        if (!v.is_word(t)) continue;
        ++words;
        const std::int32_t m = v.mention(t);
        if (m >= 0 && !v.mentions[static_cast<std::size_t>(m)].modifier)
            return static_cast<std::int32_t>(v.mentions[static_cast<std::size_t>(m)].actor);
    }
    return -1;
}

// The first word of the sentence, or v.last.
std::size_t first_word(const SentenceView& v) {
    for (std::size_t t = v.first; t < v.last; ++t)
        if (v.is_word(t)) return t;
    return v.last;
}

// The participant nearest before token t, or -1. After a participle or linking cue
// ("الفصائل الموالية لها"، "المتحالفة معها") the noun it describes is not what the
// pronoun stands for, so the participant right before that cue is passed over.
std::int32_t antecedent_before(const SentenceView& v, std::size_t t) {
    std::size_t skip_before = v.last;  // a participant ending at or right before this token is the described noun
    if (t > v.first && v.cue(t - 1) >= 0) {
        const CueMention& c = v.cues[static_cast<std::size_t>(v.cue(t - 1))];
        const CueType type = v.data->cues[c.cue].type;
        if (type == CueType::passive || type == CueType::prep) skip_before = c.first;
    }
    for (std::size_t k = v.mentions.size(); k-- > 0;) {
        const ActorMention& m = v.mentions[k];
        if (m.modifier || m.last > t) continue;
        if (skip_before != v.last && m.last <= skip_before && skip_before - m.last <= 1) {
            skip_before = v.last;  // pass over the described noun once
            continue;
        }
        return static_cast<std::int32_t>(m.actor);
    }
    return -1;
}

// The first token of the sentence's first participant, or v.last.
std::size_t first_participant(const SentenceView& v) {
    for (const ActorMention& m : v.mentions)
        if (!m.modifier) return m.first;
    return v.last;
}

Participant reference(std::uint32_t actor, std::size_t t, ReferenceKind kind) {
    Participant p;
    p.actor = actor;
    p.first = static_cast<std::uint32_t>(t);
    p.last = static_cast<std::uint32_t>(t + 1);
    p.reference = static_cast<std::uint8_t>(kind);
    return p;
}

// The anaphor targets of word t ("التنظيم"، "للتنظيم"), or nullptr.
const std::vector<std::uint32_t>* anaphor_targets(const SentenceView& v, std::size_t t) {
    // Only words have stem classes, so a non-word stops at the first test.
    if (!v.stem_is(t, StemClass::maybe_anaphor) || v.mention(t) >= 0 || v.cue(t) >= 0) return nullptr;
    const Proclitics& p = v.proclitics(t);
    const auto& table = v.data->anaphora;
    return p.article_from_lam ? table.find(std::string(v.affixes().article) + std::string(p.stem)) : table.find(p.stem);
}

// Whether actor a is one of `targets` or a part of one.
bool among(const Lexicon::Data& d, std::uint32_t a, const std::vector<std::uint32_t>& targets) {
    for (std::int32_t cur = static_cast<std::int32_t>(a); cur >= 0; cur = d.parent[static_cast<std::size_t>(cur)])
        if (std::find(targets.begin(), targets.end(), static_cast<std::uint32_t>(cur)) != targets.end()) return true;
    return false;
}

}  // namespace

std::vector<std::vector<Participant>> resolve_references(const std::vector<const SentenceView*>& views) {
    std::vector<std::vector<Participant>> out(views.size());
    std::int32_t topic = -1;             // the subject still in force
    std::size_t topic_sentence = 0;
    std::vector<std::uint32_t> named;    // top-level actors in the order last named, most recent last
    for (std::size_t i = 0; i < views.size(); ++i) {
        const SentenceView& v = *views[i];
        const Lexicon::Data& d = *v.data;
        if (topic >= 0 && i - topic_sentence > sentences_back) topic = -1;
        const std::size_t opener = first_word(v);
        const std::int32_t own = subject_of(v);
        std::int32_t subject = own;
        if (own < 0 && topic >= 0 && opener < v.last && v.stem_is(opener, StemClass::speech)) {
            out[i].push_back(reference(static_cast<std::uint32_t>(topic), opener, ReferenceKind::elided_subject));
            subject = topic;
        }
        // A cue's attached pronoun before the sentence's first participant stands for the topic
        // (after one, the rules read it: "X، التي تدعمها Y").
        const std::size_t before = first_participant(v);
        if (topic >= 0)
            for (const CueMention& c : v.cues)
                if (c.first < before && c.object_suffix)
                    out[i].push_back(reference(static_cast<std::uint32_t>(topic), c.last - 1, ReferenceKind::pronoun));
        // A possessed noun or a preposition with a pronoun (قواته، الموالية لها، معها) stands for the
        // participant before it in the sentence, else for the topic.
        std::size_t pronouns = 0;
        for (std::size_t t = v.first; t < v.last && pronouns < max_pronouns; ++t) {
            if (v.mention(t) >= 0 || v.cue(t) >= 0) continue;
            if (!v.is(t, WordClass::pronoun_preposition) && !v.stem_is(t, StemClass::possessed_pronoun)) continue;
            ++pronouns;
            std::int32_t actor = antecedent_before(v, t);
            if (actor < 0) actor = topic;
            if (actor >= 0) out[i].push_back(reference(static_cast<std::uint32_t>(actor), t, ReferenceKind::pronoun));
        }
        std::size_t both_sides_found = 0;
        for (std::size_t t = v.first; t < v.last && both_sides_found < max_both_sides; ++t) {
            if (!v.stem_is(t, StemClass::both_sides) || v.mention(t) >= 0) continue;
            ++both_sides_found;
            // The last two distinct actors named before it, in this sentence or earlier ones.
            std::vector<std::uint32_t> recent = named;
            for (const ActorMention& m : v.mentions)
                if (!m.modifier && m.first < t) recent.push_back(d.top[m.actor]);
            std::vector<std::uint32_t> two;
            for (std::size_t k = recent.size(); k-- > 0 && two.size() < 2;)
                if (std::find(two.begin(), two.end(), recent[k]) == two.end()) two.push_back(recent[k]);
            if (two.size() == 2)
                for (std::uint32_t a : two) out[i].push_back(reference(a, t, ReferenceKind::both_sides));
        }
        // "التنظيم"، "الحزب": the last actor named that the noun may stand for, in this sentence
        // before it or in the sentences_back before.
        std::size_t anaphors = 0;
        for (std::size_t t = v.first; t < v.last && anaphors < max_pronouns; ++t) {
            const std::vector<std::uint32_t>* targets = anaphor_targets(v, t);
            if (!targets) continue;
            ++anaphors;
            std::int32_t found = -1;
            for (std::size_t back = 0; back <= sentences_back && back <= i && found < 0; ++back) {
                const SentenceView& u = *views[i - back];
                for (std::size_t k = u.mentions.size(); k-- > 0 && found < 0;)
                    if ((back > 0 || u.mentions[k].last <= t) && !u.mentions[k].modifier && among(d, u.mentions[k].actor, *targets))
                        found = static_cast<std::int32_t>(u.mentions[k].actor);
            }
            if (found >= 0) out[i].push_back(reference(static_cast<std::uint32_t>(found), t, ReferenceKind::anaphor));
        }
        for (const ActorMention& m : v.mentions) {
            if (m.modifier) continue;
            const std::uint32_t top = d.top[m.actor];
            named.erase(std::remove(named.begin(), named.end(), top), named.end());
            named.push_back(top);
        }
        if (subject >= 0) {
            topic = subject;
            topic_sentence = i;
        }
    }
    return out;
}

}  // namespace actorgraph::extract
