#include "engine/render/image_words.hpp"

namespace actorgraph::engine {
namespace {

constexpr ImageWords english = {
    "Actor graph",
    {"support (directed)", "conflict", "negotiation", "criticism (directed)"},
    "node size",
    "colour: alliance",
    "line width: weight",
    "Alliance",
    "articles",
    "top {N} of {TOTAL} actors by {METRIC}",
    "(more than {N} actors: --draw-top to change)",
    "ties of weight at least {X}",
    ", ",
    false,
};

constexpr ImageWords arabic = {
    "شبكة الفاعلين",
    {"دعم (موجَّه)", "صراع", "تفاوض", "انتقاد (موجَّه)"},
    "حجم العقدة",
    "اللون: التحالف",
    "سُمك الخط: الوزن",
    "التحالف",
    "مقالة",
    "أعلى {N} من {TOTAL} فاعلاً حسب {METRIC}",
    "(أكثر من {N} فاعلاً: ‎--draw-top‎ للتغيير)",
    "الروابط التي لا يقل وزنها عن {X}",
    "، ",
    true,
};

}  // namespace

const ImageWords& image_words(LabelLanguage labels) { return labels == LabelLanguage::ar ? arabic : english; }

std::string fill_words(const char* pattern, std::initializer_list<std::pair<const char*, std::string>> values) {
    std::string out = pattern;
    for (const auto& [name, value] : values) {
        const std::string key = std::string("{") + name + "}";
        for (std::string::size_type at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    }
    return out;
}

}  // namespace actorgraph::engine
