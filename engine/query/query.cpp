#include "engine/query/query.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "common/error.hpp"
#include "engine/formats/cluster_numbers.hpp"
#include "engine/formats/json_value.hpp"
#include "engine/query/text_table.hpp"
#include "graphs/shortest_paths.hpp"
#include "graphs/signed_view.hpp"

namespace actorgraph::engine {

const char* const query_grammar = R"(queries:
  actor X                  every metric of X, its allies, enemies and negotiating partners
  alliance X Y             X and Y: weights both ways, clusters, shared allies and enemies, shared triangles
  allies X | enemies X     partners with a positive | negative signed tie, strongest first
  top METRIC [N]           the N actors (default 10) highest on METRIC
  path X Y                 the strongest chain of support from X to Y (distance = 1 / weight)
  evidence X Y [RELATION]  the sentences behind the relations between X and Y
  clusters                 alliance clusters, their frustrated ties, and modularity communities
  trend X Y                X and Y's weights per period and relation (SOURCE: the DIR of analyze --by)
X and Y are actor ids, English labels or Arabic names.
)";

namespace {

using graphs::Graph;
using graphs::Vertex;

[[noreturn]] void usage(const std::string& message) {
    throw Error("actorgraph query: " + message, ExitCode::usage_error);
}

// ---- the signed view of one pair ------------------------------------------

struct PairView {
    std::array<double, relation_count> forward{};   // u -> v
    std::array<double, relation_count> backward{};  // v -> u
    double total(Relation r) const { return forward[static_cast<int>(r)] + backward[static_cast<int>(r)]; }
    bool any() const {
        for (Relation r : all_relations)
            if (total(r) != 0.0) return true;
        return false;
    }
};

// The analysed graph as queries read it: per-relation weights of a pair,
// and its signed tie from graphs' signed view (graphs/signed_view.hpp), with
// the sign weights the metrics were computed with.
class GraphView {
public:
    explicit GraphView(const Analysis& analysis)
        : analysis_(analysis), g_(analysis.graph.graph),
          signed_(graphs::signed_layer(analysis.graph, sign_weights(analysis))) {}

    const Graph& graph() const { return g_; }
    const graphs::ActorGraph& analysis_graph() const { return analysis_.graph; }
    const std::string& id(Vertex v) const { return g_[v].id; }

    PairView pair(Vertex u, Vertex v) const {
        PairView view;
        if (auto [e, found] = boost::edge(u, v, g_); found)
            for (Relation r : all_relations) view.forward[static_cast<int>(r)] = g_[e][r].weight;
        if (auto [e, found] = boost::edge(v, u, g_); found)
            for (Relation r : all_relations) view.backward[static_cast<int>(r)] = g_[e][r].weight;
        return view;
    }

    // The signed tie of {u, v}; 0 when there is none.
    double signed_weight(Vertex u, Vertex v) const {
        return graphs::tie_weight(signed_, static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(v));
    }

    // Every actor with a tie to or from v, sorted by id.
    std::vector<Vertex> neighbours(Vertex v) const {
        std::set<Vertex> found;
        for (auto [e, end] = boost::out_edges(v, g_); e != end; ++e) found.insert(boost::target(*e, g_));
        for (auto [e, end] = boost::in_edges(v, g_); e != end; ++e) found.insert(boost::source(*e, g_));
        found.erase(v);
        std::vector<Vertex> sorted(found.begin(), found.end());
        std::sort(sorted.begin(), sorted.end(), [&](Vertex a, Vertex b) { return id(a) < id(b); });
        return sorted;
    }

    double metric(Vertex v, const std::string& name) const {
        const auto& values = analysis_.metrics.actor_values;
        if (v >= values.size()) return 0.0;
        const auto it = values[v].find(name);
        return it == values[v].end() ? 0.0 : it->second;
    }

    int cluster(Vertex v) const {
        return v < analysis_.metrics.cluster.size() ? analysis_.metrics.cluster[v] : -1;
    }

