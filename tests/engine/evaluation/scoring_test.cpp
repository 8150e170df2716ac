// Scoring events against a hand-made gold set: each convention of score.py
// on its own, the noisy-or confidence curve, and the report's text.
#include <catch2/catch.hpp>

#include "engine/evaluation/score_report.hpp"
#include "engine/evaluation/scoring.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {

extract::Event event(const std::string& doc, const std::string& source, Relation relation, const std::string& target,
                     double confidence = 1.0) {
    extract::Event e;
    e.doc = doc;
    e.source = source;
    e.relation = relation;
    e.target = target;
    e.confidence = confidence;
    e.text = "sentence of " + source + " " + std::string(relation_name(relation)) + " " + target;
    e.cue = "cue";
    e.rule = "rule_a";
    return e;
}

GoldSet gold_of(const std::string& text) { return parse_gold_file(text, "gold.tsv"); }

const Figures& row(const Score& score, const std::string& relation) {
    for (const RelationFigures& r : score.relations)
        if (r.relation == relation) return r.figures;
    FAIL("no row " << relation);
    return score.relations.front().figures;
}

}  // namespace

TEST_CASE("scoring: the canonical ids are the gold's 19") {
    CHECK(canonical_actors.size() == 19);
    CHECK(is_canonical_actor("shia_militias"));
    CHECK_FALSE(is_canonical_actor("palestinians"));
    CHECK_FALSE(is_canonical_actor("putin"));  // a faction: the engine rolls it up to russia
    CHECK(is_scored_relation("negotiation"));
    CHECK_FALSE(is_scored_relation("criticism"));
}

TEST_CASE("scoring: support is directed, conflict and negotiation unordered") {
    const GoldSet gold = gold_of("d\trussia\tsupport\tregime\tgold\n"
                                 "d\tturkey\tconflict\tsdf\tgold\n"
                                 "d\tun\tnegotiation\trussia\tgold\n");
    const Score score = score_events(gold, {event("d", "regime", Relation::support, "russia"),
                                            event("d", "sdf", Relation::conflict, "turkey"),
                                            event("d", "russia", Relation::negotiation, "un")});
    CHECK(row(score, "support").tp == 0);
    CHECK(row(score, "support").fp == 1);
    CHECK(row(score, "support").fn == 1);
    CHECK(row(score, "conflict").tp == 1);
    CHECK(row(score, "negotiation").tp == 1);
    const Figures& all = score.micro();
    CHECK(all.tp == 2);
    CHECK(all.fp == 1);
    CHECK(all.fn == 1);
    CHECK(all.precision == Approx(2.0 / 3));
    CHECK(all.recall == Approx(2.0 / 3));
    CHECK(all.f1 == Approx(2.0 / 3));
    REQUIRE(score.misses.size() == 1);
    CHECK(score.misses[0].triple == TripleKey{"d", "russia", "support", "regime"});
    CHECK(score.misses[0].line == 1);
    REQUIRE(score.false_positives.size() == 1);
    CHECK(score.false_positives[0].triple == TripleKey{"d", "regime", "support", "russia"});
}

TEST_CASE("scoring: a triple counts once per document, its first event describes it") {
    const GoldSet gold = gold_of("d\tiran\tconflict\tisis\tignore\n");  // d is scored, nothing in it is gold
    extract::Event first = event("d", "iran", Relation::support, "regime", 0.4);
    first.text = "first";
    first.cue = "دعم";
    extract::Event second = event("dir/d", "iran", Relation::support, "regime", 0.5);  // doc by basename
    second.text = "second";
    const Score score = score_events(gold, {first, second});
    CHECK(score.micro().fp == 1);
    REQUIRE(score.false_positives.size() == 1);
    const FalsePositive& fp = score.false_positives[0];
    CHECK(fp.text == "first");
    CHECK(fp.cue == "دعم");
    CHECK(fp.rule == "rule_a");
    CHECK(fp.confidence == 0.4);
    CHECK(fp.triple_confidence == Approx(0.7));  // 1 - 0.6 * 0.5
}

