// `actorgraph evaluate` end to end: the same figures, misses and false
// positives as the reference scorer ../shared/eval/score.py, on a hand-made
// gold file and on the seeds; articles and their events.jsonl score alike;
// bad gold lines and bad options give one line and the documented exit code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <rapidjson/document.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::run_actorgraph;
using test_support::run_command;
using test_support::TempDir;

namespace {

const fs::path score_py = test_support::shared_dir / "eval" / "score.py";

bool score_py_runs() {
    return fs::is_regular_file(score_py) && run_command("python3 --version").exit_code == 0;
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// Appends rather than "'" + s + "'", which trips GCC 12's false -Wrestrict.
std::string quoted(const fs::path& path) {
    std::string out(1, '\'');
    out += path.string();
    out += '\'';
    return out;
}

using Triple = std::tuple<std::string, std::string, std::string, std::string>;

// score.py --verbose: the MISS and FALSE lines as triples.
void verbose_triples(const std::string& out, std::set<Triple>& misses, std::set<Triple>& false_positives) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> c;
        std::istringstream columns(line);
        for (std::string column; std::getline(columns, column, '\t');) c.push_back(column);
        if (c.size() < 5) continue;
        if (c[0] == "MISS ") misses.insert({c[1], c[2], c[3], c[4]});
        if (c[0] == "FALSE") false_positives.insert({c[1], c[2], c[3], c[4]});
    }
}

Triple triple_of(const rapidjson::Value& v) {
    return {v["doc"].GetString(), v["source"].GetString(), v["relation"].GetString(), v["target"].GetString()};
}

// Runs both scorers on GOLD and EVENTS.jsonl: the same table and micro line,
// the same misses and false positives.
void check_same_as_score_py(const fs::path& gold, const fs::path& events) {
    const auto reference = run_command("python3 " + quoted(score_py) + " " + quoted(gold) + " " + quoted(events));
    INFO(reference.err);
    REQUIRE(reference.exit_code == 0);
    const auto ours = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events));
    INFO(ours.err);
    REQUIRE(ours.exit_code == 0);
    CHECK(ours.out == reference.out);  // every row (tp fp fn P R F1) and the micro line
    CHECK(ours.out.rfind("relation       tp   fp   fn       P       R      F1\n", 0) == 0);

    const auto verbose =
        run_command("python3 " + quoted(score_py) + " " + quoted(gold) + " " + quoted(events) + " --verbose");
    REQUIRE(verbose.exit_code == 0);
    std::set<Triple> misses, false_positives;
    verbose_triples(verbose.out, misses, false_positives);
    const auto json = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events) + " --json --show all");
    REQUIRE(json.exit_code == 0);
    rapidjson::Document document;
    document.Parse(json.out.c_str());
    REQUIRE_FALSE(document.HasParseError());
    std::set<Triple> our_misses, our_false_positives;
    for (const auto& miss : document["misses"].GetArray()) our_misses.insert(triple_of(miss));
    std::size_t counted = 0;
    for (const auto& group : document["false_positives"].GetArray()) {
        counted += group["count"].GetUint64();
        for (const auto& fp : group["false_positives"].GetArray()) our_false_positives.insert(triple_of(fp));
    }
    CHECK(our_misses == misses);
    CHECK(our_false_positives == false_positives);
    CHECK(counted == false_positives.size());
    CHECK(document["relations"]["all"]["fn"].GetUint64() == misses.size());
    CHECK(document["relations"]["all"]["fp"].GetUint64() == false_positives.size());
}

std::string event_line(const std::string& doc, const std::string& source, const std::string& relation,
                       const std::string& target, const std::string& extra = "") {
    return R"({"doc":")" + doc + R"(","source":")" + source + R"(","relation":")" + relation + R"(","target":")" +
           target + R"(","text":"s")" + extra + "}\n";
}

}  // namespace

