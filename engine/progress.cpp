#include "engine/progress.hpp"

#include <algorithm>
#include <cstdio>

namespace actorgraph::engine {

Progress::Progress(bool enabled, std::size_t total_files, std::uintmax_t total_bytes)
    : enabled_(enabled), total_files_(total_files), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::advance(std::uintmax_t bytes) {
    ++files_;
    bytes_ += bytes;
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200) && files_ != total_files_) return;
    last_draw_ = now;
    draw();
}

void Progress::draw() {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double megabytes = static_cast<double>(bytes_) / 1e6;
    const double rate = seconds > 0 ? megabytes / seconds : 0.0;
    const double left = static_cast<double>(total_bytes_ - std::min(bytes_, total_bytes_)) / 1e6;
    const double eta = rate > 0 ? left / rate : 0.0;
    std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f MB  %.1f MB/s  ETA %.0f s", files_,
                 total_files_, megabytes, rate, eta);
    std::fflush(stderr);
}

void Progress::finish() {
    if (!enabled_ || files_ == 0) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

}  // namespace actorgraph::engine
