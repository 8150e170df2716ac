#include "extract/relation_rules.hpp"

#include <string_view>

namespace actorgraph::extract {

namespace {

constexpr std::string_view w_min = "\xD9\x85\xD9\x86";                 // من
constexpr std::string_view w_bayn = "\xD8\xA8\xD9\x8A\xD9\x86";        // بين
constexpr std::string_view w_qad = "\xD9\x82\xD8\xAF";                 // قد
constexpr std::string_view prepositions[] = {
    "\xD9\x85\xD9\x86",                  // من
    "\xD8\xB9\xD9\x84\xD9\x8A",          // علي (على)
    "\xD9\x85\xD8\xB9",                  // مع
    "\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85",  // امام
    "\xD8\xA8\xD9\x8A\xD9\x86",          // بين
    "\xD8\xB9\xD9\x86",                  // عن
    "\xD8\xA7\xD9\x84\xD9\x8A",          // الي (إلى)
    "\xD8\xA8\xD8\xAD\xD9\x82",          // بحق
    "\xD8\xA7\xD8\xB2\xD8\xA7\xD8\xA1",  // ازاء
    "\xD9\x88\xD9\x85\xD8\xB9",          // ومع
};

// Prepositions that start a phrase a verbal noun's agent cannot be read across
// ("خلاف ... حول مصير الاتفاق مع إيران"، "الانسحاب من الاتفاق").
constexpr std::string_view topic_prepositions[] = {
    "\xD9\x85\xD9\x86",                          // من
    "\xD9\x81\xD9\x8A",                          // في
    "\xD8\xAD\xD9\x88\xD9\x84",                // حول
    "\xD8\xB9\xD9\x86",                          // عن
    "\xD8\xA8\xD8\xB4\xD8\xA7\xD9\x86",      // بشان (بشأن)
    "\xD8\xA7\xD9\x84\xD9\x8A",                // الي (إلى)
};

bool is_topic_preposition(const SentenceView& v, std::size_t t) {
    if (!v.is_word(t)) return false;
    for (auto p : topic_prepositions)
        if (v.word(t) == p) return true;
    return false;
}

bool is_preposition(const SentenceView& v, std::size_t t) {
    if (!v.is_word(t)) return false;
    for (auto p : prepositions)
        if (v.word(t) == p) return true;
    return false;
}

bool is_comma(const SentenceView& v, std::size_t t) {
    if (v.is_word(t)) return false;
    const auto ch = (*v.tokens)[t].ch;
    return ch == 0x060C || ch == ',' || ch == 0x061B || ch == ';' || ch == ':';
}

struct Found {
    std::int32_t group = -1;
    std::int32_t mention = -1;
    std::size_t gap = 0;       // filler words skipped
    bool via_prep = false;     // introduced by a preposition word or a ب/ل proclitic
    std::size_t after_prep = 0;
};

enum Stop : unsigned {
    stop_none = 0,
    stop_conjunct = 1,  // a coordinated definite noun (والتركيز) ends the search
    stop_clause = 2,    // a clause opener (أن، بعد، عندما): the verb after it has its own subject
    stop_topic = 4,     // a topic preposition (حول، في، من) a word or more before: the cue sits inside a phrase
};

// Nearest participant group before token p: at most `words` filler words
// (relative pronouns free) and `commas` clause separators in between; `stop`
// ends the search early at the words it names.
Found find_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas,
                  unsigned stop = stop_none) {
    Found f;
    std::size_t w = 0, c = 0;
    for (std::size_t t = p; t-- > v.first;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t) && ++c > commas) break;
            continue;
        }
        const std::int32_t m = v.mention(t);
        if (m >= 0 && !v.mentions[static_cast<std::size_t>(m)].modifier) {
            const auto& mm = v.mentions[static_cast<std::size_t>(m)];
            // An agent after من ("المدعومة من واشنطن هجوما ضد") is not the subject of what follows.
            if (mm.first > v.first + 1 && v.is_word(mm.first - 1) && v.word(mm.first - 1) == w_min &&
                v.cue(mm.first - 2) >= 0 &&
                v.data->cues[v.cues[static_cast<std::size_t>(v.cue(mm.first - 2))].cue].type == CueType::passive) {
                t = mm.first;
                continue;
            }
            f.mention = m;
            f.group = mm.group;
            f.gap = w;
            return f;
        }
        if (m >= 0) continue;
        if (v.marker(t, MarkerKind::relative)) continue;
        if ((stop & stop_conjunct) && v.word(t).substr(0, 6) == "\xD9\x88\xD8\xA7\xD9\x84") break;
        if ((stop & stop_clause) && v.marker(t, MarkerKind::clause)) break;
        // Right before the cue a preposition is the complement of a verb ("تمكنت من تدمير"), not a topic.
        if ((stop & stop_topic) && w > 0 && is_topic_preposition(v, t)) break;
        if (++w > words) break;
    }
    return f;
}

