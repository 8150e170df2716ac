// What every metric and summary figure means, in one plain sentence, with
// its reference: shown on hover in report.html and in its glossary.
#pragma once

#include <string>

namespace actorgraph::engine {

struct GlossaryEntry {
    std::string explanation;  // "" for a name the glossary does not know
    std::string reference;    // "" when there is nothing to cite
};

// The entry for an actor metric (graphs/metrics.hpp, "Actor values") or a
// summary key ("Summary keys"); the per-relation degree and strength
// columns are explained with their relation.
GlossaryEntry glossary_entry(const std::string& name);

}  // namespace actorgraph::engine