    struct Partner {
        Vertex vertex;
        double signed_weight;
        PairView pair;
    };
    // Partners whose signed tie satisfies `keep`, strongest |weight| first, ties by id.
    template <class Keep>
    std::vector<Partner> partners(Vertex v, Keep keep) const {
        std::vector<Partner> list;
        for (Vertex u : neighbours(v)) {
            const PairView view = pair(v, u);
            const double weight = signed_weight(v, u);
            if (keep(weight, view)) list.push_back({u, weight, view});
        }
        std::stable_sort(list.begin(), list.end(), [](const Partner& a, const Partner& b) {
            return std::fabs(a.signed_weight) > std::fabs(b.signed_weight);
        });
        return list;
    }
    std::vector<Partner> allies(Vertex v) const {
        return partners(v, [](double w, const PairView&) { return w > 0; });
    }
    std::vector<Partner> enemies(Vertex v) const {
        return partners(v, [](double w, const PairView&) { return w < 0; });
    }
    std::vector<Partner> negotiating(Vertex v) const {
        return partners(v, [](double, const PairView& p) { return p.total(Relation::negotiation) > 0; });
    }

private:
    // The sign weights the metrics were computed with (0 when a graph.json predates one).
    static graphs::SignWeights sign_weights(const Analysis& analysis) {
        auto summary_value = [&](const char* key) {
            const auto it = analysis.metrics.summary.find(key);
            return it == analysis.metrics.summary.end() ? 0.0 : it->second;
        };
        return {summary_value("negotiation_sign_weight"), summary_value("criticism_sign_weight")};
    }

