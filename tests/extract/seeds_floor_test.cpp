// Runs the seeds through the extractor and scores them as ../shared/eval/score.py does.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "extract/extractor.hpp"
#include "test_support.hpp"

using namespace actorgraph::extract;

TEST_CASE("seeds micro-F1 floor") {
    if (!test_support::shared_available()) { WARN("../shared not available, skipped"); return; }
    const std::set<std::string> canonical{"russia", "iran", "turkey", "usa", "regime", "opposition", "sdf",
                                          "isis", "nusra", "hezbollah", "shia_militias", "saudi_arabia",
                                          "qatar", "jordan", "iraq", "israel", "un", "france", "uk"};
    // score.py scores only these; other relations (criticism) are neither hits nor false positives.
    const std::set<std::string> scored{"support", "conflict", "negotiation"};
    using Key = std::tuple<std::string, std::string, std::string, std::string>;
    const auto key = [](std::string doc, std::string s, const std::string& rel, std::string t) {
        if (rel != "support" && t < s) std::swap(s, t);
        return Key{doc, s, rel, t};
    };
    std::set<Key> gold, ignore;
    std::istringstream in(test_support::read_file(test_support::shared_dir / "gold" / "seeds.tsv"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> c;
        std::istringstream ls(line);
        for (std::string f; std::getline(ls, f, '\t');) c.push_back(f);
        REQUIRE(c.size() >= 5);
        (c[4] == "gold" ? gold : ignore).insert(key(c[0], c[1], c[2], c[3]));
    }
    const Extractor ex(Lexicon::builtin());
    std::set<Key> predicted;
    for (const auto& f : std::filesystem::directory_iterator(test_support::shared_dir / "corpora" / "seeds")) {
        std::vector<ReadWarning> w;
        for (const auto& a : parse_articles(test_support::read_file(f.path()), f.path().string(), w))
            for (const auto& e : ex.extract(a).events) {
                if (e.hedged() || e.source == e.target || !canonical.count(e.source) || !canonical.count(e.target)) continue;
                const std::string relation(actorgraph::relation_name(e.relation));
                if (!scored.count(relation)) continue;
                const Key k = key(a.doc, e.source, relation, e.target);
                if (!ignore.count(k) || gold.count(k)) predicted.insert(k);
            }
    }
    std::size_t tp = 0;
    for (const auto& k : predicted) tp += gold.count(k);
    const double p = predicted.empty() ? 0 : double(tp) / predicted.size();
    const double r = gold.empty() ? 0 : double(tp) / gold.size();
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    INFO("P " << p << " R " << r << " F1 " << f1);
    // The floor: micro-F1 0.85; the model reaches 0.925 (P 0.925), the precision floor keeps a margin.
    CHECK(f1 >= 0.85);
    CHECK(p >= 0.90);
}
