// End to end: analyze --by month on a generated TREC set across three months
// (timeline.csv, timeline.json), query DIR trend X Y, the article selection
// options and their errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <rapidjson/document.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::run_actorgraph;

namespace {

// Five articles: January (Iran supports the regime), February (Turkey attacks
// the SDF twice, in Manbij), March (Iran and Russia support the regime), one undated.
fs::path write_trec_set(const fs::path& dir) {
    struct Doc {
        const char *docno, *time, *text;
    };
    const Doc docs[] = {
        {"D1", "Mon, 15 Jan 2024 10:00:00 +0300", "وتدعم إيران النظام السوري في حلب."},
        {"D2", "Tue, 16 Jan 2024 10:00:00 +0300", "وهاجمت تركيا قوات سوريا الديمقراطية في منبج."},
        {"D3", "Thu, 15 Feb 2024 10:00:00 +0300",
         "وهاجمت تركيا قوات سوريا الديمقراطية في منبج. وقصفت تركيا مواقع قوات سوريا الديمقراطية."},
        {"D4", "Fri, 15 Mar 2024 10:00:00 +0300", "وتدعم إيران النظام السوري. وأكدت روسيا دعمها للنظام السوري."},
        {"D5", "", "وتدعم إيران النظام السوري."},
    };
    const fs::path file = dir / "set.trec";
    std::ofstream out(file, std::ios::binary);
    for (const Doc& doc : docs) {
        out << "<DOC>\n<DOCNO>" << doc.docno << "</DOCNO>\n<TITLE>" << doc.docno << "</TITLE>\n";
        if (*doc.time) out << "<TIME>" << doc.time << "</TIME>\n";
        out << "<TEXT>\n" << doc.text << "\n</TEXT>\n</DOC>\n";
    }
    return file;
}

// Appends rather than "'" + s + "'", which trips GCC 12's false -Wrestrict.
std::string quoted(const fs::path& path) {
    std::string out(1, '\'');
    out += path.string();
    out += '\'';
    return out;
}

// A usage error's first line (the usage text follows it).
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n') + 1); }

// The DOCNOs of an events.jsonl, in order, without repeats.
std::string docs_of(const fs::path& events) {
    std::ifstream in(events);
    std::string line, docs;
    while (std::getline(in, line)) {
        rapidjson::Document event;
        event.Parse(line.c_str());
        const std::string doc = event["doc"].GetString();
        if (docs.size() < doc.size() || docs.compare(docs.size() - doc.size(), doc.size(), doc) != 0)
            docs += (docs.empty() ? "" : " ") + doc;
    }
    return docs;
}

}  // namespace