    const Analysis& analysis_;
    const Graph& g_;
    graphs::WeightedAdjacency signed_;
};

JsonObject relation_weights(const std::array<double, relation_count>& weights) {
    JsonObject object;
    for (Relation r : all_relations) object[std::string(relation_name(r))] = weights[static_cast<int>(r)];
    return object;
}

JsonArray partner_json(const GraphView& view, const std::vector<GraphView::Partner>& partners) {
    JsonArray array;
    for (const auto& p : partners)
        array.push_back(JsonObject{{"actor", view.id(p.vertex)},
                                   {"signed_weight", p.signed_weight},
                                   {"from", relation_weights(p.pair.backward)},
                                   {"to", relation_weights(p.pair.forward)}});
    return array;
}

std::string partner_table(const GraphView& view, const std::vector<GraphView::Partner>& partners) {
    if (partners.empty()) return "  (none)\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : partners)
        rows.push_back({view.id(p.vertex), view.graph()[p.vertex].label_en, format_short(p.signed_weight),
                        format_short(p.pair.total(Relation::support)),
                        format_short(p.pair.total(Relation::conflict)),
                        format_short(p.pair.total(Relation::negotiation)),
                        format_short(p.pair.total(Relation::criticism))});
    return format_table({"actor", "label", "signed", "support", "conflict", "negotiation", "criticism"}, rows);
}

std::string actor_heading(const Graph& g, Vertex v) {
    const graphs::Actor& a = g[v];
    std::string labels;
    for (const std::string* label : {&a.label_en, &a.label_ar})
        if (!label->empty() && *label != a.id) labels += (labels.empty() ? "" : ", ") + *label;
    return labels.empty() ? a.id : a.id + " (" + labels + ")";
}

// ---- the queries -----------------------------------------------------------

QueryResult query_actor(const Analysis& analysis, const GraphView& view, Vertex v) {
    const Graph& g = view.graph();
    const auto allies = view.allies(v), enemies = view.enemies(v), negotiating = view.negotiating(v);
    JsonObject metrics;
    std::vector<std::vector<std::string>> rows;
    if (v < analysis.metrics.actor_values.size())
        for (const auto& [name, value] : analysis.metrics.actor_values[v]) {
            metrics[name] = value;
            rows.push_back({name, format_short(value)});
        }
    JsonArray negotiating_ids;
    for (const auto& p : negotiating) negotiating_ids.push_back(view.id(p.vertex));
    const JsonObject result{{"id", g[v].id},
                            {"label_en", g[v].label_en},
                            {"label_ar", g[v].label_ar},
                            {"mentions", g[v].mentions},
                            {"cluster", displayed_cluster(view.cluster(v))},
                            {"metrics", metrics},
                            {"allies", partner_json(view, allies)},
                            {"enemies", partner_json(view, enemies)},
                            {"negotiating_partners", partner_json(view, negotiating)}};
    std::string text = actor_heading(g, v) + "\n  mentions " + std::to_string(g[v].mentions) +
                       ", alliance cluster " + std::to_string(displayed_cluster(view.cluster(v))) + "\n\nMetrics:\n" +
                       format_table({"metric", "value"}, rows) + "\nAllies:\n" + partner_table(view, allies) +
                       "\nEnemies:\n" + partner_table(view, enemies) + "\nNegotiating partners:\n" +
                       partner_table(view, negotiating);
    return {text, to_json_text(result)};
}

QueryResult query_partners(const GraphView& view, Vertex v, bool allies) {
    const auto partners = allies ? view.allies(v) : view.enemies(v);
    const JsonObject result{{"actor", view.id(v)}, {allies ? "allies" : "enemies", partner_json(view, partners)}};
    return {(allies ? "Allies of " : "Enemies of ") + actor_heading(view.graph(), v) + ":\n" +
                partner_table(view, partners),
            to_json_text(result)};
}

QueryResult query_alliance(const GraphView& view, Vertex x, Vertex y) {
    const Graph& g = view.graph();
    const PairView direct = view.pair(x, y);
    const double direct_signed = view.signed_weight(x, y);
    const bool same_cluster = view.cluster(x) == view.cluster(y) && view.cluster(x) >= 0;

    std::vector<std::string> shared_allies, shared_enemies;
    std::size_t balanced = 0, unbalanced = 0;
    JsonArray triangles;
    std::vector<std::vector<std::string>> triangle_rows;
    std::set<Vertex> x_neighbours;
    for (Vertex z : view.neighbours(x)) x_neighbours.insert(z);
    for (Vertex z : view.neighbours(y)) {
        if (z == x || !x_neighbours.count(z)) continue;
        const double xz = view.signed_weight(x, z), yz = view.signed_weight(y, z);
        if (xz > 0 && yz > 0) shared_allies.push_back(view.id(z));
        if (xz < 0 && yz < 0) shared_enemies.push_back(view.id(z));
        if (direct_signed == 0.0 || xz == 0.0 || yz == 0.0) continue;
        const bool is_balanced = (direct_signed > 0) == ((xz > 0) == (yz > 0));
        (is_balanced ? balanced : unbalanced)++;
        auto sign = [](double w) { return std::string(w > 0 ? "+" : "-"); };
        triangles.push_back(JsonObject{{"third", view.id(z)},
                                       {"signs", sign(direct_signed) + sign(xz) + sign(yz)},
                                       {"balanced", is_balanced}});
        triangle_rows.push_back({view.id(z), sign(direct_signed) + sign(xz) + sign(yz), is_balanced ? "balanced" : "unbalanced"});
    }
    const double share = balanced + unbalanced ? static_cast<double>(balanced) / (balanced + unbalanced) : 1.0;
    JsonArray allies_json(shared_allies.begin(), shared_allies.end());
    JsonArray enemies_json(shared_enemies.begin(), shared_enemies.end());
    const JsonObject result{
        {"actors", JsonArray{view.id(x), view.id(y)}},
        {"weights", JsonObject{{view.id(x) + "->" + view.id(y), relation_weights(direct.forward)},
                               {view.id(y) + "->" + view.id(x), relation_weights(direct.backward)}}},
        {"signed_weight", direct_signed},
        {"clusters", JsonArray{displayed_cluster(view.cluster(x)), displayed_cluster(view.cluster(y))}},
        {"same_cluster", same_cluster},
        {"shared_allies", allies_json},
        {"shared_enemies", enemies_json},
        {"triangles", triangles},
        {"triangle_balance", share}};

    std::vector<std::vector<std::string>> rows;
    for (Relation r : all_relations)
        rows.push_back({std::string(relation_name(r)), format_short(direct.forward[static_cast<int>(r)]),
                        format_short(direct.backward[static_cast<int>(r)])});
    auto join = [](const std::vector<std::string>& items) {
        std::string out;
        for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
        return out.empty() ? std::string("(none)") : out;
    };
    std::string text = actor_heading(g, x) + " and " + actor_heading(g, y) + "\n\n" +
                       format_table({"relation", view.id(x) + " -> " + view.id(y), view.id(y) + " -> " + view.id(x)}, rows) +
                       "\n  signed weight " + format_short(direct_signed) + "; " +
                       (same_cluster ? "same alliance cluster (" + std::to_string(displayed_cluster(view.cluster(x))) + ")"
                                     : "different alliance clusters (" + std::to_string(displayed_cluster(view.cluster(x))) +
                                           " and " + std::to_string(displayed_cluster(view.cluster(y))) + ")") +
                       "\n  shared allies: " + join(shared_allies) + "\n  shared enemies: " + join(shared_enemies) +
                       "\n  shared triangles: " + std::to_string(balanced + unbalanced) + ", balanced " +
                       std::to_string(balanced) + " (" + format_short(share) + ")\n";
    if (!triangle_rows.empty()) text += format_table({"third", "signs (xy xz yz)", "balance"}, triangle_rows);
    return {text, to_json_text(result)};
}

QueryResult query_top(const Analysis& analysis, const GraphView& view, const std::string& metric, std::size_t n) {
    const std::size_t count = boost::num_vertices(view.graph());
    if (count > 0 && !analysis.metrics.actor_values.empty() && !analysis.metrics.actor_values[0].count(metric)) {
        usage("unknown metric '" + metric + "' (known: " + graphs::metric_names(analysis.metrics) + ")");
    }
    std::vector<Vertex> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
        const double ma = view.metric(a, metric), mb = view.metric(b, metric);
        return ma != mb ? ma > mb : view.id(a) < view.id(b);
    });
    order.resize(std::min(n, count));
    JsonArray ranking;
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Vertex v = order[i];
        ranking.push_back(JsonObject{{"rank", i + 1}, {"actor", view.id(v)}, {"value", view.metric(v, metric)}});
        rows.push_back({std::to_string(i + 1), view.id(v), view.graph()[v].label_en, format_short(view.metric(v, metric))});
    }
    return {"Top " + std::to_string(order.size()) + " by " + metric + ":\n" +
                format_table({"rank", "actor", "label", metric}, rows),
            to_json_text(JsonObject{{"metric", metric}, {"top", ranking}})};
}