// Whether word t only heads the actor right after it, so a search reads over it:
// a host noun before a mention ("مقاتلو جبهة النصرة"، "المدفعية التركية") or before an
// affiliation participle ("مواقع تابعة للحرس الثوري": the Guard's positions), and that
// participle before its ل-actor. O(1).
bool possessive_head(const SentenceView& v, std::size_t t, int depth = 0) {
    if (t + 1 >= v.last || !v.is_word(t + 1)) return false;
    const std::int32_t m = v.mention(t + 1);
    const bool mention_next = m >= 0 && v.mentions[static_cast<std::size_t>(m)].first == t + 1 &&
                              !v.mentions[static_cast<std::size_t>(m)].modifier;
    const std::int32_t k = v.cue(t);
    if (k < 0) return v.marker(t, MarkerKind::host) && (mention_next || (depth == 0 && possessive_head(v, t + 1, 1)));
    const CueMention& c = v.cues[static_cast<std::size_t>(k)];
    const CueEntry& e = v.data->cues[c.cue];
    return e.type == CueType::passive && e.relation == Relation::support && c.first == t && c.last == t + 1 &&
           mention_next && v.mentions[static_cast<std::size_t>(m)].prep == 'l';
}

// Nearest participant group from token p on, with the same limits;
// prepositions are free and recorded.
Found find_after(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas,
                 bool stop_at_cue = false) {
    Found f;
    std::size_t w = 0, c = 0;
    bool prep = false;
    for (std::size_t t = p; t < v.last; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t) && ++c > commas) break;
            continue;
        }
        const std::int32_t m = v.mention(t);
        if (m >= 0 && !v.mentions[static_cast<std::size_t>(m)].modifier) {
            const auto& mm = v.mentions[static_cast<std::size_t>(m)];
            f.mention = m;
            f.group = mm.group;
            f.gap = w;
            f.via_prep = prep || mm.prep == 'b' || mm.prep == 'l';
            return f;
        }
        if (m >= 0) { prep = false; continue; }  // the preposition belonged to the modifier ("من العراق")
        if (possessive_head(v, t)) continue;
        if (stop_at_cue && v.cue(t) >= 0) break;
        if (is_preposition(v, t)) { prep = true; continue; }
        if (++w > words) break;
    }
    return f;
}

// Token after the last member of a group.
std::size_t group_end(const SentenceView& v, std::int32_t g) {
    std::size_t end = 0;
    for (auto m : v.groups[static_cast<std::size_t>(g)]) end = std::max<std::size_t>(end, v.mentions[m].last);
    return end;
}

