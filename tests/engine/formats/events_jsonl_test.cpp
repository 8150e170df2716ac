#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "engine/formats/events_jsonl.hpp"

using namespace actorgraph;
using namespace actorgraph::engine;

namespace {
extract::Event sample_event() {
    extract::Event event;
    event.doc = "a.txt";
    event.path = "dir/a.txt";
    event.title = "عنوان \"مقتبس\"";
    event.date = "2024-03-12";
    event.sentence = 2;
    event.begin = 10;
    event.end = 42;
    event.source = "russia";
    event.target = "regime";
    event.source_entity = "putin";
    event.target_entity = "regime";
    event.relation = Relation::support;
    event.negated = true;
    event.cue = "المدعومة من";
    event.rule = "participle_agent";
    event.confidence = 0.87512;
    event.why = {"cue:support_passive", "rule:participle_agent"};
    event.text = "القوات المدعومة من روسيا";
    event.weight = 1.5;
    return event;
}
}  // namespace

TEST_CASE("events_jsonl: one line, sorted keys, exact text") {
    const std::string line = event_to_json(sample_event());
    CHECK(line ==
          R"({"begin":10,"claimed":false,"confidence":0.875,"cue":"المدعومة من","date":"2024-03-12","doc":"a.txt","end":42,)"
          R"("file":"dir/a.txt","negated":true,"relation":"support","rule":"participle_agent","sentence":2,)"
          R"("source":"russia","source_entity":"putin",)"
          R"("speculative":false,"target":"regime","target_entity":"regime","text":"القوات المدعومة من روسيا",)"
          R"("title":"عنوان \"مقتبس\"","weight":1.5,"why":["cue:support_passive","rule:participle_agent"]})");
}

TEST_CASE("events_jsonl: round trip") {
    const extract::Event event = sample_event();
    const auto parsed = parse_events_jsonl(event_to_json(event) + "\n\n" + event_to_json(event) + "\n", "ev.jsonl");
    REQUIRE(parsed.size() == 2);
    CHECK(event_to_json(parsed[1]) == event_to_json(event));
}

TEST_CASE("events_jsonl: errors name the file and line") {
    CHECK_THROWS_WITH(parse_events_jsonl("{\"doc\":1}\n", "ev.jsonl"), "ev.jsonl:1: \"doc\" must be a string");
    CHECK_THROWS_WITH(parse_events_jsonl("\n{oops\n", "ev.jsonl"), "ev.jsonl:2: Missing a name for object member.");
    CHECK_THROWS_WITH(
        parse_events_jsonl(R"({"doc":"a","source":"x","target":"y","relation":"hug"})", "ev.jsonl"),
        "ev.jsonl:1: unknown relation \"hug\"");
    CHECK_THROWS_WITH(
        parse_events_jsonl(R"({"doc":"a","source":"x","target":"y","relation":"support","confidence":1.5})", "ev.jsonl"),
        "ev.jsonl:1: \"confidence\" must be a number from 0 to 1");
    CHECK_THROWS_WITH(
        parse_events_jsonl(R"({"doc":"a","source":"x","target":"y","relation":"support","why":"cue"})", "ev.jsonl"),
        "ev.jsonl:1: \"why\" must be an array of strings");
}