// The strongest chain of support: graphs' shortest path on the directed
// support layer (distance 1 / weight; equal lengths tie by id).
QueryResult query_path(const GraphView& view, Vertex from, Vertex to) {
    const Graph& g = view.graph();
    const graphs::ShortestPath path = graphs::shortest_path(
        graphs::relation_layer(view.analysis_graph(), Relation::support), static_cast<std::uint32_t>(from),
        static_cast<std::uint32_t>(to));
    const std::vector<Vertex> chain(path.vertices.empty() ? path.vertices.begin() : path.vertices.begin() + 1,
                                    path.vertices.end());
    JsonArray steps;
    std::vector<std::vector<std::string>> rows;
    Vertex at = from;
    for (Vertex next : chain) {
        const double weight = g[boost::edge(at, next, g).first][Relation::support].weight;
        steps.push_back(JsonObject{{"source", view.id(at)}, {"target", view.id(next)}, {"support_weight", weight}});
        rows.push_back({view.id(at), view.id(next), format_short(weight)});
        at = next;
    }
    const bool found = !chain.empty();
    const JsonObject result{{"from", view.id(from)},
                            {"to", view.id(to)},
                            {"found", found},
                            {"distance", found ? JsonValue(path.length) : JsonValue()},
                            {"steps", steps}};
    std::string text = found ? "Strongest chain of support from " + view.id(from) + " to " + view.id(to) +
                                   " (distance " + format_short(path.length) + "):\n" +
                                   format_table({"supporter", "supported", "weight"}, rows)
                             : "No chain of support from " + view.id(from) + " to " + view.id(to) + ".\n";
    return {text, to_json_text(result)};
}

QueryResult query_evidence(const Analysis& analysis, const GraphView& view, Vertex x, Vertex y,
                           std::optional<Relation> only) {
    const Graph& g = view.graph();
    JsonArray items;
    std::string text;
    for (auto [u, v] : {std::pair{x, y}, std::pair{y, x}}) {
        const auto [e, found] = boost::edge(u, v, g);
        if (!found) continue;
        for (Relation r : all_relations) {
            if (only && *only != r) continue;
            const graphs::RelationStats& stats = g[e][r];
            if (!stats.present()) continue;
            text += view.id(u) + " " + std::string(relation_name(r)) + " " + view.id(v) + ": weight " +
                    format_short(stats.weight) + ", " + std::to_string(stats.mentions) + " mentions in " +
                    std::to_string(stats.documents) + " documents\n";
            for (std::size_t index : stats.evidence) {
                if (index >= analysis.events.size()) continue;
                const extract::Event& event = analysis.events[index];
                items.push_back(JsonObject{{"source", view.id(u)},
                                           {"target", view.id(v)},
                                           {"relation", std::string(relation_name(r))},
                                           {"doc", event.doc},
                                           {"file", event.path},
                                           {"title", event.title},
                                           {"date", event.date},
                                           {"sentence", event.sentence},
                                           {"cue", event.cue},
                                           {"text", event.text}});
                text += "  [" + event.doc + (event.date.empty() ? "" : ", " + event.date) + ", sentence " +
                        std::to_string(event.sentence) + "] " + event.text + "\n";
            }
        }
    }
    if (text.empty()) text = "No relation between " + view.id(x) + " and " + view.id(y) + ".\n";
    return {text, to_json_text(JsonObject{{"actors", JsonArray{view.id(x), view.id(y)}}, {"evidence", items}})};
}

