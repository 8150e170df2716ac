// A fixed small actor graph with hand-filled metrics and the events its
// evidence indices point into, for the render, format and report tests
// (built directly on Boost.Graph so these tests do not depend on
// build_graph or compute_metrics).
#pragma once

#include <string>
#include <vector>

#include "engine/render/render.hpp"
#include "extract/event.hpp"
#include "graphs/actor_graph.hpp"
#include "graphs/metrics.hpp"

namespace test_support {

struct SampleGraph {
    actorgraph::graphs::ActorGraph graph;
    actorgraph::graphs::Metrics metrics;
    std::vector<actorgraph::extract::Event> events;
};

inline actorgraph::extract::Event sample_event(const std::string& doc, const std::string& source,
                                               const std::string& target, actorgraph::Relation relation,
                                               const std::string& text, double weight) {
    actorgraph::extract::Event e;
    e.doc = doc;
    e.path = "articles/" + doc + ".txt";
    e.title = "عنوان " + doc;
    e.date = "2024-01-0" + doc.substr(doc.size() - 1);
    e.source = source;
    e.target = target;
    e.source_entity = source;
    e.target_entity = target;
    e.relation = relation;
    e.text = text;
    e.weight = weight;
    return e;
}

// Actors (vertex order = id order): iran, russia, syria, turkey, usa.
// Alliances {iran, russia, syria} and {turkey, usa}; turkey -> russia
// negotiation crosses them and is the one frustrated tie. iran -> usa
// criticism shows how the fourth relation is written (directed, dashed).
inline SampleGraph sample_graph() {
    using namespace actorgraph;
    using namespace actorgraph::graphs;
    SampleGraph s;
    const std::vector<Actor> actors = {{"iran", "Iran", "إيران", 3},
                                       {"russia", "Russia", "روسيا", 5},
                                       {"syria", "Syria", "سوريا", 4},
                                       {"turkey", "Turkey", "تركيا", 2},
                                       {"usa", "United States", "الولايات المتحدة", 3}};
    for (const Actor& a : actors) s.graph.index[a.id] = boost::add_vertex(a, s.graph.graph);

    s.events = {
        sample_event("doc1", "russia", "syria", Relation::support, "أعلنت روسيا دعمها الكامل لسوريا.", 2.0),
        sample_event("doc2", "russia", "syria", Relation::support, "جددت موسكو دعمها لدمشق.", 1.0),
        sample_event("doc2", "iran", "syria", Relation::support, "أكدت إيران وقوفها إلى جانب سوريا.", 2.0),
        sample_event("doc3", "usa", "russia", Relation::conflict, "هاجمت الولايات المتحدة روسيا بشدة.", 2.5),
        sample_event("doc3", "russia", "usa", Relation::conflict, "ردت روسيا بانتقاد واشنطن.", 1.0),
        sample_event("doc4", "turkey", "russia", Relation::negotiation, "تفاوضت تركيا مع روسيا حول الهدنة.", 1.0),
        sample_event("doc5", "usa", "turkey", Relation::support, "دعمت الولايات المتحدة تركيا <\"&\">.", 1.0),
        sample_event("doc6", "iran", "usa", Relation::criticism, "نددت إيران بالعقوبات الأمريكية.", 1.5),
    };
    auto add = [&](std::size_t event, std::size_t documents) {
        const extract::Event& e = s.events[event];
        Vertex u = s.graph.index.at(e.source), v = s.graph.index.at(e.target);
        auto [edge, found] = boost::edge(u, v, s.graph.graph);
        if (!found) edge = boost::add_edge(u, v, Tie{}, s.graph.graph).first;
        RelationStats& stats = s.graph.graph[edge][e.relation];
        stats.weight += e.weight;
        stats.mentions += 1;
        stats.documents = documents;
        stats.evidence.push_back(event);
    };
    add(0, 1);
    add(1, 2);
    add(2, 1);
    add(3, 1);
    add(4, 1);
    add(5, 1);
    add(6, 1);
    add(7, 1);

    const double betweenness[] = {0.0, 0.5, 0.0, 0.1666667, 0.25};
    const double degree[] = {0.25, 0.75, 0.5, 0.5, 0.5};
    for (int v = 0; v < 5; ++v)
        s.metrics.actor_values.push_back({{"betweenness", betweenness[v]}, {"degree", degree[v]}});
    s.metrics.cluster = {0, 0, 0, 1, 1};
    s.metrics.clusters = {{0, {"iran", "russia", "syria"}}, {1, {"turkey", "usa"}}};
    s.metrics.community = {0, 0, 0, 1, 1};
    s.metrics.communities = s.metrics.clusters;
    s.metrics.frustrated = {{"turkey", "russia", Relation::negotiation, 0.5, {5}}};
    s.metrics.summary = {{"actors", 5}, {"relations", 7}, {"frustration_index", 0.5}};
    return s;
}

// Render options for the sample graph: its hand-filled metrics have no
// strength (the default size metric), so it is sized by betweenness.
inline actorgraph::engine::RenderOptions sample_render_options() {
    actorgraph::engine::RenderOptions options;
    options.size_metric = "betweenness";
    return options;
}

}  // namespace test_support
