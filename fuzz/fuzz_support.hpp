// Shared by the libFuzzer targets in fuzz/ and by their regression test
// (tests/engine/fuzz_regression_test.cpp), which compiles the same bodies.
//
// A target's body takes the input bytes and returns normally when the code
// under test either succeeds or rejects the input with actorgraph::Error (a
// documented, one-line error: the normal outcome for garbage). A broken
// invariant throws fuzz::Violation, which nothing catches: libFuzzer sees the
// abort and saves the input; the regression test reports it as a failure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace actorgraph::fuzz {

struct Violation : std::logic_error {
    using std::logic_error::logic_error;
};

inline void require(bool condition, const char* what) {
    if (!condition) throw Violation(what);
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// True if `text` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
inline bool valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
        else return false;
        if (i + n >= text.size()) return false;  // truncated sequence
        for (std::size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) return false;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n + 1;
    }
    return true;
}

}  // namespace actorgraph::fuzz

// Each target file defines its body and, unless ACTORGRAPH_FUZZ_BODY_ONLY is
// defined (the regression test), the libFuzzer entry point calling it.
#ifdef ACTORGRAPH_FUZZ_BODY_ONLY
#define ACTORGRAPH_FUZZ_ENTRY(body)
#else
#define ACTORGRAPH_FUZZ_ENTRY(body)                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
        body(actorgraph::fuzz::as_text(data, size));                                  \
        return 0;                                                                     \
    }
#endif