QueryResult query_clusters(const Analysis& analysis) {
    const graphs::Metrics& m = analysis.metrics;
    auto clusters_json = [](const std::vector<graphs::Cluster>& clusters) {
        JsonArray array;
        for (const auto& c : clusters)
            array.push_back(JsonObject{{"id", displayed_cluster(c.id)}, {"members", JsonArray(c.members.begin(), c.members.end())}});
        return array;
    };
    JsonArray frustrated;
    std::vector<std::vector<std::string>> frustrated_rows;
    for (const auto& tie : m.frustrated) {
        frustrated.push_back(JsonObject{{"source", tie.source},
                                        {"target", tie.target},
                                        {"relation", std::string(relation_name(tie.relation))},
                                        {"weight", tie.weight}});
        frustrated_rows.push_back({tie.source, std::string(relation_name(tie.relation)), tie.target, format_short(tie.weight)});
    }
    JsonObject summary;
    for (const auto& [key, value] : m.summary) summary[key] = value;
    auto list = [](const std::vector<graphs::Cluster>& clusters) {
        std::string out;
        for (const auto& c : clusters) {
            out += "  " + std::to_string(displayed_cluster(c.id)) + ": ";
            for (std::size_t i = 0; i < c.members.size(); ++i) out += (i ? ", " : "") + c.members[i];
            out += "\n";
        }
        return out.empty() ? std::string("  (none)\n") : out;
    };
    auto figure = [&](const char* key) {
        const auto it = m.summary.find(key);
        return it == m.summary.end() ? std::string("n/a") : format_short(it->second);
    };
    std::string text = "Alliance clusters (criterion " + figure("criterion") + ", triangle balance " +
                       figure("triangle_balance") + "):\n" + list(m.clusters) + "\nFrustrated ties:\n" +
                       (frustrated_rows.empty() ? "  (none)\n"
                                                : format_table({"source", "relation", "target", "weight"}, frustrated_rows)) +
                       "\nModularity communities (modularity " + figure("modularity") + "):\n" + list(m.communities);
    return {text, to_json_text(JsonObject{{"clusters", clusters_json(m.clusters)},
                                          {"communities", clusters_json(m.communities)},
                                          {"frustrated", frustrated},
                                          {"summary", summary}})};
}

void expect_arguments(const std::vector<std::string>& words, std::size_t minimum, std::size_t maximum) {
    const std::size_t given = words.size() - 1;
    if (given < minimum || given > maximum)
        usage("'" + words[0] + "' takes " +
              (minimum == maximum ? std::to_string(minimum) : std::to_string(minimum) + " to " + std::to_string(maximum)) +
              " argument" + (maximum == 1 ? "" : "s") + ", got " + std::to_string(given));
}

}  // namespace

QueryResult run_query(const Analysis& analysis, const std::vector<std::string>& words,
                      const ActorResolver& resolver) {
    if (words.empty()) usage("no query given");
    const GraphView view(analysis);
    const std::string& verb = words[0];
    if (verb == "actor") {
        expect_arguments(words, 1, 1);
        return query_actor(analysis, view, resolver.resolve(words[1]));
    }
    if (verb == "allies" || verb == "enemies") {
        expect_arguments(words, 1, 1);
        return query_partners(view, resolver.resolve(words[1]), verb == "allies");
    }
    if (verb == "alliance") {
        expect_arguments(words, 2, 2);
        return query_alliance(view, resolver.resolve(words[1]), resolver.resolve(words[2]));
    }
    if (verb == "top") {
        expect_arguments(words, 1, 2);
        std::size_t n = 10;
        if (words.size() == 3) {
            const std::string& count = words[2];
            if (count.empty() || count.size() > 9 || count.find_first_not_of("0123456789") != std::string::npos)
                usage("top: N must be a whole number, got '" + count + "'");
            n = std::stoul(count);
        }
        return query_top(analysis, view, words[1], n);
    }
    if (verb == "path") {
        expect_arguments(words, 2, 2);
        return query_path(view, resolver.resolve(words[1]), resolver.resolve(words[2]));
    }
    if (verb == "evidence") {
        expect_arguments(words, 2, 3);
        std::optional<Relation> only;
        if (words.size() == 4) {
            only = parse_relation(words[3]);
            if (!only) usage("unknown relation '" + words[3] + "' (expected " + relation_name_list() + ")");
        }
        return query_evidence(analysis, view, resolver.resolve(words[1]), resolver.resolve(words[2]), only);
    }
    if (verb == "clusters") {
        expect_arguments(words, 0, 0);
        return query_clusters(analysis);
    }
    usage("unknown query '" + verb + "'");
}

}  // namespace actorgraph::engine
