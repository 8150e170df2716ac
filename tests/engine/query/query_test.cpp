// Each query on a graph built for the test, with answers worked out by hand.
//
//   a --support 2--> b,  b --support 1--> a     signed a-b = +3
//   c --conflict 1--> a, c --conflict 2--> b    signed a-c = -1, b-c = -2
//   a --negotiation 1--> d                      signed a-d = 0 (negotiation weight 0)
//   d --support 1--> c                          signed c-d = +1
#include <catch2/catch.hpp>

#include <set>

#include <rapidjson/document.h>

#include "common/error.hpp"
#include "engine/query/query.hpp"
#include "engine/query/text_table.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {

Analysis hand_graph() {
    std::vector<graphs::Actor> actors{
        {"a", "Alpha", "ألفا", 5}, {"b", "Beta", "بيتا", 4}, {"c", "Gamma", "غاما", 3}, {"d", "Delta", "دلتا", 1}};
    struct Row {
        const char* source;
        const char* target;
        Relation relation;
        double weight;
    };
    const std::vector<Row> rows{{"a", "b", Relation::support, 2},     {"b", "a", Relation::support, 1},
                                {"c", "a", Relation::conflict, 1},    {"c", "b", Relation::conflict, 2},
                                {"a", "d", Relation::negotiation, 1}, {"d", "c", Relation::support, 1}};
    Analysis analysis;
    std::vector<graphs::Observation> observations;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        observations.push_back({rows[i].source, rows[i].target, rows[i].relation, rows[i].weight,
                                "doc" + std::to_string(i), i});
        extract::Event event;
        event.doc = "doc" + std::to_string(i);
        event.source = rows[i].source;
        event.target = rows[i].target;
        event.relation = rows[i].relation;
        event.text = "sentence " + std::to_string(i);
        analysis.events.push_back(event);
    }
    analysis.graph = graphs::build_graph(actors, observations);
    analysis.metrics = graphs::compute_metrics(analysis.graph);
    return analysis;
}

rapidjson::Document ask(const Analysis& analysis, const std::vector<std::string>& words) {
    const ActorResolver resolver(analysis, nullptr);
    rapidjson::Document document;
    document.Parse(run_query(analysis, words, resolver).json.c_str());
    REQUIRE_FALSE(document.HasParseError());
    return document;
}

}  // namespace

TEST_CASE("query: allies and enemies by signed weight") {
    const Analysis analysis = hand_graph();
    const auto allies = ask(analysis, {"allies", "a"});
    REQUIRE(allies["allies"].Size() == 1);
    CHECK(std::string(allies["allies"][0]["actor"].GetString()) == "b");
    CHECK(allies["allies"][0]["signed_weight"].GetDouble() == 3.0);
    CHECK(allies["allies"][0]["to"]["support"].GetDouble() == 2.0);
    CHECK(allies["allies"][0]["from"]["support"].GetDouble() == 1.0);
    const auto enemies = ask(analysis, {"enemies", "b"});
    REQUIRE(enemies["enemies"].Size() == 1);
    CHECK(std::string(enemies["enemies"][0]["actor"].GetString()) == "c");
    CHECK(enemies["enemies"][0]["signed_weight"].GetDouble() == -2.0);
}

TEST_CASE("query: actor lists metrics, allies, enemies and negotiating partners") {
    const auto actor = ask(hand_graph(), {"actor", "a"});
    CHECK(actor["mentions"].GetInt() == 5);
    CHECK(actor["metrics"].HasMember("betweenness"));
    CHECK(actor["allies"].Size() == 1);
    CHECK(actor["enemies"].Size() == 1);
    REQUIRE(actor["negotiating_partners"].Size() == 1);
    CHECK(std::string(actor["negotiating_partners"][0]["actor"].GetString()) == "d");
}

TEST_CASE("query: alliance shows both directions, shared enemies and the shared triangle") {
    const auto alliance = ask(hand_graph(), {"alliance", "a", "b"});
    CHECK(alliance["weights"]["a->b"]["support"].GetDouble() == 2.0);
    CHECK(alliance["weights"]["b->a"]["support"].GetDouble() == 1.0);
    CHECK(alliance["signed_weight"].GetDouble() == 3.0);
    CHECK(alliance["same_cluster"].GetBool());
    CHECK(alliance["clusters"][0].GetInt() >= 1);  // numbered from 1, as in graph.json
    REQUIRE(alliance["shared_enemies"].Size() == 1);
    CHECK(std::string(alliance["shared_enemies"][0].GetString()) == "c");
    CHECK(alliance["shared_allies"].Size() == 0);
    REQUIRE(alliance["triangles"].Size() == 1);
    CHECK(std::string(alliance["triangles"][0]["signs"].GetString()) == "+--");
    CHECK(alliance["triangles"][0]["balanced"].GetBool());
    CHECK(alliance["triangle_balance"].GetDouble() == 1.0);
}

