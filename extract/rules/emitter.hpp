// Where the rule families put their events: one RuleEvent per pair of
// members of two coordinated groups (a list distributes), each with the
// modality of its cue and the name of the construction that found it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/rules/relation_rules.hpp"

namespace actorgraph::extract::rules {

class Emitter {
public:
    Emitter(const SentenceView& v, std::vector<RuleEvent>& out) : v_(v), out_(out) {}
    // Every member of group `from` acts on every member of `to`.
    void pairs(std::int32_t from, std::int32_t to, std::uint32_t cue, std::string_view rule);
    // An agent's pairs, and for an armed conflict also its helper's (helper_of),
    // named `rule` + the helper rule.
    void agent_pairs(std::int32_t from, std::int32_t to, std::uint32_t cue, std::string_view rule);
    // One mention acts on another (not their groups).
    void mentions(std::uint32_t source, std::uint32_t target, std::uint32_t cue, std::string_view rule) {
        one(source, target, cue, rule);
    }
    // The members of one group with each other ("بين X وY").
    void within(std::int32_t g, std::uint32_t cue, std::string_view rule);
    // Emit the next cue's events as `relation` (a conflict verb used for words is
    // criticism), or as the cue's own relation after reset_relation().
    void set_relation(Relation relation) { relation_ = relation; overridden_ = true; }
    void reset_relation() { overridden_ = false; }

private:
    void one(std::uint32_t s, std::uint32_t t, std::uint32_t cue, std::string_view rule);
    const SentenceView& v_;
    std::vector<RuleEvent>& out_;
    Relation relation_ = Relation::support;
    bool overridden_ = false;
};

// A group that fights alongside group g: the forces a supporter backs
// ("القوات السورية تؤازرها المليشيات العراقية من تدمير ..." : the Syrian forces too)
// and the helper in a purpose clause ("عادت لمساعدة الحكومة على قتال داعش": whoever returned).
std::int32_t helper_of(const SentenceView& v, std::int32_t g);

}  // namespace actorgraph::extract::rules
