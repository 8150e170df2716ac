// The gold file parser: columns, comments, blank lines, and every error text.
#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/evaluation/gold_file.hpp"
#include "extract/lexicon/lexicon.hpp"
#include "test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;
using test_support::error_text;

TEST_CASE("gold_file: gold and ignore triples with evidence and line numbers") {
    const GoldSet set = parse_gold_file("# doc\tsource\trelation\ttarget\tstatus\tevidence\n"
                                        "\n"
                                        "a.txt\trussia\tsupport\tregime\tgold\tالمدعومة من روسيا\n"
                                        "   \t \n"
                                        "a.txt\tisrael\tnegotiation\tpalestinians\tignore\n"
                                        "b.txt\tturkey\tconflict\tsdf\tgold\tقصف\textra column\n",
                                        "gold.tsv");
    CHECK(set.file_name == "gold.tsv");
    REQUIRE(set.gold.size() == 2);
    CHECK(set.gold[0].doc == "a.txt");
    CHECK(set.gold[0].source == "russia");
    CHECK(set.gold[0].relation == "support");
    CHECK(set.gold[0].target == "regime");
    CHECK(set.gold[0].evidence == "المدعومة من روسيا");
    CHECK(set.gold[0].line == 3);
    CHECK(set.gold[1].evidence == "قصف");
    CHECK(set.gold[1].line == 6);
    REQUIRE(set.ignore.size() == 1);
    CHECK(set.ignore[0].target == "palestinians");  // not canonical, and legal
    CHECK(set.ignore[0].evidence.empty());
    CHECK(set.ignore[0].line == 5);
}

TEST_CASE("gold_file: CRLF, a lone CR and a byte order mark read as score.py reads them") {
    const GoldSet set = parse_gold_file("\xEF\xBB\xBF# header\r\na\tiran\tsupport\tregime\tgold\r"
                                        "b\tiran\tsupport\tregime\tignore\r\n",
                                        "g.tsv");
    REQUIRE(set.gold.size() == 1);
    CHECK(set.gold[0].line == 2);
    REQUIRE(set.ignore.size() == 1);
    CHECK(set.ignore[0].line == 3);
    CHECK(set.ignore[0].evidence.empty());
}

TEST_CASE("gold_file: every error is FILE:LINE: problem") {
    const auto error = [](const std::string& text) {
        return error_text([&] { parse_gold_file(text, "gold.tsv"); });
    };
    CHECK(error("# c\n\na\tiran\tsupport\n") == "gold.tsv:3: expected at least 5 tab-separated columns, found 3");
    CHECK(error("a iran support regime gold\n") == "gold.tsv:1: expected at least 5 tab-separated columns, found 1");
    CHECK(error("a\tiran\thug\tregime\tgold\n") ==
          "gold.tsv:1: unknown relation \"hug\" (support, conflict or negotiation)");
    CHECK(error("a\tiran\tcriticism\tregime\tgold\n") ==
          "gold.tsv:1: unknown relation \"criticism\" (support, conflict or negotiation)");
    CHECK(error("\n\na\tiran\tsupport\tregime\tmaybe\tevidence\n") ==
          "gold.tsv:3: unknown status \"maybe\" (gold or ignore)");
    CHECK(error("a\tiran\tsupport\tregime\tgold \n") == "gold.tsv:1: unknown status \"gold \" (gold or ignore)");
    CHECK(error("#\n#\n#\na\tRus sia\tsupport\tregime\tgold\n") == "gold.tsv:4: bad actor id \"Rus sia\"");
    CHECK(error("a\tiran\tsupport\tRegime\tgold\n") == "gold.tsv:1: bad actor id \"Regime\"");
    CHECK(error("a\t\tsupport\tregime\tgold\n") == "gold.tsv:1: bad actor id \"\"");
    CHECK(error("\tiran\tsupport\tregime\tgold\n") == "gold.tsv:1: empty doc");
    // The leftmost problem is the one named.
    CHECK(error("a\tIran\thug\tregime\tmaybe\n") == "gold.tsv:1: bad actor id \"Iran\"");
    CHECK(error("a\tiran\thug\tRegime\tmaybe\n") ==
          "gold.tsv:1: unknown relation \"hug\" (support, conflict or negotiation)");
    CHECK(error("") == "(no error)");
    CHECK(error("# x\n# actors: lna, Gna\n") == "gold.tsv:2: bad actor id \"Gna\" in \"# actors:\"");
}

TEST_CASE("gold_file: '# actors:' declares actors scored besides the canonical ones") {
    const GoldSet set = parse_gold_file("# actors: lna gna, egypt lna\n# actors:\ta1\nd\tlna\tconflict\tgna\tgold\n", "g.tsv");
    CHECK(set.declared_actors == std::vector<std::string>{"a1", "egypt", "gna", "lna"});
    CHECK(set.scores_actor("lna"));
    CHECK(set.scores_actor("russia"));  // canonical
    CHECK_FALSE(set.scores_actor("china"));
    CHECK(set.gold.size() == 1);
    CHECK(parse_gold_file("d\tiran\tsupport\tregime\tgold\n", "g.tsv").declared_actors.empty());
}

TEST_CASE("gold_file: ids checked against a lexicon, first unknown in file order") {
    const auto lexicon = extract::Lexicon::builtin();
    const GoldSet good = parse_gold_file("a\tputin\tsupport\tregime\tgold\n", "gold.tsv");
    CHECK_NOTHROW(check_gold_actors(good, *lexicon));
    const GoldSet bad = parse_gold_file("a\tiran\tsupport\tregime\tgold\n"
                                        "a\tisrael\tnegotiation\txyz\tignore\n"
                                        "a\tabc\tsupport\tregime\tgold\n",
                                        "gold.tsv");
    CHECK(error_text([&] { check_gold_actors(bad, *lexicon); }) == "gold.tsv:2: unknown actor \"xyz\"");
}