TEST_CASE("scoring: ignore triples count neither way, unless also gold") {
    const GoldSet gold = gold_of("d\tiran\tsupport\tregime\tignore\n"
                                 "d\tusa\tconflict\tisis\tignore\n"
                                 "d\tisis\tconflict\tusa\tgold\n"  // gold wins over ignore (unordered)
                                 "d\tturkey\tsupport\topposition\tignore\n");
    const Score found = score_events(gold, {event("d", "iran", Relation::support, "regime"),
                                            event("d", "usa", Relation::conflict, "isis")});
    CHECK(found.micro().tp == 1);
    CHECK(found.micro().fp == 0);
    CHECK(found.micro().fn == 0);
    const Score missed = score_events(gold, {});
    CHECK(missed.micro().fn == 1);  // the ignored turkey support is not missed
    CHECK(missed.micro().fp == 0);
}

TEST_CASE("scoring: negated, speculative and claimed events are no predictions") {
    const GoldSet gold = gold_of("d\tiran\tsupport\tregime\tgold\n");
    extract::Event negated = event("d", "iran", Relation::support, "regime");
    negated.negated = true;
    extract::Event speculative = event("d", "russia", Relation::support, "regime");
    speculative.speculative = true;
    extract::Event claimed = event("d", "usa", Relation::support, "isis");
    claimed.claimed = true;
    const Score score = score_events(gold, {negated, speculative, claimed});
    CHECK(score.micro().tp == 0);
    CHECK(score.micro().fp == 0);
    CHECK(score.micro().fn == 1);
}

TEST_CASE("scoring: non-canonical and self pairs, and documents outside the gold, are dropped") {
    const GoldSet gold = gold_of("d\tiran\tsupport\tregime\tgold\n");
    const Score score = score_events(gold, {event("d", "putin", Relation::support, "regime"),
                                            event("d", "israel", Relation::negotiation, "palestinians"),
                                            event("d", "regime", Relation::conflict, "regime"),
                                            event("elsewhere.txt", "usa", Relation::conflict, "isis"),
                                            event("d", "iran", Relation::support, "regime")});
    CHECK(score.micro().tp == 1);
    CHECK(score.micro().fp == 0);
    CHECK(score.micro().fn == 0);
    CHECK(score.micro().f1 == 1.0);
    CHECK(score.false_positives.empty());
}

TEST_CASE("scoring: empty sets give zeros, not NaN") {
    const Score score = score_events(gold_of("d\tiran\tsupport\tregime\tignore\n"), {});
    for (const RelationFigures& r : score.relations) {
        CHECK(r.figures.precision == 0.0);
        CHECK(r.figures.recall == 0.0);
        CHECK(r.figures.f1 == 0.0);
    }
}

