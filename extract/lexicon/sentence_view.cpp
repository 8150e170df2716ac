#include "extract/lexicon/sentence_view.hpp"
#include "extract/text/char_classes.hpp"

#include <algorithm>

namespace actorgraph::extract {

namespace {

// Whether word t starts with a conjunction proclitic (و، ف).
bool has_conjunction(const SentenceView& v, std::size_t t) {
    return !conjunction_of(v.affixes(), v.word(t)).empty();
}

// A word that is no actor, cue, negation, speculation or relative pronoun
// (host nouns, clause openers and force words are fillers here).
bool is_filler(const SentenceView& v, std::size_t t) {
    constexpr std::uint16_t blocking = (1u << static_cast<int>(MarkerKind::negation)) |
                                      (1u << static_cast<int>(MarkerKind::negation_verb)) |
                                      (1u << static_cast<int>(MarkerKind::speculation)) |
                                      (1u << static_cast<int>(MarkerKind::relative));
    return t < v.last && v.is_word(t) && v.mention(t) < 0 && v.cue(t) < 0 && (v.markers[t - v.first] & blocking) == 0;
}


// Forward coordination from mention m: و/أو/comma joins, "و+noun (من)? X"
// (وقوات من حزب الله، ونظيره التركي), one definite adjective between, and
// origin phrases "X من Y وZ" whose actors become modifiers.
void gather_group(SentenceView& v, std::uint32_t m, std::int32_t g) {
    v.mentions[m].group = g;
    v.groups[static_cast<std::size_t>(g)].push_back(m);
    std::size_t pos = v.mentions[m].last;
    const Affixes& a = v.affixes();
    while (pos < v.last) {
        std::size_t p = pos;
        // Origin phrase after a member: "من العراق ولبنان".
        if (v.is(p, WordClass::from) && p + 1 < v.last && v.mention(p + 1) >= 0) {
            std::size_t q = p + 1;
            while (q < v.last && v.mention(q) >= 0) {
                auto& om = v.mentions[static_cast<std::size_t>(v.mention(q))];
                om.modifier = true;
                om.modifier_kind = ModifierKind::origin;
                q = om.last;
                if (q < v.last && v.mention(q) >= 0 && v.mentions[static_cast<std::size_t>(v.mention(q))].conj) continue;
                if (v.is(q, WordClass::and_word) && q + 1 < v.last && v.mention(q + 1) >= 0) { ++q; continue; }
                break;
            }
            pos = q;
            continue;
        }
        // One definite adjective may sit between members.
        if (is_filler(v, p) && starts_with(v.word(p), a.article) && !has_conjunction(v, p)) ++p;
        if (p >= v.last) break;
        std::size_t next = v.last;
        if (v.mention(p) >= 0 && v.mentions[static_cast<std::size_t>(v.mention(p))].conj) {
            next = p;
        } else if ((v.is(p, WordClass::and_word) || v.is(p, WordClass::or_word) ||
                    (!v.is_word(p) && (v.tokens->at(p).ch == 0x060C || v.tokens->at(p).ch == ','))) &&
                   p + 1 < v.last && v.mention(p + 1) >= 0) {
            next = p + 1;
        } else {
            // "و+noun (من)? X", also after a comma: "بوتين، ونظيره التركي".
            const bool comma = !v.is_word(p) && (v.tokens->at(p).ch == 0x060C || v.tokens->at(p).ch == ',');
            const std::size_t f = comma ? p + 1 : p;
            if (is_filler(v, f) && has_conjunction(v, f) && v.word(f).size() > 4) {
                if (f + 1 < v.last && v.mention(f + 1) >= 0) next = f + 1;
                else if (v.is(f + 1, WordClass::from) && f + 2 < v.last && v.mention(f + 2) >= 0) next = f + 2;
            }
        }
        if (next >= v.last) break;
        auto& nm = v.mentions[static_cast<std::size_t>(v.mention(next))];
        if (nm.group >= 0 || nm.first != next) break;
        nm.group = g;
        v.groups[static_cast<std::size_t>(g)].push_back(static_cast<std::uint32_t>(v.mention(next)));
        pos = nm.last;
    }
}

// A nisba adjective word: ends in ي or يه (روسي، التركية), and is not the actor's name (السعودية).
bool is_nisba_word(const Affixes& a, std::string_view w, const std::string& name) {
    return has_nisba_ending(a, w) && w != name &&
           !(name.size() > a.article.size() && starts_with(name, a.article) && w == name.substr(a.article.size()));
}

// A dateline at the sentence's start: "دبي، الإمارات العربية المتحدة (CNN)--": the country is
// where the report was filed, followed by "(" and an agency's Latin name.
bool dateline(const SentenceView& v, const ActorMention& m) {
    std::size_t words = 0;
    for (std::size_t t = v.first; t < m.first && words <= 2; ++t) words += v.is_word(t);
    if (words > 2 || m.last + 1 >= v.last || v.is_word(m.last) || (*v.tokens)[m.last].ch != '(') return false;
    const std::string_view next = v.word(m.last + 1);
    return !next.empty() && static_cast<unsigned char>(next[0]) < 0x80;
}

// Context checks on the mentions (see build_sentence_view); rebuilds mention_at.
void check_mentions(SentenceView& v) {
    const Lexicon::Data& d = *v.data;
    const Affixes& a = d.affixes;
    std::vector<ActorMention> kept;
    kept.reserve(v.mentions.size());
    for (std::size_t i = 0; i < v.mentions.size(); ++i) {
        ActorMention m = v.mentions[i];
        const auto& qual = d.qualifiers[m.actor];
        if (!qual.empty()) {
            bool ok = false;
            for (std::size_t t = m.last, w = 0; t < v.last && w < 3 && !ok; ++t) {
                if (!v.is_word(t)) {
                    if (is_clause_separator(v.tokens->at(t).ch)) break;
                    continue;
                }
                ++w;
                const std::int32_t q = v.mention(t);
                if (q < 0) continue;
                // Linked to the head: right after it (ميليشيات إيران), with ل/ب (التابعة لإيران),
                // after من (المدعومة من إيران) or after a cue (تديرها إيران).
                const auto& qm = v.mentions[static_cast<std::size_t>(q)];
                const bool linked = w == 1 || qm.prep == 'l' || qm.prep == 'b' ||
                                    (t > v.first && (v.is(t - 1, WordClass::from) || v.cue(t - 1) >= 0));
                if (linked)
                    for (auto top : qual) ok = ok || d.top[qm.actor] == top;
                break;
            }
            if (!ok) continue;
        }
        const std::size_t before = m.first > v.first ? m.first - 1 : v.last;
        // A place: "في سوريا"، "جنوب ليبيا"، "بشمال العراق"; also a ل-actor after a place noun and its
        // adjective ("السواحل الغربية لليمن").
        const bool place_noun_before =
            before != v.last && (v.is(before, WordClass::in) || v.marker(before, MarkerKind::place)) && !m.conj && m.prep == 0;
        const bool place_noun_of = m.prep == 'l' && before != v.last &&
                                   (v.marker(before, MarkerKind::place) ||
                                    (before > v.first && v.marker(before - 1, MarkerKind::place) && v.is_word(before) &&
                                     is_definite_nisba(a, v.word(before))));
        // A host noun's ب-actor is where it is: "ضربات ضد أهداف بسوريا"، "القوات الأمريكية بالعراق".
        const bool host_in = m.prep == 'b' && before != v.last && v.marker(before, MarkerKind::host) && !m.conj;
        if (place_noun_before || place_noun_of || host_in || dateline(v, m)) {
            m.modifier = true;
            m.modifier_kind = ModifierKind::place;
        }
        // One nisba word, or nisba words merged (الحدود السورية العراقية).
        // Every word a nisba: "ولي العهد السعودي" is a title, not an adjective.
        bool all_nisba = true;
        for (std::size_t t = m.first + 1; t < m.last && all_nisba; ++t)
            all_nisba = !v.is_word(t) || has_nisba_ending(a, v.word(t));
        if (m.prep == 0 && all_nisba && is_nisba_word(a, v.proclitics(m.first).stem, d.names[m.actor])) {
            m.nisba = true;
            // Find the head noun: walk back over other nisba adjectives (العدوان الثلاثي الأمريكي البريطاني).
            std::size_t t = m.first;
            bool head_ok = true;
            for (int steps = 0; steps < 4 && t > v.first; ++steps) {
                --t;
                if (!v.is_word(t)) break;  // after punctuation or at the start: a noun on its own
                if (v.cue(t) >= 0 || v.marker(t, MarkerKind::host)) break;
                const std::int32_t q = v.mention(t);
                const Proclitics& w = v.proclitics(t);
                if (q >= 0) {
                    if (!v.mentions[static_cast<std::size_t>(q)].nisba) break;
                    continue;
                }
                if (is_definite_nisba(a, w)) continue;
                // An action noun (تفعّل، انفعال، افتعال، استفعال: التمدد، الانتشار، الاحتلال) names the actor's act.
                if (stem_starts_with_any(a, w, a.action_noun_prefixes)) break;
                head_ok = false;
                break;
            }
            if (!head_ok) {
                m.modifier = true;
                m.modifier_kind = ModifierKind::thing;
            }
        }
        kept.push_back(m);
    }
    v.mentions = std::move(kept);
    std::fill(v.mention_at.begin(), v.mention_at.end(), -1);
    for (std::size_t i = 0; i < v.mentions.size(); ++i)
        for (std::size_t t = v.mentions[i].first; t < v.mentions[i].last; ++t)
            v.mention_at[t - v.first] = static_cast<std::int32_t>(i);
}

// Inserts mentions (one word each, on tokens no mention covers) in token order; rebuilds mention_at.
void insert_mentions(SentenceView& v, std::vector<ActorMention>& added) {
    if (added.empty()) return;
    v.mentions.insert(v.mentions.end(), added.begin(), added.end());
    std::stable_sort(v.mentions.begin(), v.mentions.end(),
                     [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
    std::fill(v.mention_at.begin(), v.mention_at.end(), -1);
    for (std::size_t i = 0; i < v.mentions.size(); ++i)
        for (std::size_t t = v.mentions[i].first; t < v.mentions[i].last; ++t)
            v.mention_at[t - v.first] = static_cast<std::int32_t>(i);
    added.clear();
}

// A mention on word t standing for actor `actor`, with the word's proclitics.
ActorMention reference_at(const SentenceView& v, std::size_t t, std::uint32_t actor) {
    ActorMention m;
    m.first = static_cast<std::uint32_t>(t);
    m.last = static_cast<std::uint32_t>(t + 1);
    m.actor = actor;
    const char prep = v.proclitics(t).preposition;
    m.prep = prep == 'b' || prep == 'l' ? prep : 0;
    return m;
}

// The pronoun attached to لكن (لكنها، ولكنه، لكنهم، لكنهما), or "" when w is not one.
std::string_view but_pronoun(const SentenceView& v, std::string_view w) {
    w = strip_conjunction(v.affixes(), w);
    for (const std::string& stem : v.data->but_stems) {
        if (!starts_with(w, stem)) continue;
        const std::string_view rest = w.substr(stem.size());
        if (is_any(rest, v.affixes().object_pronouns)) return rest;
    }
    return {};
}

// Whether word t carries a ل proclitic on a stem of at least two letters (المعارضين لنظام الأسد).
bool has_lam_prefix(const SentenceView& v, std::size_t t) {
    return t < v.last && v.is_word(t) && v.proclitics(t).preposition == 'l';
}

// An origin after من: "من العراق" (not an agent: "المدعومة من روسيا").
bool is_origin(const SentenceView& v, const ActorMention& m) {
    return m.first > v.first + 1 && v.is(m.first - 1, WordClass::from) && v.cue(m.first - 2) < 0;
}

// See build_sentence_view: pronouns on لكن. Bounded look-back.
// Returns whether mentions were added (the groups must then be rebuilt).
bool resolve_references(SentenceView& v) {
    const Lexicon::Data& d = *v.data;
    constexpr std::size_t pronoun_window = 12;  // words back
    std::vector<ActorMention> added;
    const std::size_t before = v.mentions.size();
    for (std::size_t t = v.first; t < v.last; ++t) {
        if (!v.is_word(t) || v.mention(t) >= 0 || v.cue(t) >= 0) continue;
        const std::string_view pronoun = but_pronoun(v, v.word(t));
        if (pronoun.empty()) continue;
        const bool singular = is_any(pronoun, d.affixes.singular_pronouns);
        for (std::size_t u = t, n = 0; u-- > v.first && n < pronoun_window;) {
            if (!v.is_word(u)) continue;
            ++n;
            const std::int32_t m = v.mention(u);
            if (m < 0 || v.mentions[static_cast<std::size_t>(m)].modifier) continue;
            if (is_origin(v, v.mentions[static_cast<std::size_t>(m)])) continue;
            // A singular pronoun (ه، ها) does not stand for a sound plural (السوريين، المسلحون).
            const std::string_view aw = v.word(v.mentions[static_cast<std::size_t>(m)].last - 1);
            if (singular && ends_with_any(aw, d.affixes.sound_plural_endings)) continue;
            ActorMention r = reference_at(v, t, v.mentions[static_cast<std::size_t>(m)].actor);
            r.prep = 0;
            r.pronoun = true;
            r.antecedent = v.mentions[static_cast<std::size_t>(m)].first;
            added.push_back(r);
            break;
        }
    }
    insert_mentions(v, added);
    return v.mentions.size() > before;
}

// After grouping: a pronoun stands for its antecedent's whole group; a country
// coordinated with a state (الروس والسوريين) is its government.
void finish_references(SentenceView& v) {
    const Lexicon::Data& d = *v.data;
    for (std::uint32_t i = 0; i < v.mentions.size(); ++i) {
        const ActorMention& p = v.mentions[i];
        if (!p.pronoun || p.group < 0) continue;
        const std::int32_t a = v.mention(p.antecedent);
        if (a < 0 || v.mentions[static_cast<std::size_t>(a)].group < 0) continue;
        const auto members = v.groups[static_cast<std::size_t>(v.mentions[static_cast<std::size_t>(a)].group)];
        for (auto m : members)
            if (m != static_cast<std::uint32_t>(a)) v.groups[static_cast<std::size_t>(p.group)].push_back(m);
    }
    for (const auto& g : v.groups) {
        if (g.size() < 2) continue;
        bool state = false;
        for (auto m : g) {
            const std::uint32_t top = d.top[v.mentions[m].actor];
            state = state || d.government[top] == static_cast<std::int32_t>(top);
        }
        if (!state) continue;
        for (auto m : g) {
            const std::int32_t gov = d.government[v.mentions[m].actor];
            // "السوريين الأكراد": a people qualified by another actor, not a state.
            const std::size_t after = v.mentions[m].last;
            if (after < v.last && v.mention(after) >= 0) continue;
            if (gov >= 0 && d.top[static_cast<std::size_t>(gov)] != d.top[v.mentions[m].actor])
                v.mentions[m].actor = static_cast<std::uint32_t>(gov);
        }
    }
}

}  // namespace


SentenceView build_sentence_view(const std::string& norm, const std::vector<Token>& tokens, std::size_t first,
                                 std::size_t last, const Lexicon::Data& data) {
    SentenceView v;
    v.norm = &norm;
    v.tokens = &tokens;
    v.data = &data;
    v.first = first;
    v.last = last;
    const std::size_t n = last - first;
    v.mention_at.assign(n, -1);
    v.cue_at.assign(n, -1);
    v.markers.assign(n, 0);
    v.word_bits.assign(n, 0);
    v.split.assign(n, Proclitics{});
    v.stem_bits.assign(n, 0);
    for (std::size_t t = first; t < last; ++t)
        if (tokens[t].kind == TokenKind::word) {
            const std::string_view w = v.word(t);
            v.word_bits[t - first] = data.word_class_bits(w);
            v.split[t - first] = split_proclitics(data.affixes, w);
            v.stem_bits[t - first] = data.stem_class_bits(v.split[t - first].stem);
            ++v.words;
        }
    const std::vector<Match> matches = find_matches(norm, tokens, first, last, data);
    std::size_t k = 0;
    std::size_t covered = first;  // tokens before this are taken by an actor or cue
    while (k < matches.size()) {
        const std::uint32_t start = matches[k].first;
        const Match* actor = nullptr;
        const Match* cue = nullptr;
        for (; k < matches.size() && matches[k].first == start; ++k) {
            const Match& m = matches[k];
            if (m.target.kind == FormTarget::Kind::actor) actor = &m;
            else if (m.target.kind == FormTarget::Kind::cue) cue = &m;
            else v.markers[start - first] |= static_cast<std::uint16_t>(1u << m.target.index);
        }
        if (start < covered) continue;
        if (cue && data.cues[cue->target.index].needs_lam_next && !has_lam_prefix(v, cue->last)) cue = nullptr;
        bool take_cue = cue != nullptr;
        if (actor && cue) {
            const auto la = actor->last - actor->first, lc = cue->last - cue->first;
            take_cue = lc > la || (lc == la && data.cues[cue->target.index].needs_lam_next);
        }
        if (take_cue) {
            CueMention c;
            c.first = cue->first;
            c.last = cue->last;
            c.cue = cue->target.index;
            c.prep = cue->prep;
            const Token& lt = tokens[cue->last - 1];
            if (cue->prefix_form && cue->end_byte < lt.ne) {
                const std::string_view suffix = std::string_view(norm).substr(cue->end_byte, lt.ne - cue->end_byte);
                c.object_suffix = is_any(suffix, data.affixes.object_pronouns);
                // ة after a consonant only: "حليفه" may be حليفة, "حلفاؤه" is his allies.
                const std::string_view before = std::string_view(norm).substr(cue->end_byte >= 2 ? cue->end_byte - 2 : 0, 2);
                c.suffix_may_be_feminine =
                    suffix == data.affixes.feminine_ending && !is_any(before, data.affixes.no_feminine_after);
            }
            for (std::size_t t = c.first; t < c.last; ++t) v.cue_at[t - first] = static_cast<std::int32_t>(v.cues.size());
            v.cues.push_back(c);
            covered = c.last;
        } else if (actor) {
            ActorMention a;
            a.first = actor->first;
            a.last = actor->last;
            a.actor = actor->target.index;
            a.conj = actor->conj;
            a.prep = actor->prep;
            // Stacked nisba adjectives name several actors: "الاتفاق الروسي التركي الإيراني", "الحدود
            // السورية العراقية" (a one-word nisba mention, then another actor's nisba): coordinated.
            if (!v.mentions.empty() && v.mentions.back().last == a.first && !a.conj && a.prep == 0 &&
                a.last == a.first + 1 && v.mentions.back().last == v.mentions.back().first + 1 &&
                data.top[v.mentions.back().actor] != data.top[a.actor] &&
                is_definite_nisba(data.affixes, v.word(a.first)) &&
                is_definite_nisba(data.affixes, v.word(v.mentions.back().first)))
                a.conj = true;
            // Merge with an adjacent mention of the same top-level actor.
            if (!v.mentions.empty() && v.mentions.back().last == a.first && !a.conj && a.prep == 0 &&
                (data.top[v.mentions.back().actor] == data.top[a.actor] ||
                 (a.last == a.first + 1 && is_definite_nisba(data.affixes, v.word(a.first))))) {
                // Same actor twice (الرئيس الروسي فلاديمير بوتين), or a nisba adjective
                // qualifying the mention before it (فصائل المعارضة السورية): one mention.
                auto& prev = v.mentions.back();
                prev.last = a.last;
                if (data.top[prev.actor] != data.top[a.actor]) prev.nisba_actor = static_cast<std::int32_t>(a.actor);
                if (data.top[prev.actor] == data.top[a.actor] && data.depth[a.actor] > data.depth[prev.actor])
                    prev.actor = a.actor;
            } else {
                v.mentions.push_back(a);
            }
            for (std::size_t t = a.first; t < a.last; ++t)
                v.mention_at[t - first] = static_cast<std::int32_t>(v.mentions.size() - 1);
            covered = a.last;
        }
    }
    check_mentions(v);
    // Group, resolve references (they need the origin phrases grouping finds), and group again if any were added.
    for (int pass = 0; pass < 2; ++pass) {
        v.groups.clear();
        for (auto& m : v.mentions) m.group = -1;
        for (std::uint32_t m = 0; m < v.mentions.size(); ++m) {
            if (v.mentions[m].group >= 0 || v.mentions[m].modifier) continue;
            v.groups.emplace_back();
            gather_group(v, m, static_cast<std::int32_t>(v.groups.size() - 1));
        }
        if (pass == 0 && !resolve_references(v)) break;
    }
    finish_references(v);
    return v;
}

}  // namespace actorgraph::extract
