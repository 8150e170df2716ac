// Generic words by context: "المتمردون"، "النظام"، "التحالف"، "الأكراد" stand for
// different actors in different countries' news (the rebels are the Syrian
// opposition in Syria, the Houthis in Yemen). A generic mention becomes the
// actor its lexicon entry gives for the country in context (actors.json,
// "resolve_by_country"): the country of a nisba merged into it ("القوات
// الحكومية اليمنية"), else of a place or origin named up to 30 tokens before
// it in its sentence ("من العراق ... لمساعدة الحكومة"), else the country among
// those it knows that the article names most (its own sentence weighs
// triple), passing over actors its sentence names itself ("تدعم روسيا
// النظام": the regime is not Russia); with none, the entry's default (the
// Syrian side, this collection's main country) or no actor at all (the
// mention is kept as an unresolved modifier).
#pragma once

#include <vector>

#include "extract/lexicon/sentence_view.hpp"

namespace actorgraph::extract {

// Resolves the generic mentions of an article's sentence views in place. O(mentions).
void resolve_generic_mentions(const std::vector<SentenceView*>& views);

}  // namespace actorgraph::extract