TEST_CASE("query: top ranks by a metric with ties broken by id") {
    const auto top = ask(hand_graph(), {"top", "mentions", "2"});
    REQUIRE(top["top"].Size() == 2);
    CHECK(std::string(top["top"][0]["actor"].GetString()) == "a");
    CHECK(std::string(top["top"][1]["actor"].GetString()) == "b");
}

TEST_CASE("query: path follows directed support ties") {
    const Analysis analysis = hand_graph();
    const auto direct = ask(analysis, {"path", "a", "b"});
    CHECK(direct["found"].GetBool());
    CHECK(direct["distance"].GetDouble() == 0.5);
    const auto chain = ask(analysis, {"path", "d", "c"});
    CHECK(chain["steps"].Size() == 1);
    const auto none = ask(analysis, {"path", "d", "b"});
    CHECK_FALSE(none["found"].GetBool());
    CHECK(none["steps"].Size() == 0);
}

TEST_CASE("query: evidence returns the sentences of both directions, filtered by relation") {
    const Analysis analysis = hand_graph();
    const auto all = ask(analysis, {"evidence", "b", "a"});
    CHECK(all["evidence"].Size() == 2);
    const auto conflict = ask(analysis, {"evidence", "a", "c", "conflict"});
    REQUIRE(conflict["evidence"].Size() == 1);
    CHECK(std::string(conflict["evidence"][0]["text"].GetString()) == "sentence 2");
    CHECK(ask(analysis, {"evidence", "a", "c", "support"})["evidence"].Size() == 0);
}

TEST_CASE("query: clusters put the allies together") {
    const auto clusters = ask(hand_graph(), {"clusters"});
    bool a_with_b = false;
    int number = 0;
    for (const auto& cluster : clusters["clusters"].GetArray()) {
        CHECK(cluster["id"].GetInt() == ++number);  // 1, 2, ... as in graph.json
        std::set<std::string> members;
        for (const auto& m : cluster["members"].GetArray()) members.insert(m.GetString());
        if (members.count("a") && members.count("b") && !members.count("c")) a_with_b = true;
    }
    CHECK(a_with_b);
}

TEST_CASE("query: actors by English label (any case) or Arabic name") {
    const Analysis analysis = hand_graph();
    const ActorResolver resolver(analysis, nullptr);
    CHECK(resolver.resolve("ALPHA") == analysis.graph.index.at("a"));
    CHECK(resolver.resolve("غاما") == analysis.graph.index.at("c"));
}

TEST_CASE("query: an unknown actor lists the closest names, and bad queries are usage errors") {
    const Analysis analysis = hand_graph();
    const ActorResolver resolver(analysis, nullptr);
    CHECK_THROWS_WITH(resolver.resolve("Gama"), "unknown actor 'Gama' (closest: c, a, b, d)");
    CHECK_THROWS_WITH(run_query(analysis, {"frobnicate"}, resolver), "actorgraph query: unknown query 'frobnicate'");
    CHECK_THROWS_WITH(run_query(analysis, {"alliance", "a"}, resolver),
                      "actorgraph query: 'alliance' takes 2 arguments, got 1");
    CHECK_THROWS_WITH(run_query(analysis, {"top", "charisma"}, resolver),
                      Catch::Matchers::StartsWith("actorgraph query: unknown metric 'charisma' (known: "));
    try {
        run_query(analysis, {"top"}, resolver);
        FAIL("expected a usage error");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::usage_error);
    }
}

