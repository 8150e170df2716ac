// Checks on a Graphviz layout (render_dot's "json" output) and its SVG:
// node boxes apart, every label inside the image, no actor inside an
// alliance box it does not belong to, and the smallest label in pixels.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace test_support {

struct Box {
    double x0, y0, x1, y1;  // points
    bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool inside(const Box& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
};

inline Box parse_bb(const std::string& text) {
    Box b{};
    std::sscanf(text.c_str(), "%lf,%lf,%lf,%lf", &b.x0, &b.y0, &b.x1, &b.y1);
    return b;
}

// A box of `w` x `h` inches centred on "x,y" (points).
inline Box centred_box(const std::string& pos, const std::string& w, const std::string& h) {
    double x = 0, y = 0;
    std::sscanf(pos.c_str(), "%lf,%lf", &x, &y);
    const double hw = std::atof(w.c_str()) * 36.0, hh = std::atof(h.c_str()) * 36.0;
    return {x - hw, y - hh, x + hw, y + hh};
}

struct LayoutReport {
    std::vector<std::string> problems;  // empty when the layout passes
    std::size_t nodes = 0;
    std::size_t clusters = 0;
};

inline LayoutReport check_layout(const std::string& json) {
    LayoutReport report;
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    if (doc.HasParseError() || !doc.IsObject()) {
        report.problems.push_back("layout JSON does not parse");
        return report;
    }
    const Box image = parse_bb(doc["bb"].GetString());
    const double slack = 0.5;  // rounding of the coordinates
    const Box bounds{image.x0 - slack, image.y0 - slack, image.x1 + slack, image.y1 + slack};
    if (doc.HasMember("lp")) {
        const Box label = centred_box(doc["lp"].GetString(), doc["lwidth"].GetString(), doc["lheight"].GetString());
        if (!label.inside(bounds)) report.problems.push_back("the graph label is outside the image");
    }
    std::vector<Box> nodes;
    std::vector<std::string> names;
    std::vector<long> gvid;
    if (doc.HasMember("objects"))
        for (const auto& object : doc["objects"].GetArray()) {
            if (object.HasMember("nodes")) continue;  // a subgraph: below
            if (!object.HasMember("pos")) continue;
            nodes.push_back(centred_box(object["pos"].GetString(), object["width"].GetString(), object["height"].GetString()));
            names.push_back(object["name"].GetString());
            gvid.push_back(object["_gvid"].GetInt());
        }
    report.nodes = nodes.size();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].inside(bounds)) report.problems.push_back(names[i] + " is outside the image");
        for (std::size_t j = i + 1; j < nodes.size(); ++j)
            if (nodes[i].overlaps(nodes[j])) report.problems.push_back(names[i] + " overlaps " + names[j]);
    }
    if (doc.HasMember("objects"))
        for (const auto& object : doc["objects"].GetArray()) {
            if (!object.HasMember("nodes") || !object.HasMember("bb")) continue;
            ++report.clusters;
            const Box box = parse_bb(object["bb"].GetString());
            const std::string cluster = object["name"].GetString();
            if (!box.inside(bounds)) report.problems.push_back(cluster + " is outside the image");
            std::vector<long> members;
            for (const auto& member : object["nodes"].GetArray()) members.push_back(member.GetInt());
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                const bool member = std::find(members.begin(), members.end(), gvid[i]) != members.end();
                if (!member && nodes[i].overlaps(box)) report.problems.push_back(names[i] + " is drawn inside " + cluster);
                if (member && !nodes[i].inside(box)) report.problems.push_back(names[i] + " sticks out of " + cluster);
            }
        }
    return report;
}

// The smallest text in an SVG, in pixels of the PNG rendered from the same
// layout (96 dpi: 1 pt = 4/3 px), after the drawing's scale.
inline double smallest_label_px(const std::string& svg) {
    double scale = 1.0;
    std::smatch m;
    if (std::regex_search(svg, m, std::regex("class=\"graph\" transform=\"scale\\(([0-9.]+)"))) scale = std::stod(m[1]);
    double smallest = 1e9;
    const std::regex size("font-size=\"([0-9.]+)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), size); it != std::sregex_iterator(); ++it)
        smallest = std::min(smallest, std::stod((*it)[1]));
    return smallest * scale * 4.0 / 3.0;
}

// Actors drawn in the DOT (their node ids "actor-...").
inline std::size_t drawn_actor_count(const std::string& dot) {
    std::size_t count = 0;
    for (std::string::size_type at = dot.find("[id=\"actor-"); at != std::string::npos; at = dot.find("[id=\"actor-", at + 1))
        ++count;
    return count;
}

}  // namespace test_support