TEST_CASE("timeline cli: analyze --by month writes timeline.csv, query DIR trend X Y reads the periods") {
    test_support::TempDir dir("timeline_cli");
    const fs::path set = write_trec_set(dir.path()), out = dir.path() / "out";
    const auto analyze = run_actorgraph("analyze -q " + quoted(set) + " --by month --format svg -o " + quoted(out));
    INFO(analyze.err);
    REQUIRE(analyze.exit_code == 0);
    for (const char* name : {"2024-01/graph.json", "2024-02/graph.json", "2024-03/graph.json", "timeline.json",
                             "timeline.csv", "timeline.html", "2024-02_to_2024-03/compare.json"})
        CHECK(fs::exists(out / name));
    const std::string csv = test_support::read_file(out / "timeline.csv");
    CHECK(csv ==
          "\xEF\xBB\xBF"
          "period,source,source_label,source_label_ar,target,target_label,target_label_ar,relation,weight,mentions,"
          "documents,articles,weight_per_100_articles\n"
          "2024-01,iran,Iran,إيران,regime,Syrian government,النظام السوري,support,0.7,1,1,2,35\n"
          "2024-02,turkey,Turkey,تركيا,sdf,Syrian Democratic Forces,قوات سوريا الديمقراطية,conflict,2,2,1,1,200\n"
          "2024-03,iran,Iran,إيران,regime,Syrian government,النظام السوري,support,0.7,1,1,1,70\n"
          "2024-03,russia,Russia,روسيا,regime,Syrian government,النظام السوري,support,0.7,1,1,1,70\n");
    // Each period's graph.json records the run's provenance with the period's own articles and dates.
    rapidjson::Document period_graph;
    period_graph.Parse(test_support::read_file(out / "2024-01" / "graph.json").c_str());
    REQUIRE(period_graph.IsObject());
    const rapidjson::Value& provenance = period_graph["provenance"];
    CHECK(provenance["articles"].GetUint64() == 2);
    CHECK(std::string(provenance["first_date"].GetString()).rfind("2024-01-", 0) == 0);
    CHECK(std::string(provenance["last_date"].GetString()).rfind("2024-01-", 0) == 0);
    CHECK(std::string(provenance["options"]["--by"].GetString()) == "month");
    CHECK(std::string(provenance["lexicon_hash"].GetString()).size() == 16);

    // Names as query takes them: English label, Arabic name (hamza-insensitive).
    const auto trend = run_actorgraph("query " + quoted(out) + " trend Turkey 'قوات سوريا الديمقراطية'");
    INFO(trend.err);
    REQUIRE(trend.exit_code == 0);
    CHECK(trend.out ==
          "Weights of turkey and sdf (both directions) by month:\n"
          "  period   articles  support  conflict  negotiation  criticism\n"
          "  2024-01  2         0        0         0            0\n"
          "  2024-02  1         0        2         0            0\n"
          "  2024-03  1         0        0         0            0\n");
    const auto json = run_actorgraph("query " + quoted(out) + " trend ايران regime --json");
    REQUIRE(json.exit_code == 0);
    rapidjson::Document document;
    document.Parse(json.out.c_str());
    REQUIRE(document.IsObject());
    const auto& periods = document["periods"];
    REQUIRE(periods.Size() == 3);
    CHECK(std::string(periods[2]["period"].GetString()) == "2024-03");
    CHECK(periods[0]["weights"]["support"].GetDouble() == Approx(0.7));
    CHECK(periods[0]["iran->regime"]["support"].GetDouble() == Approx(0.7));
    CHECK(periods[0]["regime->iran"]["support"].GetDouble() == 0.0);
    CHECK(periods[1]["weights"]["support"].GetDouble() == 0.0);
    CHECK(periods[0]["weights_per_100_articles"]["support"].GetDouble() == Approx(35.0));
    // Other queries on the DIR read its whole graph.json.
    CHECK(run_actorgraph("query " + quoted(out) + " actor russia").out.rfind("russia (Russia, روسيا)", 0) == 0);

    const auto unknown = run_actorgraph("query " + quoted(out) + " trend narnia regime");
    CHECK(unknown.exit_code != 0);
    CHECK(unknown.err.rfind("actorgraph: unknown actor 'narnia' (closest: ", 0) == 0);
    const auto not_timeline = run_actorgraph("query " + quoted(out / "graph.json") + " trend iran regime");
    CHECK(not_timeline.exit_code == 2);
    CHECK(first_line(not_timeline.err) == "actorgraph query: trend needs the DIR of analyze --by (no timeline.json in '" +
                                  (out / "graph.json").string() + "')\n");
    const auto arity = run_actorgraph("query " + quoted(out) + " trend iran");
    CHECK(arity.exit_code == 2);
    CHECK(first_line(arity.err) == "actorgraph query: 'trend' takes 2 arguments, got 1\n");
}