namespace {

// a --support 1--> b and a --criticism 2--> b, analysed at a criticism sign
// weight: signed a-b = 1 + weight * 2.
Analysis criticism_graph(double criticism_sign_weight) {
    const std::vector<graphs::Observation> observations{{"a", "b", Relation::support, 1, "doc0", 0},
                                                        {"a", "b", Relation::criticism, 2, "doc1", 1}};
    Analysis analysis;
    for (const graphs::Observation& o : observations) {
        extract::Event event;
        event.doc = o.doc;
        event.source = o.source;
        event.target = o.target;
        event.relation = o.relation;
        event.text = std::string(relation_name(o.relation)) + " sentence";
        analysis.events.push_back(event);
    }
    graphs::MetricsOptions options;
    options.criticism_sign_weight = criticism_sign_weight;
    analysis.graph = graphs::build_graph({}, observations);
    analysis.metrics = graphs::compute_metrics(analysis.graph, options);
    return analysis;
}

}  // namespace

TEST_CASE("query: criticism is its own column and counts in the signed weight only by its sign weight") {
    const Analysis mild = criticism_graph(0.0);
    const auto allies = ask(mild, {"allies", "a"});
    REQUIRE(allies["allies"].Size() == 1);
    CHECK(allies["allies"][0]["signed_weight"].GetDouble() == 1.0);
    CHECK(allies["allies"][0]["to"]["criticism"].GetDouble() == 2.0);
    CHECK(allies["allies"][0]["to"]["conflict"].GetDouble() == 0.0);

    const Analysis harsh = criticism_graph(-1.0);
    CHECK(ask(harsh, {"allies", "a"})["allies"].Size() == 0);
    const auto enemies = ask(harsh, {"enemies", "a"});
    REQUIRE(enemies["enemies"].Size() == 1);
    CHECK(enemies["enemies"][0]["signed_weight"].GetDouble() == -1.0);
    const ActorResolver resolver(harsh, nullptr);
    const std::string table = run_query(harsh, {"enemies", "a"}, resolver).text;
    CHECK(table.find("criticism") != std::string::npos);
    CHECK(table.find("-1") != std::string::npos);
}

TEST_CASE("query: evidence filters criticism, an unknown relation lists all four") {
    const Analysis analysis = criticism_graph(0.0);
    const auto evidence = ask(analysis, {"evidence", "a", "b", "criticism"});
    REQUIRE(evidence["evidence"].Size() == 1);
    CHECK(std::string(evidence["evidence"][0]["relation"].GetString()) == "criticism");
    CHECK(std::string(evidence["evidence"][0]["text"].GetString()) == "criticism sentence");
    const ActorResolver resolver(analysis, nullptr);
    CHECK_THROWS_WITH(run_query(analysis, {"evidence", "a", "b", "hug"}, resolver),
                      "actorgraph query: unknown relation 'hug' (expected support, conflict, negotiation or criticism)");
}

TEST_CASE("query: common English aliases (US, Washington, Moscow, Ankara, Tehran) name their actor") {
    const std::vector<graphs::Actor> actors{{"usa", "United States", "الولايات المتحدة", 2},
                                            {"russia", "Russia", "روسيا", 2},
                                            {"turkey", "Turkey", "تركيا", 1},
                                            {"iran", "Iran", "إيران", 1}};
    Analysis analysis;
    analysis.graph = graphs::build_graph(actors, {{"usa", "russia", Relation::conflict, 1, "d", 0},
                                                  {"turkey", "iran", Relation::support, 1, "d", 1}});
    analysis.metrics = graphs::compute_metrics(analysis.graph);
    const ActorResolver resolver(analysis, nullptr);
    for (const char* name : {"US", "usa", "U.S.", "Washington", "america"})
        CHECK(resolver.resolve(name) == analysis.graph.index.at("usa"));
    CHECK(resolver.resolve("Moscow") == analysis.graph.index.at("russia"));
    CHECK(resolver.resolve("ankara") == analysis.graph.index.at("turkey"));
    CHECK(resolver.resolve("Tehran") == analysis.graph.index.at("iran"));
    // An alias of an actor the graph does not have is still unknown.
    CHECK_THROWS_WITH(resolver.resolve("Riyadh"), Catch::StartsWith("unknown actor 'Riyadh'"));
}

TEST_CASE("query: terminal tables never run a label into the next column") {
    // Harakat take no column; a newline in a label stays on its line.
    CHECK(display_width("سُورِيَا") == 5);
    CHECK(display_width("abc") == 3);
    const std::string table = format_table({"actor", "n"}, {{"سُورِيَا", "1"}, {"a\nb", "2"}, {"Hezbollah", "3"}});
    CHECK(table == "  actor      n\n"
                   "  سُورِيَا      1\n"
                   "  a b        2\n"
                   "  Hezbollah  3\n");
}