// The clause subject before token p: like find_before, but a patient of ضد / على
// ("عملياتها ضد خلايا داعش ... بدعم من التحالف") is skipped and the search goes on
// before its preposition (at most twice, so O(window)).
Found subject_before(const SentenceView& v, std::size_t p, std::size_t words, std::size_t commas, unsigned stop) {
    Found l = find_before(v, p, words, commas, stop);
    for (int hop = 0; hop < 2 && l.group >= 0; ++hop) {
        const std::size_t first = v.mentions[v.groups[static_cast<std::size_t>(l.group)].front()].first;
        std::size_t prep = first;
        bool patient = false;
        for (std::size_t t = first, k = 0; t-- > v.first && k < 2;) {
            if (!v.is_word(t) || v.mention(t) >= 0) break;
            ++k;
            const std::int32_t ck = v.cue(t);
            if (v.word(t) == "\xD8\xB9\xD9\x84\xD9\x8A" ||  // علي (على)
                (ck >= 0 && v.data->cues[v.cues[static_cast<std::size_t>(ck)].cue].type == CueType::prep &&
                 v.data->cues[v.cues[static_cast<std::size_t>(ck)].cue].relation == Relation::conflict)) {
                patient = true;
                prep = ck >= 0 ? v.cues[static_cast<std::size_t>(ck)].first : t;
                break;
            }
        }
        if (!patient) break;
        // A relative clause on the patient has it as its subject ("ضد ميليشيات الحوثي، التي تشن بدعم من إيران").
        bool relative = false;
        for (std::size_t t = group_end(v, l.group); t < p && !relative; ++t)
            relative = v.is_word(t) && v.marker(t, MarkerKind::relative);
        if (relative) break;
        l = find_before(v, prep, words, commas, stop);
    }
    return l;
}

// Whether a group names two or more top-level actors ("الرئيس الأمريكي، دونالد ترامب" is one).
bool several_actors(const SentenceView& v, std::int32_t g) {
    const auto& ms = v.groups[static_cast<std::size_t>(g)];
    for (auto m : ms)
        if (v.data->top[v.mentions[m].actor] != v.data->top[v.mentions[ms.front()].actor]) return true;
    return false;
}


// Negation and speculation in the cue's clause, before it.
// Negation reaches over a verb and its preposition ("لا ترغب في التفاوض");
// withdrawing from a deal ("انسحاب واشنطن من الاتفاق") negates negotiation only.
void modality(const SentenceView& v, const CueMention& c, RuleEvent& e) {
    std::size_t words = 0;
    bool prep_between = false;
    const bool talks = v.data->cues[c.cue].relation == Relation::negotiation;
    for (std::size_t t = c.first; t-- > v.first;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++words;
        if (words == 1 && (is_preposition(v, t) || is_topic_preposition(v, t))) prep_between = true;
        if ((words <= 2 || (words == 3 && prep_between)) && v.marker(t, MarkerKind::negation)) e.negated = true;
        if (words <= 5 && v.marker(t, MarkerKind::negation_verb)) e.negated = true;
        if (talks && words <= 5 && v.marker(t, MarkerKind::withdrawal)) e.negated = true;
        if (words <= 6 && v.marker(t, MarkerKind::speculation)) {
            std::string_view w = v.word(t);
            if (w.size() > w_qad.size() && w.substr(0, 2) == "\xD9\x88") w.remove_prefix(2);
            if (w == w_qad) {
                // قد + past verb asserts ("وقد استهدفت"); قد + imperfect hedges ("قد يستهدف").
                if (t + 1 < v.last && v.is_word(t + 1)) {
                    const std::string_view next = v.word(t + 1);
                    const bool imperfect = next.substr(0, 2) == "\xD9\x8A" || next.substr(0, 2) == "\xD9\x86" ||
                                           (next.substr(0, 2) == "\xD8\xAA" && next.substr(next.size() - 2) != "\xD8\xAA");
                    if (imperfect) e.speculative = true;
                }
            } else {
                e.speculative = true;
            }
        }
        if (words > 6) break;
    }
}

// A group that fights alongside group g: the forces a supporter backs
// ("القوات السورية تؤازرها المليشيات العراقية من تدمير ..." : the Syrian forces too)
// and the helper in a purpose clause ("عادت لمساعدة الحكومة على قتال داعش": whoever returned).
std::int32_t helper_of(const SentenceView& v, std::int32_t g) {
    if (g < 0) return -1;
    std::size_t f = v.mentions[v.groups[static_cast<std::size_t>(g)].front()].first;
    // A nisba names its host noun's actor: "تسانده قوات أمريكية".
    if (f > v.first && v.is_word(f - 1) && v.marker(f - 1, MarkerKind::host) && v.cue(f - 1) < 0) --f;
    if (f == v.first || !v.is_word(f - 1) || v.cue(f - 1) < 0) return -1;
    const CueMention& c = v.cues[static_cast<std::size_t>(v.cue(f - 1))];
    const CueEntry& e = v.data->cues[c.cue];
    if (e.relation != Relation::support || c.last != f) return -1;
    if (e.type == CueType::verb && c.object_suffix) return find_before(v, c.first, 2, 1).group;
    if (e.type == CueType::noun && c.prep == 'l' && !c.object_suffix)
        return find_before(v, c.first, 5, 0, stop_conjunct | stop_topic | stop_clause).group;
    return -1;
}

