// The graph's evidence policy: an event counts when a construction found it
// and its confidence reaches the graph's threshold; events.jsonl keeps all.
#include <catch2/catch.hpp>

#include "engine/pipeline.hpp"
#include "extract/lexicon/lexicon.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {

extract::Event event(const char* source, const char* target, const char* rule, double confidence) {
    extract::Event e;
    e.doc = "d";
    e.source = source;
    e.target = target;
    e.relation = Relation::conflict;
    e.rule = rule;
    e.confidence = confidence;
    return e;
}

std::size_t relations_of(const Analysis& a) { return boost::num_edges(a.graph.graph); }

}  // namespace

TEST_CASE("graph policy: only construction-found events at the graph's threshold count") {
    const std::vector<extract::Event> events{
        event("russia", "isis", "verb_subject_object", 0.9),  // counts
        event("turkey", "sdf", "verb_subject_object", 0.6),   // below the threshold
        event("usa", "iran", "model", 0.95),                  // the model alone proposed it
        event("israel", "iran", "noun_agent_patient", 0.7),   // exactly at the threshold
    };
    GraphOptions options;
    options.graph_min_confidence = 0.7;
    const Analysis a = analyze_events(events, {}, *extract::Lexicon::builtin(), options);
    CHECK(a.graph_events == 2);
    CHECK(a.events.size() == 4);  // every event stays, for events.jsonl and the evidence indices
    CHECK(relations_of(a) == 2);
    CHECK(counts_in_graph(events[0], options));
    CHECK_FALSE(counts_in_graph(events[1], options));
    CHECK_FALSE(counts_in_graph(events[2], options));
    CHECK(counts_in_graph(events[3], options));

    options.all_events = true;
    const Analysis all = analyze_events(events, {}, *extract::Lexicon::builtin(), options);
    CHECK(all.graph_events == 4);
    CHECK(relations_of(all) == 4);
}

TEST_CASE("graph policy: hedged events stay out whatever their confidence, unless asked for") {
    extract::Event claimed = event("russia", "isis", "verb_subject_object", 0.99);
    claimed.claimed = true;
    GraphOptions options;
    options.graph_min_confidence = 0.5;
    CHECK(analyze_events({claimed}, {}, *extract::Lexicon::builtin(), options).graph_events == 0);
    options.include_hedged = true;
    CHECK(analyze_events({claimed}, {}, *extract::Lexicon::builtin(), options).graph_events == 1);
}
