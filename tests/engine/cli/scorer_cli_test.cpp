// The scorer on the command line: --min-confidence is monotone, --model none
// gives the constructions' events alone, --weight-by confidence scales the
// graph's weights, and the options' bad values are usage errors.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "test_support.hpp"

using test_support::run_actorgraph;

namespace {

const std::string examples = (test_support::source_dir / "examples" / "articles").string();

std::vector<rapidjson::Document> events_of(const std::string& jsonl) {
    std::vector<rapidjson::Document> out;
    std::istringstream lines(jsonl);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) continue;
        out.emplace_back();
        out.back().Parse(line.c_str());
        REQUIRE(out.back().IsObject());
    }
    return out;
}

std::set<std::string> keys_of(const std::vector<rapidjson::Document>& events) {
    std::set<std::string> out;
    for (const auto& e : events)
        out.insert(std::string(e["doc"].GetString()) + ":" + std::to_string(e["begin"].GetUint64()) + ":" +
                   e["source"].GetString() + ":" + e["relation"].GetString() + ":" + e["target"].GetString());
    return out;
}

double summed_weight(const std::string& graph_json) {
    rapidjson::Document g;
    g.Parse(graph_json.c_str());
    REQUIRE(g.IsObject());
    double sum = 0;
    for (const auto& r : g["relations"].GetArray()) sum += r["weight"].GetDouble();
    return sum;
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("scorer: confidences are in [0, 1] and a higher --min-confidence never adds an event") {
    std::set<std::string> previous;
    bool first = true;
    for (const char* threshold : {"0", "0.2", "0.5", "0.8", "0.95"}) {
        const auto r = run_actorgraph("extract " + examples + " --min-confidence " + threshold);
        REQUIRE(r.exit_code == 0);
        const auto events = events_of(r.out);
        for (const auto& e : events) {
            CHECK(e["confidence"].GetDouble() >= std::stod(threshold));
            CHECK(e["confidence"].GetDouble() <= 1.0);
            CHECK(e["why"].IsArray());
        }
        const std::set<std::string> keys = keys_of(events);
        if (!first)
            for (const std::string& k : keys) CHECK(previous.count(k) == 1);
        CHECK((first || keys.size() <= previous.size()));
        previous = keys;
        first = false;
    }
    CHECK_FALSE(previous.empty());  // the example set has events the model is sure of
}

TEST_CASE("scorer: --model none gives the constructions' events alone, at confidence 1") {
    const auto r = run_actorgraph("extract " + examples + " --model none");
    REQUIRE(r.exit_code == 0);
    const auto events = events_of(r.out);
    REQUIRE_FALSE(events.empty());
    for (const auto& e : events) {
        CHECK(std::string(e["rule"].GetString()) != "model");
        CHECK(e["confidence"].GetDouble() == 1.0);
    }
}

TEST_CASE("scorer: --weight-by confidence scales the graph's weights down, never up") {
    test_support::TempDir dir("weight_by");
    const std::string plain = (dir.path() / "plain").string(), weighted = (dir.path() / "weighted").string();
    REQUIRE(run_actorgraph("analyze " + examples + " -q --format svg -o " + plain).exit_code == 0);
    REQUIRE(run_actorgraph("analyze " + examples + " -q --format svg --weight-by confidence -o " + weighted).exit_code == 0);
    const double a = summed_weight(test_support::read_file(plain + "/graph.json"));
    const double b = summed_weight(test_support::read_file(weighted + "/graph.json"));
    CHECK(a > 0);
    CHECK(b < a);
    CHECK(b > 0.5 * a);  // the graph's events are ones the model is fairly sure of
}

TEST_CASE("scorer: bad values of the scorer's options are usage errors naming the option") {
    const auto by = run_actorgraph("analyze " + examples + " --weight-by size");
    CHECK(by.exit_code == 2);
    CHECK(first_line(by.err) == "actorgraph analyze: --weight-by must be confidence, got 'size'");
    const auto graph = run_actorgraph("analyze " + examples + " --graph-min-confidence 2");
    CHECK(graph.exit_code == 2);
    CHECK(first_line(graph.err) == "actorgraph analyze: --graph-min-confidence must be between 0 and 1");
    const auto model = run_actorgraph("extract " + examples + " --model /nonexistent/model.json");
    CHECK(model.exit_code == 1);
    CHECK(model.err.find("/nonexistent/model.json") != std::string::npos);
}