TEST_CASE("evaluate: the figures of score.py on a hand-made gold file") {
    TempDir dir("evaluate_hand");
    const fs::path gold = dir.path() / "gold.tsv", events = dir.path() / "events.jsonl";
    write_text(gold,
               "# doc\tsource\trelation\ttarget\tstatus\tevidence\n"
               "a.txt\trussia\tsupport\tregime\tgold\tالمدعومة من روسيا\n"
               "a.txt\tiran\tsupport\tregime\tgold\tإيران\n"
               "a.txt\tturkey\tconflict\tsdf\tgold\tقصف\n"
               "a.txt\tusa\tconflict\tisis\tignore\n"
               "a.txt\tisrael\tnegotiation\tpalestinians\tignore\n"
               "\n"
               "b.txt\tun\tnegotiation\trussia\tgold\n"
               "b.txt\trussia\tnegotiation\tun\tignore\n"
               "b.txt\topposition\tsupport\tusa\tignore\n"
               "b.txt\tregime\tconflict\topposition\tgold\n"
               "b.txt\tisrael\tnegotiation\thamas\tgold\n"  // not canonical: can only be missed, as in score.py
               "c.txt\tisis\tconflict\tiraq\tignore\n");
    write_text(events, event_line("a.txt", "russia", "support", "regime") +
                           event_line("a.txt", "regime", "support", "iran") +      // wrong direction
                           event_line("dir/a.txt", "sdf", "conflict", "turkey") +  // unordered, by basename
                           event_line("a.txt", "usa", "conflict", "isis") +        // ignored
                           event_line("a.txt", "israel", "negotiation", "palestinians") +
                           event_line("a.txt", "putin", "support", "regime") +      // not canonical
                           event_line("a.txt", "regime", "conflict", "regime") +    // self pair
                           event_line("a.txt", "hezbollah", "support", "regime", R"(,"negated":true)") +
                           event_line("a.txt", "iraq", "support", "regime", R"(,"speculative":true)") +
                           event_line("a.txt", "qatar", "support", "opposition", R"(,"claimed":true)") +
                           event_line("b.txt", "russia", "negotiation", "un", R"(,"confidence":0.2)") +
                           event_line("b.txt", "usa", "support", "opposition") +  // reverse of an ignore: false
                           event_line("b.txt", "opposition", "support", "usa") +
                           event_line("b.txt", "turkey", "negotiation", "russia") +
                           event_line("b.txt", "turkey", "negotiation", "russia") +  // once per document
                           event_line("b.txt", "israel", "negotiation", "hamas") +   // not canonical
                           event_line("c.txt", "uk", "conflict", "isis") +           // c has only an ignore line
                           event_line("z.txt", "usa", "conflict", "isis") +          // not in the gold
                           "\n");
    const auto ours = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events));
    CHECK(ours.out ==
          "relation       tp   fp   fn       P       R      F1\n"
          "support         1    2    1   0.333   0.500   0.400\n"
          "conflict        1    1    1   0.500   0.500   0.500\n"
          "negotiation     1    1    1   0.500   0.500   0.500\n"
          "all             3    4    3   0.429   0.500   0.462\n"
          "micro-F1 0.462\n");
    if (!score_py_runs()) {
        SKIP_TEST("the comparison with score.py: ../shared/eval/score.py or python3 not available");
    }
    check_same_as_score_py(gold, events);
}

TEST_CASE("evaluate: the seeds, as score.py scores extract's events, and articles as their events.jsonl") {
    if (!test_support::shared_available() || !score_py_runs()) {
        SKIP_TEST("../shared or python3 not available");
    }
    TempDir dir("evaluate_seeds");
    const fs::path seeds = test_support::shared_dir / "corpora" / "seeds";
    const fs::path gold = test_support::shared_dir / "gold" / "seeds.tsv";
    const fs::path events = dir.path() / "ev.jsonl";
    const auto extracted = run_actorgraph("extract " + quoted(seeds) + " -o " + quoted(events) + " -j 1");
    REQUIRE(extracted.exit_code == 0);
    check_same_as_score_py(gold, events);

    for (const std::string options : {"", " --show all"}) {
        INFO(options);
        const auto from_articles = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(seeds) + " -j 1" + options);
        const auto from_events = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events) + options);
        REQUIRE(from_articles.exit_code == 0);
        REQUIRE(from_events.exit_code == 0);
        CHECK(from_articles.out == from_events.out);
    }
    // With --curve, articles are extracted down to the curve's lowest threshold, 0.1.
    const fs::path low = dir.path() / "low.jsonl";
    REQUIRE(run_actorgraph("extract " + quoted(seeds) + " -o " + quoted(low) + " -j 1 --min-confidence 0.1").exit_code == 0);
    const std::string options = " --json --show all --curve --min-confidence 0.5";
    const auto from_articles = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(seeds) + " -j 1" + options);
    const auto from_events = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(low) + options);
    REQUIRE(from_articles.exit_code == 0);
    CHECK(from_articles.out == from_events.out);
    const auto curve = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events) + " --curve");
    CHECK(curve.out.find("\n0.9       all  ") != std::string::npos);
    const std::string last_line = curve.out.substr(curve.out.rfind('\n', curve.out.size() - 2) + 1);
    CHECK(last_line.rfind("micro-F1 ", 0) == 0);
}

