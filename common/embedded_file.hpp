// A file compiled into the binary (lexicons, the example article set).
#pragma once

#include <string_view>
#include <vector>

namespace actorgraph {

struct EmbeddedFile {
    std::string_view name;   // path relative to the folder it was embedded from
    std::string_view bytes;
};

}  // namespace actorgraph