class Emitter {
public:
    Emitter(const SentenceView& v, std::vector<RuleEvent>& out) : v_(v), out_(out) {}
    // An agent's pairs, and for an armed conflict its helper's (helper_of).
    void agent_pairs(std::int32_t from, std::int32_t to, std::uint32_t cue) {
        pairs(from, to, cue);
        if (v_.data->cues[v_.cues[cue].cue].relation == Relation::conflict) {
            const std::int32_t h = helper_of(v_, from);
            if (h != to) pairs(h, to, cue);
        }
    }
    void pairs(std::int32_t from, std::int32_t to, std::uint32_t cue) {
        if (from < 0 || to < 0 || from == to) return;
        for (auto s : v_.groups[static_cast<std::size_t>(from)])
            for (auto t : v_.groups[static_cast<std::size_t>(to)]) one(s, t, cue);
    }
    void within(std::int32_t g, std::uint32_t cue) {
        if (g < 0) return;
        const auto& ms = v_.groups[static_cast<std::size_t>(g)];
        for (std::size_t i = 0; i < ms.size(); ++i)
            for (std::size_t j = i + 1; j < ms.size(); ++j) one(ms[i], ms[j], cue);
    }

private:
    void one(std::uint32_t s, std::uint32_t t, std::uint32_t cue) {
        const auto& d = *v_.data;
        const std::uint32_t a = v_.mentions[s].actor, b = v_.mentions[t].actor;
        if (d.top[a] == d.top[b]) return;
        RuleEvent e;
        e.source = a;
        e.target = b;
        e.cue = cue;
        modality(v_, v_.cues[cue], e);
        out_.push_back(e);
    }
    const SentenceView& v_;
    std::vector<RuleEvent>& out_;
};

// "بحث X مع Y" / "X يبحث مع Y": the partner follows مع within 8 words (a title
// and a name may sit between), the subject right after the verb or before it.
void with_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    std::size_t with = v.last;
    for (std::size_t t = c.last, w = 0; t < v.last && w < 8; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.cue(t) >= 0) return;  // "يبحث الانسحاب من الاتفاق مع إيران": مع belongs to the noun
        if (v.word(t) == "\xD9\x85\xD8\xB9" || v.word(t) == "\xD9\x88\xD9\x85\xD8\xB9") {  // مع، ومع
            with = t;
            break;
        }
    }
    if (with == v.last) return;
    const Found p = find_after(v, with + 1, 2, 0);  // a title may precede: "مع ولي العهد السعودي"
    if (p.group < 0) return;
    const Found s = find_after(v, c.last, 1, 0);
    if (s.group >= 0 && !s.via_prep && v.mentions[static_cast<std::size_t>(s.mention)].first < with)
        emit.pairs(s.group, p.group, ci);
    else if (s.group < 0 || s.group == p.group) {
        // The subject is in the same clause and no preposition's object ("مع إيران والصين، وأنها تبحث").
        const Found l = find_before(v, c.first, 2, 0, stop_clause);
        if (l.group < 0) return;
        const ActorMention& lm = v.mentions[v.groups[static_cast<std::size_t>(l.group)].front()];
        if (lm.prep != 0 || (lm.first > v.first && is_preposition(v, lm.first - 1))) return;
        emit.pairs(l.group, p.group, ci);
    }
}

// Whether a supporting preposition ("إلى جانب"، "لصالح") sits in [from, to): a fighter's
// actor after it is the side it fights for, not its enemy.
bool support_prep_between(const SentenceView& v, std::size_t from, std::size_t to) {
    for (std::size_t t = from; t < to && t < v.last; ++t) {
        const std::int32_t k = v.cue(t);
        if (k < 0) continue;
        const CueEntry& e = v.data->cues[v.cues[static_cast<std::size_t>(k)].cue];
        if (e.type == CueType::prep && e.relation == Relation::support) return true;
    }
    return false;
}

