// libFuzzer target: the Arabic normaliser on arbitrary bytes. Invariants: the
// offset map has one entry per output byte plus the end, is non-decreasing and
// stays inside the input; the output is valid UTF-8; normalising is idempotent
// on forms.
#include "fuzz/fuzz_support.hpp"

#include "common/error.hpp"
#include "extract/text/normalizer.hpp"

namespace actorgraph::fuzz {

inline void normalizer_body(std::string_view input) {
    try {
        const extract::NormalizedText n = extract::normalize(input);
        require(n.orig.size() == n.text.size() + 1, "normalize: orig has one entry per byte plus the end");
        require(n.orig.back() == input.size(), "normalize: orig ends at the input size");
        for (std::size_t i = 1; i < n.orig.size(); ++i)
            require(n.orig[i - 1] <= n.orig[i], "normalize: orig is non-decreasing");
        require(valid_utf8(n.text), "normalize: output is valid UTF-8");
        const std::string form = extract::normalize_form(input);
        require(extract::normalize_form(form) == form, "normalize_form is idempotent");
    } catch (const Error&) {
        // A documented rejection is a normal outcome.
    }
}

}  // namespace actorgraph::fuzz

ACTORGRAPH_FUZZ_ENTRY(actorgraph::fuzz::normalizer_body)