TEST_CASE("scoring: a triple is predicted at a threshold when one of its events reaches it") {
    const GoldSet gold = gold_of("d\tiran\tsupport\tregime\tgold\n"
                                 "d\tturkey\tconflict\tsdf\tgold\n");
    // iran -> regime: events at 0.5 and 0.6 (predicted up to 0.6; its confidence, the
    // noisy-or, is 0.8); turkey-sdf: one event at 0.3; a false usa -> isis at 0.95.
    const std::vector<extract::Event> events{event("d", "iran", Relation::support, "regime", 0.5),
                                             event("d", "sdf", Relation::conflict, "turkey", 0.3),
                                             event("d", "iran", Relation::support, "regime", 0.6),
                                             event("d", "usa", Relation::support, "isis", 0.95)};
    const Score at_half = score_events(gold, events, 0.5);
    CHECK(at_half.min_confidence == 0.5);
    CHECK(row(at_half, "support").tp == 1);
    CHECK(row(at_half, "support").fp == 1);
    CHECK(row(at_half, "conflict").fn == 1);
    REQUIRE(at_half.misses.size() == 1);
    CHECK(at_half.misses[0].triple == TripleKey{"d", "sdf", "conflict", "turkey"});

    const std::vector<CurvePoint> curve = confidence_curve(gold, events);
    REQUIRE(curve.size() == 9);
    CHECK(curve.front().threshold == 0.1);
    CHECK(curve.back().threshold == 0.9);
    const auto micro_at = [&](int tenth) { return curve[static_cast<std::size_t>(tenth - 1)].relations.back().figures; };
    for (int tenth : {1, 2, 3}) {  // 0.3 reaches 0.3 exactly
        CHECK(micro_at(tenth).tp == 2);
        CHECK(micro_at(tenth).fp == 1);
    }
    for (int tenth : {4, 5, 6}) {  // the 0.6 event reaches 0.6
        CHECK(micro_at(tenth).tp == 1);
        CHECK(micro_at(tenth).fn == 1);
        CHECK(micro_at(tenth).fp == 1);
    }
    for (int tenth : {7, 8, 9}) {  // no event reaches 0.7, though the noisy-or is 0.8
        CHECK(micro_at(tenth).tp == 0);
        CHECK(micro_at(tenth).fp == 1);
    }
    CHECK(micro_at(9).tp == 0);
    CHECK(micro_at(9).fp == 1);
    CHECK(micro_at(9).fn == 2);
    // Each point has the four rows of the table.
    CHECK(curve[0].relations.size() == 4);
    CHECK(curve[0].relations[1].relation == "conflict");
    CHECK(curve[0].relations[1].figures.tp == 1);
    // Threshold 0 is every triple, as score.py scores.
    CHECK(score_events(gold, events).micro().fp == 1);
    CHECK(score_events(gold, events).micro().tp == 2);
}

TEST_CASE("score report: score.py's table, false positives grouped by rule") {
    const GoldSet gold = gold_of("d\tiran\tsupport\tregime\tgold\tدعم إيران\n"
                                 "d\tturkey\tconflict\tsdf\tgold\tقصف\n");
    extract::Event other_rule = event("d", "usa", Relation::conflict, "isis", 0.25);
    other_rule.rule = "rule_b";
    const std::vector<extract::Event> events{event("d", "iran", Relation::support, "regime"),
                                             event("d", "russia", Relation::support, "regime", 0.5),
                                             event("d", "iran", Relation::negotiation, "russia"), other_rule};
    const Score score = score_events(gold, events);
    CHECK(score_report_text(score, {}, {}) ==
          "relation       tp   fp   fn       P       R      F1\n"
          "support         1    1    0   0.500   1.000   0.667\n"
          "conflict        0    1    1   0.000   0.000   0.000\n"
          "negotiation     0    1    0   0.000   0.000   0.000\n"
          "all             1    3    1   0.250   0.500   0.333\n"
          "micro-F1 0.333\n");
    const std::string shown = score_report_text(score, {}, {true, true, false});
    CHECK(shown ==
          "relation       tp   fp   fn       P       R      F1\n"
          "support         1    1    0   0.500   1.000   0.667\n"
          "conflict        0    1    1   0.000   0.000   0.000\n"
          "negotiation     0    1    0   0.000   0.000   0.000\n"
          "all             1    3    1   0.250   0.500   0.333\n"
          "\n"
          "misses: 1\n"
          "  d  sdf conflict turkey  (gold line 2)  قصف\n"
          "\n"
          "false positives: 3\n"
          "rule rule_a: 2\n"
          "  d  iran negotiation russia  confidence 1.000  cue \"cue\"\n"
          "    sentence of iran negotiation russia\n"
          "  d  russia support regime  confidence 0.500  cue \"cue\"\n"
          "    sentence of russia support regime\n"
          "rule rule_b: 1\n"
          "  d  isis conflict usa  confidence 0.250  cue \"cue\"\n"
          "    sentence of usa conflict isis\n"
          "micro-F1 0.333\n");
    const std::string json = score_report_json(score, confidence_curve(gold, events), {true, true, true});
    CHECK(json.find("\"curve\": [") != std::string::npos);
    CHECK(json.find("\"false_positives\": [") != std::string::npos);
    CHECK(json.find("\"misses\": [") != std::string::npos);
    CHECK(json.find("\"rule\": \"rule_b\"") != std::string::npos);
    CHECK(score_report_json(score, {}, {}).find("\"misses\"") == std::string::npos);
}
