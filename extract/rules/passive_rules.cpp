// Participles whose agent follows: "القوات المدعومة من روسيا"، "مدعومةً بميليشيات"،
// "المدعومون أميركياً"، "التابعة لإيران".
#include "extract/rules/argument_search.hpp"
#include "extract/rules/families.hpp"

namespace actorgraph::extract::rules {

void passive_rule(const SentenceView& v, std::uint32_t ci, Emitter& emit) {
    const CueMention& c = v.cues[ci];
    // The participle agrees with the noun right before it: "مواقع تابعة للنظام" is about the sites.
    const Found l = find_before(v, c.first, 0, 1);
    const Found r = find_after(v, c.last, 1, 0);
    if (l.group >= 0 && r.group >= 0) emit.pairs(r.group, l.group, ci, "participle_agent");
}

}  // namespace actorgraph::extract::rules
