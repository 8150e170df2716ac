// SHA-256 (FIPS 180-4), for the report's Content-Security-Policy script hash.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph::engine {

std::array<std::uint8_t, 32> sha256(std::string_view data);

// The digest in base64, as CSP's 'sha256-...' source expects.
std::string sha256_base64(std::string_view data);

}  // namespace actorgraph::engine
