#include "engine/query/lexicon_actors.hpp"

#include "engine/query/actor_resolver.hpp"

namespace actorgraph::engine {

std::vector<std::string> resolve_lexicon_actors(const std::vector<std::string>& names,
                                                const extract::Lexicon& lexicon) {
    // A graph of every lexicon actor, without ties: each form then names its own entry.
    std::vector<graphs::Actor> actors;
    for (const extract::ActorEntry& entry : lexicon.actors()) actors.push_back({entry.id, entry.label_en, entry.label_ar, 0});
    Analysis analysis;
    analysis.graph = graphs::build_graph(std::move(actors), {});
    const ActorResolver resolver(analysis, &lexicon);
    std::vector<std::string> ids;
    for (const std::string& name : names) ids.push_back(analysis.graph.graph[resolver.resolve(name)].id);
    return ids;
}

}  // namespace actorgraph::engine
