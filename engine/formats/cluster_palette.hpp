// The alliance colours of every output that draws clusters: the images
// (fill and border), the report (through the SVG) and GEXF's viz:color (the
// border, the saturated shade: Gephi draws nodes on white). Clusters of two
// or more actors take them in cluster-id order; an actor alone is grey.
#pragma once

#include <array>

namespace actorgraph::engine {

// Okabe-Ito-like colour-blind-safe fills, light enough for black text, and their borders.
inline constexpr std::array<const char*, 10> cluster_fills{"#9ecae1", "#fdae6b", "#a1d99b", "#dadaeb", "#fdd0a2",
                                                           "#c7e9c0", "#fcbba1", "#bcbddc", "#d9d9d9", "#f7e49c"};
inline constexpr std::array<const char*, 10> cluster_borders{"#3182bd", "#e6550d", "#31a354", "#756bb1", "#fd8d3c",
                                                             "#74c476", "#de2d26", "#9e9ac8", "#737373", "#bfa100"};
inline constexpr const char* lone_fill = "#eeeeee";
inline constexpr const char* lone_border = "#9e9e9e";

}  // namespace actorgraph::engine
