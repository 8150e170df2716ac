// The judged-sentence files the project keeps: extract/data/judgments.tsv
// (the built-in model learns from it) and bench/judged_uncertain.tsv (the
// active-learning rounds, kept for later training). Both must parse as
// `train --judged` reads them, and the second must stay clear of every set
// that measures the model: no sentence of the first file, no article of
// the held-out gold, and (with ../shared) none of dev-train, dev-test or the seeds.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>

#include "engine/evaluation/gold_file.hpp"
#include "engine/training/judgments.hpp"
#include "test_support.hpp"

namespace {

using actorgraph::engine::Judgment;
using actorgraph::engine::parse_judgments;

std::vector<Judgment> read_judged(const char* relative) {
    const auto path = test_support::source_dir / relative;
    return parse_judgments(test_support::read_file(path), path.string());
}

// The documents a gold file annotates (with triples, or as having none).
std::set<std::string> gold_documents(const std::filesystem::path& path) {
    const actorgraph::engine::GoldSet gold =
        actorgraph::engine::parse_gold_file(test_support::read_file(path), path.string());
    std::set<std::string> docs(gold.empty_documents.begin(), gold.empty_documents.end());
    for (const auto* triples : {&gold.gold, &gold.ignore})
        for (const auto& t : *triples) docs.insert(t.doc);
    return docs;
}

}  // namespace

TEST_CASE("judged data: both files parse, and the uncertain rounds repeat no judged sentence") {
    const std::vector<Judgment> training = read_judged("extract/data/judgments.tsv");
    const std::vector<Judgment> uncertain = read_judged("bench/judged_uncertain.tsv");
    CHECK(training.size() > 1000);
    CHECK(uncertain.size() > 2000);
    std::set<std::tuple<std::string, std::size_t, std::string, std::string, std::string>> seen;
    for (const Judgment& j : training) seen.emplace(j.doc, j.begin, j.source, j.relation, j.target);
    std::size_t correct = 0;
    for (const Judgment& j : uncertain) {
        INFO(j.doc << " " << j.begin << " " << j.source << " " << j.relation << " " << j.target);
        CHECK(seen.emplace(j.doc, j.begin, j.source, j.relation, j.target).second);
        correct += j.correct;
    }
    // Drawn where the scorer was unsure: neither nearly all right nor nearly all wrong.
    CHECK(correct > uncertain.size() / 5);
    CHECK(correct < uncertain.size() / 2);
}

TEST_CASE("judged data: the uncertain rounds hold no article of a set that measures the model") {
    std::set<std::string> measured = gold_documents(test_support::source_dir / "bench/ant_heldout_gold.tsv");
    REQUIRE(measured.size() > 200);
    const bool shared = test_support::shared_available();
    if (shared)
        for (const char* set : {"gold/dev-train.tsv", "gold/dev-test.tsv", "gold/seeds.tsv"}) {
            const std::set<std::string> docs = gold_documents(test_support::shared_dir / set);
            measured.insert(docs.begin(), docs.end());
        }
    for (const Judgment& j : read_judged("bench/judged_uncertain.tsv")) {
        INFO(j.doc);
        CHECK(measured.count(j.doc) == 0);
    }
    if (!shared) SKIP_TEST("../shared not available: checked against the held-out gold only");
}