void verb_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    if (v.data->cues[c.cue].needs_with) {
        with_rule(v, ci, emit);
        return;
    }
    const Found r1 = find_after(v, c.last, 1, 0);
    if (c.object_suffix) {
        // "X، التي تدعمها Y" / "X تؤازرها Y": the subject follows, the object pronoun points back.
        const Found l = find_before(v, c.first, 2, 1);
        if (r1.group >= 0 && l.group >= 0) emit.pairs(r1.group, l.group, ci);
        return;
    }
    if (r1.group >= 0 && r1.gap == 0 && !r1.via_prep) {
        const Found r2 = find_after(v, group_end(v, r1.group), 3, 0, true);
        if (r2.group >= 0 && !r2.via_prep) {  // VSO: تدعم روسيا النظام (an object after a preposition is an adjunct)
            emit.pairs(r1.group, r2.group, ci);
            return;
        }
    }
    // A coordinated subject after a negotiation verb is mutual (handled by mutual_rule), not an object.
    if (v.data->cues[c.cue].relation == Relation::negotiation && r1.group >= 0 && r1.gap == 0 &&
        several_actors(v, r1.group))
        return;
    const Found l = find_before(v, c.first, 2, 1, stop_clause);
    const Found r = find_after(v, c.last, 3, 2);
    if (r.group >= 0 && support_prep_between(v, c.last, v.mentions[static_cast<std::size_t>(r.mention)].first)) return;
    if (l.group >= 0 && r.group >= 0) emit.agent_pairs(l.group, r.group, ci);  // SVO: روسيا قصفت، أخيراً، فصائل معارضة
}

void passive_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    // The participle agrees with the noun right before it: "مواقع تابعة للنظام" is about the sites.
    const Found l = find_before(v, c.first, 0, 1);
    const Found r = find_after(v, c.last, 1, 0);
    if (l.group >= 0 && r.group >= 0) emit.pairs(r.group, l.group, ci);
}

void prep_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const bool lam = v.data->cues[c.cue].needs_lam_next;
    if (v.data->cues[c.cue].needs_force) {
        // "ضد" is armed only after a use of force ("حملة عسكرية ضد"، "حربا ضد"), not a vote or a statement.
        bool force = false;
        for (std::size_t t = c.first, w = 0; t-- > v.first && w < 8 && !force;) {
            if (!v.is_word(t)) continue;
            ++w;
            const std::int32_t k = v.cue(t);
            force = v.marker(t, MarkerKind::force) ||
                    (k >= 0 && v.data->cues[v.cues[static_cast<std::size_t>(k)].cue].relation == Relation::conflict);
        }
        if (!force) return;
    }
    if (v.data->cues[c.cue].needs_fight) {
        // "يقاتلون إلى جانب"، "يقاتل مسلحو حزب الله في صفوف": a conflict verb within 4 words before,
        // only its subject between (not "قتلى في صفوف قوات النظام").
        bool fight = false;
        for (std::size_t t = c.first, w = 0; t-- > v.first && w < 4 && !fight;) {
            if (!v.is_word(t)) {
                if (is_comma(v, t)) break;
                continue;
            }
            const std::int32_t k = v.cue(t);
            if (k >= 0) {
                const CueEntry& e = v.data->cues[v.cues[static_cast<std::size_t>(k)].cue];
                fight = e.type == CueType::verb && e.relation == Relation::conflict;
                break;
            }
            const std::int32_t m = v.mention(t);
            if (v.marker(t, MarkerKind::host)) continue;
            // A subject after the verb is a host noun's actor ("يقاتل مسلحو حزب الله"); a bare actor
            // there may be the object ("تقاتل الحوثيين إلى جانب القوات الحكومية").
            if (m >= 0) {
                const std::size_t f = v.mentions[static_cast<std::size_t>(m)].first;
                if (v.marker(f, MarkerKind::host) || (f > v.first && v.is_word(f - 1) && v.marker(f - 1, MarkerKind::host)))
                    continue;
                if (f > v.first && v.is_word(f - 1) && v.cue(f - 1) < 0) continue;  // a name after a filler word
                break;
            }
            ++w;
            if (w > 1) break;  // one filler word at most (an adverb)
        }
        if (!fight) return;
    }
    const Found l = find_before(v, c.first, lam ? 1 : 6, lam ? 0 : 2);
    const Found r = find_after(v, c.last, lam ? 0 : 2, 0);
    if (l.group < 0 || r.group < 0) return;
    if (v.data->cues[c.cue].reverse) emit.pairs(r.group, l.group, ci);  // "الحوثيين الموالين لإيران": Iran is the patron
    else emit.pairs(l.group, r.group, ci);
}

