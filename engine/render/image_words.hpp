// The words of an image's title, caption and legend, per label language:
// data, so a language is one table and to_dot has no literal text.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "common/relation.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {

struct ImageWords {
    const char* title;                      // "Actor graph"
    const char* relation[relation_count];   // legend entry per relation
    const char* node_size;                  // "node size"
    const char* colour_alliance;            // "colour: alliance"
    const char* line_width;                 // "line width: weight"
    const char* alliance;                   // "Alliance" (box captions, colour legend)
    const char* articles;                   // "articles" (after the count)
    const char* top_of;                     // "top {N} of {TOTAL} actors by {METRIC}"
    const char* default_cut;                // why only the top ones are drawn
    const char* min_weight;                 // "ties of weight at least {X}"
    const char* list_separator;             // ", " or the Arabic comma
    bool right_to_left;                     // text aligned right, legend read from the right
};

// English for en and both, Arabic for ar.
const ImageWords& image_words(LabelLanguage labels);

// `pattern` with each {NAME} replaced by its value, in order of `values`.
std::string fill_words(const char* pattern, std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace actorgraph::engine
