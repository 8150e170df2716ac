// A one-line progress report on stderr (files, MB/s, ETA), redrawn at most
// five times a second. Disabled unless stderr is a terminal (the CLI decides).
#pragma once

#include <chrono>
#include <cstdint>
#include <cstddef>

namespace actorgraph::engine {

class Progress {
public:
    Progress(bool enabled, std::size_t total_files, std::uintmax_t total_bytes);
    void advance(std::uintmax_t bytes);  // one more file done
    void finish();                       // clears the line

private:
    void draw();
    bool enabled_;
    std::size_t total_files_;
    std::uintmax_t total_bytes_;
    std::size_t files_ = 0;
    std::uintmax_t bytes_ = 0;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace actorgraph::engine
