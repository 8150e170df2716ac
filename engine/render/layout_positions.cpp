// layout_positions: a plain DOT of every actor, laid out by libgvc, read
// back from the nodes' coordinates.
#include "engine/render/layout_positions.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "common/error.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {
namespace {

// Nodes are named n<vertex> (ids may hold any character); one undirected
// edge per pair, short when the pair's ties are friendly on balance.
std::string layout_dot(const graphs::ActorGraph& graph, const char* engine) {
    const graphs::Graph& g = graph.graph;
    std::map<std::pair<std::size_t, std::size_t>, double> balance;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        std::size_t a = boost::source(*e, g), b = boost::target(*e, g);
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        double& sum = balance[{a, b}];
        sum += g[*e][Relation::support].weight - g[*e][Relation::conflict].weight - g[*e][Relation::criticism].weight;
    }
    std::ostringstream out;
    // overlap=scale, not prism: in Graphviz 2.43 prism gives another layout
    // about one run in ten (the same DOT, the same process or not).
    out << "graph layout {\n  graph [layout=" << engine
        << ", overlap=scale, splines=false, start=1, outputorder=edgesfirst];\n"
           "  node [shape=circle, width=0.4, height=0.4, fixedsize=true, label=\"\"];\n";
    for (std::size_t v = 0; v < graph.actor_count(); ++v) out << "  n" << v << ";\n";
    for (const auto& [pair, sum] : balance)
        out << "  n" << pair.first << " -- n" << pair.second << " [len=" << (sum < 0 ? 3 : 1) << "];\n";
    out << "}\n";
    return out.str();
}

}  // namespace

std::vector<std::array<double, 2>> layout_positions(const graphs::ActorGraph& graph) {
    std::vector<std::array<double, 2>> positions;
    const std::size_t n = graph.actor_count();
    if (n == 0 || n > max_layout_actors) return positions;
    const char* engine = "neato";
    const std::string dot = layout_dot(graph, engine);

    std::lock_guard<std::mutex> lock(graphviz_mutex());
    // Never freed, as in render_dot: Graphviz 2.43's pango plugin keeps a
    // pointer into the last context it measured text for.
    static GVC_t* const gvc = gvContext();
    if (!gvc) throw Error("layout: cannot create a Graphviz context");
    const agerrlevel_t previous_level = agseterr(AGMAX);  // warnings are not the caller's business
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> g(agmemread(dot.c_str()), agclose);
    if (!g) {
        agseterr(previous_level);
        throw Error("layout: Graphviz cannot read the layout graph");
    }
    if (gvLayout(gvc, g.get(), engine) != 0) {
        agseterr(previous_level);
        throw Error(std::string("layout: ") + engine + " layout failed");
    }
    positions.reserve(n);
    for (std::size_t v = 0; v < n; ++v) {
        const std::string name = "n" + std::to_string(v);
        Agnode_t* node = agnode(g.get(), const_cast<char*>(name.c_str()), 0);
        positions.push_back(node ? std::array<double, 2>{ND_coord(node).x, ND_coord(node).y}
                                 : std::array<double, 2>{0.0, 0.0});
    }
    gvFreeLayout(gvc, g.get());
    agseterr(previous_level);
    return positions;
}

}  // namespace actorgraph::engine