// Whether the mention found from token p starts at the first word from p (no host noun read over):
// "بدعم روسيا" names the backer, "بدعم الجماعة الحوثية" may be what is backed.
// Words (prepositions aside) between token p and the mention found from it, host nouns included.
std::size_t words_between(const SentenceView& v, std::size_t p, const Found& f) {
    std::size_t n = 0;
    for (std::size_t t = p; t < v.mentions[static_cast<std::size_t>(f.mention)].first; ++t)
        if (v.is_word(t) && !is_preposition(v, t)) ++n;
    return n;
}

bool adjacent_word(const SentenceView& v, std::size_t p, const Found& f) {
    return f.mention >= 0 && words_between(v, p, f) == 0;
}

void noun_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    // "بين X وY": talks, calls and fighting between the members of one group.
    for (std::size_t t = c.last; t < v.last && t < c.last + 4; ++t) {
        if (is_topic_preposition(v, t)) break;  // "اتفاق حول توزيع المهاجرين بين فرنسا وألمانيا": not the parties
        if (v.is_word(t) && v.word(t) == w_bayn) {
            const Found b = find_after(v, t + 1, 1, 0);
            if (b.group >= 0 && v.groups[static_cast<std::size_t>(b.group)].size() >= 2) {
                emit.within(b.group, ci);
                return;
            }
            break;
        }
        if (v.cue(t) >= 0 && v.data->cues[v.cues[static_cast<std::size_t>(v.cue(t))].cue].relation != v.data->cues[c.cue].relation)
            break;
    }
    // "دعمها" inside a relative clause: "X التي يتفق Y على دعمها" -> Y acts on X.
    if (c.object_suffix) {
        for (std::size_t t = c.first, w = 0; t-- > v.first && w < 8;) {
            if (!v.is_word(t)) continue;
            ++w;
            if (v.marker(t, MarkerKind::relative)) {
                const Found antecedent = find_before(v, t, 1, 1);
                const Found agent = find_before(v, c.first, 3, 0);
                if (antecedent.group >= 0 && agent.group >= 0 && agent.mention > antecedent.mention)
                    emit.pairs(agent.group, antecedent.group, ci);
                return;
            }
        }
    }
    // "بدعم من روسيا": the agent follows من, the beneficiary precedes.
    if (v.data->cues[c.cue].relation == Relation::support && c.last < v.last && v.is_word(c.last) &&
        v.word(c.last) == w_min) {
        const Found r = find_after(v, c.last + 1, 0, 0);
        const Found l = subject_before(v, c.first, 4, 1, stop_none);
        if (r.group >= 0 && l.group >= 0 && adjacent_word(v, c.last + 1, r)) emit.pairs(r.group, l.group, ci);
        return;
    }
    const Found a = find_after(v, c.last, 1, 0);
    // Counting host nouns: "غارات شنتها مقاتلات التحالف" is too far for a genitive.
    const bool adjacent = a.group >= 0 && !a.via_prep && words_between(v, c.last, a) <= 1;
    // "بدعم روسي"، "بمساعدة واشنطن": with X's help, X backs the clause subject.
    // After an accusation ("اتهمت السعودية إيران بدعم الحوثيين") the ب-noun is the charge: a plain verbal noun.
    bool charge = false;
    for (std::size_t t = c.first, w = 0; c.prep == 'b' && t-- > v.first && w < 5 && !charge;) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        charge = v.marker(t, MarkerKind::accusation);
    }
    if (charge) {
        // The accused stands right before the charge ("اتهمت السعودية إيران بدعم"); otherwise it is
        // someone the lexicon does not know ("اتهمت تركيا فاركاس بدعم").
        const Found accused = find_before(v, c.first, 0, 0);
        if (accused.group >= 0 && adjacent && !v.mentions[static_cast<std::size_t>(a.mention)].nisba)
            emit.pairs(accused.group, a.group, ci);
        return;
    }
    if (v.data->cues[c.cue].relation == Relation::support && c.prep == 'b') {
        const Found l = subject_before(v, c.first, 4, 1, stop_clause);
        if (adjacent && a.gap == 0 && adjacent_word(v, c.last, a) && l.group >= 0) emit.pairs(a.group, l.group, ci);
        return;
    }
    const std::size_t from = adjacent ? group_end(v, a.group) : c.last;
    const Found p = find_after(v, from, adjacent ? 4 : 2, 0);
    // A cue of another relation starts a new predicate: "لمساعدة الحكومة على قتال داعش" does not help ISIS.
    bool crossed = false;
    if (p.group >= 0)
        for (std::size_t t = from; t < v.mentions[static_cast<std::size_t>(p.mention)].first && !crossed; ++t)
            if (v.cue(t) >= 0) {
                // Only a predicate (verb, verbal noun); a participle describes the patient ("مواقع تابعة للنظام").
                const CueEntry& e = v.data->cues[v.cues[static_cast<std::size_t>(v.cue(t))].cue];
                crossed = e.relation != v.data->cues[c.cue].relation && (e.type == CueType::noun || e.type == CueType::verb);
            }
    // "من قبل X" names the agent of a passive ("تعرضت إدلب لقصف من قبل مقاتلات روسية"), not a patient.
    bool by_agent = false;
    if (p.group >= 0) {
        std::size_t t = v.mentions[static_cast<std::size_t>(p.mention)].first;
        while (t > from && (!v.is_word(t - 1) || possessive_head(v, t - 1))) --t;
        by_agent = t >= 2 + v.first && t - 2 >= from && v.is_word(t - 1) && v.is_word(t - 2) &&
                   v.word(t - 1) == "\xD9\x82\xD8\xA8\xD9\x84" && v.word(t - 2) == w_min;  // من قبل
    }
    const bool patient = p.group >= 0 && !crossed && !by_agent && p.via_prep && p.gap <= 4;
    if (adjacent && patient) {
        emit.pairs(a.group, p.group, ci);  // دعم واشنطن للأكراد، الهجوم التركي على عفرين
        return;
    }
    const Found l = find_before(v, c.first, 5, 0, stop_conjunct | stop_topic | stop_clause);
    // A nisba right after the noun is its agent (قصف روسي), never its patient.
    // Only right after it: after a host noun ("للقاء نظيره الروسي") the nisba names the patient.
    const bool agent_only = adjacent && v.mentions[static_cast<std::size_t>(a.mention)].nisba && a.gap == 0 &&
                            adjacent_word(v, c.last, a);
    if (adjacent && !agent_only && l.group >= 0) emit.agent_pairs(l.group, a.group, ci);  // X ... قتال داعش
    else if (patient && l.group >= 0) emit.agent_pairs(l.group, p.group, ci);    // X ستبدأ محادثات مع Y
}