TEST_CASE("evaluate: --help and the command list") {
    const auto help = run_actorgraph("evaluate --help");
    CHECK(help.exit_code == 0);
    CHECK(help.out.rfind("usage: actorgraph evaluate GOLD.tsv INPUT...", 0) == 0);
    CHECK(run_actorgraph("--help").out.find("  evaluate GOLD.tsv INPUT...") != std::string::npos);
}

TEST_CASE("evaluate: a bad gold line is FILE:LINE: problem (exit 1)") {
    TempDir dir("evaluate_bad_gold");
    const fs::path gold = dir.path() / "gold.tsv", events = dir.path() / "events.jsonl";
    write_text(events, event_line("a.txt", "russia", "support", "regime"));
    write_text(gold, "# header\na.txt\trussia\tsupport\tregime\tmaybe\n");
    const auto status = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events));
    CHECK(status.exit_code == 1);
    CHECK(status.err == "actorgraph: " + gold.string() + ":2: unknown status \"maybe\" (gold or ignore)\n");
    CHECK(status.out.empty());
    write_text(gold, "a.txt\trussia\tsupport\n");
    const auto columns = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(events));
    CHECK(columns.exit_code == 1);
    CHECK(columns.err == "actorgraph: " + gold.string() + ":1: expected at least 5 tab-separated columns, found 3\n");
}

TEST_CASE("evaluate: a missing gold file or events file names it (exit 1)") {
    TempDir dir("evaluate_missing");
    const fs::path gold = dir.path() / "gold.tsv", missing = dir.path() / "missing.tsv";
    write_text(gold, "a.txt\trussia\tsupport\tregime\tgold\n");
    const auto no_gold = run_actorgraph("evaluate " + quoted(missing) + " " + quoted(dir.path()));
    CHECK(no_gold.exit_code == 1);
    CHECK(no_gold.err == "actorgraph: " + missing.string() + ": no such file or directory\n");
    const fs::path no_events_path = dir.path() / "none.jsonl";
    const auto no_events = run_actorgraph("evaluate " + quoted(gold) + " " + quoted(no_events_path));
    CHECK(no_events.exit_code == 1);
    CHECK(no_events.err == "actorgraph: " + no_events_path.string() + ": no such file or directory\n");
}

TEST_CASE("evaluate: bad options and a missing GOLD are usage errors, checked before any input (exit 2)") {
    const auto show = run_actorgraph("evaluate /no/such/gold.tsv /no/such/input --show everything");
    CHECK(show.exit_code == 2);
    CHECK(show.err.rfind("actorgraph evaluate: --show must be misses, false or all, got 'everything'\n\nusage: ", 0) ==
          0);
    const auto threshold = run_actorgraph("evaluate /no/such/gold.tsv /no/such/input --min-confidence 2");
    CHECK(threshold.exit_code == 2);
    CHECK(threshold.err.rfind("actorgraph evaluate: --min-confidence must be between 0 and 1\n", 0) == 0);
    const auto threads = run_actorgraph("evaluate /no/such/gold.tsv /no/such/input -j x");
    CHECK(threads.exit_code == 2);
    const auto none = run_actorgraph("evaluate");
    CHECK(none.exit_code == 2);
    CHECK(none.err.rfind("actorgraph evaluate: no GOLD.tsv given\n", 0) == 0);
    const auto no_input = run_actorgraph("evaluate /no/such/gold.tsv");
    CHECK(no_input.exit_code == 2);
    CHECK(no_input.err.rfind("actorgraph evaluate: no INPUT given\n", 0) == 0);
}
