#include "engine/render/glossary.hpp"

#include <map>

namespace actorgraph::engine {
namespace {

const std::map<std::string, GlossaryEntry, std::less<>>& entries() {
    static const std::map<std::string, GlossaryEntry, std::less<>> table = {
        // actor values
        {"alliance", {"The alliance cluster the actor was put in: actors that support each other and oppose the same others.", "Doreian & Mrvar 1996, A partitioning approach to structural balance"}},
        {"mentions", {"How often the articles name the actor.", ""}},
        {"strength", {"How involved the actor is: the summed weight of all its ties, every relation, both directions.", "Barrat et al. 2004, The architecture of complex weighted networks"}},
        {"betweenness", {"How often the actor lies on the shortest paths between two others (ties of any relation; heavier ties are shorter): a broker.", "Brandes 2001, A faster algorithm for betweenness centrality"}},
        {"betweenness_positive", {"Betweenness over the supportive (positive) ties only: a broker among allies.", "Brandes 2001"}},
        {"harmonic_closeness", {"How near the actor is to all others: the sum of 1 / distance over every other actor (ties of any relation).", "Marchiori & Latora 2000, Harmony in the small-world"}},
        {"harmonic_closeness_positive", {"Harmonic closeness over the supportive (positive) ties only.", "Marchiori & Latora 2000"}},
        {"pagerank", {"How much attention flows to the actor when support, criticism, conflict and negotiation are followed as links; all actors sum to 1.", "Brin & Page 1998, The anatomy of a large-scale hypertextual web search engine"}},
        {"eigenvector", {"How well connected the actor's partners are themselves (largest = 1).", "Bonacich 1972, Factoring and weighting approaches to status scores"}},
        {"pn_index", {"Positive minus negative standing: high for actors with many friends and few enemies, low for the isolated or the opposed.", "Everett & Borgatti 2014, Networks containing negative ties"}},
        {"net_signed_degree", {"Partners with a positive signed tie minus partners with a negative one.", ""}},
        {"net_signed_strength", {"The sum of the actor's signed tie weights: support counts plus, conflict minus.", ""}},
        // summary figures
        {"actors", {"Actors in the graph.", ""}},
        {"pairs", {"Ordered pairs of actors with at least one relation.", ""}},
        {"relations", {"Pair-relation ties: a pair with support and conflict counts twice.", ""}},
        {"signed_ties", {"Pairs with a non-zero signed tie (support plus, conflict minus, both directions summed).", ""}},
        {"positive_ties", {"Pairs whose signed tie is positive.", ""}},
        {"negative_ties", {"Pairs whose signed tie is negative.", ""}},
        {"negotiation_sign_weight", {"How much negotiation counts as a positive tie in the signed view (--negotiation-weight).", ""}},
        {"criticism_sign_weight", {"How much criticism counts as a negative tie in the signed view (--criticism-weight).", ""}},
        {"alpha", {"Weight of negative ties inside an alliance in the clustering criterion (--alpha).", "Doreian & Mrvar 1996"}},
        {"criterion", {"How badly the alliances fit the ties: alpha x negative weight inside + (1 - alpha) x positive weight between; 0 is a perfect fit.", "Doreian & Mrvar 1996"}},
        {"criterion_negative_inside", {"The negative tie weight inside alliances.", "Doreian & Mrvar 1996"}},
        {"criterion_positive_between", {"The positive tie weight between alliances.", "Doreian & Mrvar 1996"}},
        {"criterion_exact", {"1 if the alliance partition is proven optimal, 0 if found by local search.", ""}},
        {"clusters", {"Alliance clusters, lone actors included.", ""}},
        {"frustrated_ties", {"Pairs whose tie contradicts the alliances (positive between, negative inside), counted once per pair.", "Doreian & Mrvar 1996"}},
        {"triangles", {"Triangles of three actors tied pairwise in the signed view.", "Cartwright & Harary 1956, Structural balance"}},
        {"triangles_ppp", {"Triangles with three positive ties (balanced: friends of friends).", "Cartwright & Harary 1956"}},
        {"triangles_ppm", {"Triangles with two positive ties and one negative (unbalanced).", "Cartwright & Harary 1956"}},
        {"triangles_pmm", {"Triangles with one positive and two negative ties (balanced: the enemy of my enemy).", "Cartwright & Harary 1956"}},
        {"triangles_mmm", {"Triangles with three negative ties (unbalanced in the strict sense).", "Cartwright & Harary 1956"}},
        {"triangle_balance", {"Share of triangles that are balanced (an even number of negative ties); 1 without triangles.", "Cartwright & Harary 1956"}},
        {"frustration_index", {"The fewest signed ties whose removal makes the whole graph balanced.", "Aref, Mason & Wilson 2020, Computing the line index of balance"}},
        {"frustration_exact", {"1 if the frustration index is proven, 0 if it is an upper bound.", ""}},
        {"communities", {"Communities found by modularity on the supportive ties.", "Blondel et al. 2008, Fast unfolding of communities in large networks"}},
        {"modularity", {"How much more supportive weight lies inside the communities than chance would put there (-0.5 to 1).", "Newman 2006, Modularity and community structure in networks"}},
    };
    return table;
}

bool starts_with(const std::string& text, const char* prefix, std::string& rest) {
    const std::string p(prefix);
    if (text.compare(0, p.size(), p) != 0) return false;
    rest = text.substr(p.size());
    return true;
}

}  // namespace

GlossaryEntry glossary_entry(const std::string& name) {
    if (auto found = entries().find(name); found != entries().end()) return found->second;
    std::string relation;
    if (starts_with(name, "degree_in_", relation))
        return {"Actors with a " + relation + " tie towards this actor.", ""};
    if (starts_with(name, "degree_out_", relation))
        return {"Actors this actor has a " + relation + " tie towards.", ""};
    if (starts_with(name, "strength_in_", relation))
        return {"Summed weight of the " + relation + " ties towards this actor.", ""};
    if (starts_with(name, "strength_out_", relation))
        return {"Summed weight of this actor's " + relation + " ties towards others.", ""};
    return {};
}

}  // namespace actorgraph::engine
