// FNV-1a, 64 bits (Fowler, Noll, Vo): the one string hash of the project, for
// feature names, document folds, sentence identity and data fingerprints.
// Not cryptographic; stable across platforms and runs. O(bytes).
#pragma once

#include <cstdint>
#include <string_view>

namespace actorgraph {

inline constexpr std::uint64_t fnv_offset = 1469598103934665603ULL;

// Continues hash `h` over `bytes` (start from fnv_offset).
constexpr std::uint64_t fnv_mix(std::uint64_t h, std::string_view bytes) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

constexpr std::uint64_t fnv1a(std::string_view bytes) { return fnv_mix(fnv_offset, bytes); }

}  // namespace actorgraph