void ally_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    const Found l = find_before(v, c.first, 1, 0);
    if (l.group < 0) return;
    // Apposition: "الأسد وحلفاؤه - روسيا وإيران -" / "(روسيا وإيران)".
    if (c.last < v.last && !v.is_word(c.last)) {
        const auto ch = (*v.tokens)[c.last].ch;
        if (ch == '-' || ch == '(' || ch == 0x2013 || ch == 0x2014 || ch == ':') {
            const Found g = find_after(v, c.last + 1, 0, 0);
            if (g.group >= 0) emit.pairs(g.group, l.group, ci);
        }
        return;
    }
    // "النظام وحلفاؤه الروس": the allies named right after back the actor before;
    // a protégé ("روسيا ومحميتها الحكومة السورية", reverse) is backed by it.
    // Only after و: a bare "حليفه" may be the feminine noun (حليفة، ة normalised to ه), "X حليفة Y".
    if (c.object_suffix && v.word(c.first).substr(0, 2) == "\xD9\x88") {
        const Found g = find_after(v, c.last, 0, 0);
        // The allies are a definite noun in apposition (الروس، الأمريكي، الحكومة السورية), not the verb's
        // object ("اتهمت بريطانيا وحلفاؤها روسيا") nor a new conjunct ("وحلفائها وروسيا").
        const bool apposition = g.group >= 0 && !v.mentions[static_cast<std::size_t>(g.mention)].conj &&
                                (v.word(v.mentions[static_cast<std::size_t>(g.mention)].first).substr(0, 4) == "\xD8\xA7\xD9\x84" ||
                                 v.marker(v.mentions[static_cast<std::size_t>(g.mention)].first, MarkerKind::host));
        if (apposition && !g.via_prep && l.gap == 0) {
            if (v.data->cues[c.cue].reverse) emit.pairs(l.group, g.group, ci);
            else emit.pairs(g.group, l.group, ci);
        }
        return;
    }
    // "الأسد حليف موسكو": the patron follows in the genitive.
    if (!c.object_suffix) {
        const Found g = find_after(v, c.last, 0, 0);
        if (g.group >= 0 && !g.via_prep) emit.pairs(g.group, l.group, ci);
    }
}

}  // namespace