TEST_CASE("timeline cli: --from/--to, --about and --match keep the articles asked for and say what they left out") {
    test_support::TempDir dir("selection_cli");
    const fs::path set = write_trec_set(dir.path()), out = dir.path() / "out";
    struct Case {
        std::string options, summary, docs;
    };
    const Case cases[] = {
        {"--from 2024-02-01 --to 2024-02-29",
         "1 files, 1 articles (4 articles left out: 3 outside --from/--to, 1 undated), 2 events", "D3"},
        {"--from 2024-03-01", "1 files, 1 articles (4 articles left out: 3 outside --from/--to, 1 undated), ",
         "D4"},
        {"--about Russia", "1 files, 1 articles (4 articles left out: 4 without an --about actor), ", "D4"},
        {"--about 'تركيا,russia'", "1 files, 3 articles (2 articles left out: 2 without an --about actor), ",
         "D2 D3 D4"},
        {"--match منبج", "1 files, 2 articles (3 articles left out: 3 without the --match word), ", "D2 D3"},
        {"--match TURKEY", "1 files, 0 articles", ""},  // no Latin text: nothing is kept
    };
    for (const Case& c : cases) {
        INFO(c.options);
        fs::remove_all(out);
        const auto result = run_actorgraph("analyze " + quoted(set) + " --format svg -o " + quoted(out) + " " + c.options);
        if (c.docs.empty()) {
            CHECK(result.exit_code == 1);
            CHECK(result.err == "actorgraph: " + set.string() +
                                    ": no article left after the selection (5 articles left out: 5 without the "
                                    "--match word)\n");
            CHECK_FALSE(fs::exists(out));
            continue;
        }
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        CHECK(result.out.rfind(c.summary, 0) == 0);
        CHECK(docs_of(out / "events.jsonl") == c.docs);
    }
}

TEST_CASE("timeline cli: a bad selection value fails before any input is read and writes nothing") {
    test_support::TempDir dir("selection_errors");
    const fs::path set = write_trec_set(dir.path()), out = dir.path() / "out";
    struct Case {
        std::string command, options, message;
    };
    const Case cases[] = {
        {"analyze", "--from 2024-02-30", "actorgraph analyze: --from must be a date YYYY-MM-DD, got '2024-02-30'\n"},
        {"analyze", "--to 24-01-01", "actorgraph analyze: --to must be a date YYYY-MM-DD, got '24-01-01'\n"},
        {"analyze", "--from 2024-03-01 --to 2024-02-01",
         "actorgraph analyze: --from 2024-03-01 is after --to 2024-02-01\n"},
        {"analyze", "--match ''", "actorgraph analyze: --match needs a word, got ''\n"},
        {"analyze", "--match 'ـ '", "actorgraph analyze: --match needs a word, got 'ـ '\n"},  // tatweel alone
        {"analyze", "--about ,", "actorgraph analyze: --about needs at least one actor\n"},
        {"analyze", "--about russia,narnia", "actorgraph analyze: --about: unknown actor 'narnia' (closest: "},
        {"extract", "--from 2024-13-01", "actorgraph extract: --from must be a date YYYY-MM-DD, got '2024-13-01'\n"},
        {"query", "--about narnia", "actorgraph query: --about: unknown actor 'narnia' (closest: "},
    };
    for (const Case& c : cases) {
        INFO(c.command << " " << c.options);
        const std::string tail = c.command == "query" ? " actor russia" : " -o " + quoted(out);
        const auto result = run_actorgraph(c.command + " " + quoted(set) + tail + " " + c.options);
        CHECK(result.exit_code == 2);
        CHECK(result.err.rfind(c.message, 0) == 0);
        CHECK(result.out.empty());
        CHECK_FALSE(fs::exists(out));
    }
    // A graph.json has no articles to select.
    const fs::path graph = test_support::source_dir / "tests" / "golden" / "sample_graph.json";
    const auto result = run_actorgraph("query " + quoted(graph) + " actor russia --from 2024-01-01");
    CHECK(result.exit_code == 2);
    CHECK(first_line(result.err) == "actorgraph query: " + graph.string() +
                            ": --from, --to, --about and --match select articles; a graph.json has none\n");
}
