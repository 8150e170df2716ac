// libFuzzer target: the graph.json reader (query and compare read it back).
// A document that reads must write again, and what is written must read back
// and write to the same bytes (the format round-trips).
#include "fuzz/fuzz_support.hpp"

#include "common/error.hpp"
#include "engine/formats/graph_json.hpp"

namespace actorgraph::fuzz {

inline void graph_json_body(std::string_view text) {
    const engine::RunInfo info{"fuzz", "top"};
    std::string written;
    try {
        written = engine::graph_to_json(engine::graph_from_json(text, "graph.json"), info);
    } catch (const Error&) {
        return;
    }
    try {
        const std::string again = engine::graph_to_json(engine::graph_from_json(written, "written.json"), info);
        require(again == written, "graph.json: written output round-trips byte for byte");
    } catch (const Error& error) {
        throw Violation(std::string("graph.json: written output does not read back: ") + error.what());
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::graph_json_body)