// Negotiation is mutual: "اتفاق نظمه الروس والأتراك"، "اتفق الأميركان والروس"
// make the members of a coordinated agent group next to the cue partners.
void mutual_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    if (!v.data->cues[c.cue].mutual) return;  // "هدنة توسطت فيها السعودية والإمارات": mediators, not parties
    for (const Found& f : {find_after(v, c.last, 1, 0), find_before(v, c.first, 0, 0)}) {
        if (f.group < 0 || f.via_prep || v.groups[static_cast<std::size_t>(f.group)].size() < 2) continue;
        // "أرسله إلى السعودية وتركيا لبحث": a destination, not the parties.
        const std::size_t first = v.mentions[v.groups[static_cast<std::size_t>(f.group)].front()].first;
        if (first > v.first && v.word(first - 1) != w_min &&  // "رعت كل من تركيا وروسيا" are the parties
            (is_preposition(v, first - 1) || is_topic_preposition(v, first - 1)))
            continue;
        emit.within(f.group, ci);
    }
}

// A conflict cue followed within 3 words by a `verbal` word is words or a diplomatic step,
// not force ("هاجم ترامب بشدة روسيا"، "طرد 23 دبلوماسيا روسيا").
bool verbal_attack(const SentenceView& v, const CueMention& c) {
    if (v.data->cues[c.cue].relation != Relation::conflict) return false;
    for (std::size_t t = c.last, w = 0; t < v.last && w < 3; ++t) {
        if (!v.is_word(t)) {
            if (is_comma(v, t)) break;
            continue;
        }
        ++w;
        if (v.marker(t, MarkerKind::verbal)) return true;
    }
    return false;
}

std::vector<RuleEvent> apply_rules(const SentenceView& v) {
    std::vector<RuleEvent> out;
    Emitter emit(v, out);
    for (std::uint32_t ci = 0; ci < v.cues.size(); ++ci) {
        if (verbal_attack(v, v.cues[ci])) continue;
        if (v.data->cues[v.cues[ci].cue].relation == Relation::negotiation) mutual_rule(v, ci, emit);
        switch (v.data->cues[v.cues[ci].cue].type) {
        case CueType::verb: verb_rule(v, ci, emit); break;
        case CueType::passive: passive_rule(v, ci, emit); break;
        case CueType::noun: noun_rule(v, ci, emit); break;
        case CueType::prep: prep_rule(v, ci, emit); break;
        case CueType::ally: ally_rule(v, ci, emit); break;
        }
    }
    return out;
}

}  // namespace actorgraph::extract
