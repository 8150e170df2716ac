// Rounding a double to a number of significant digits: summed weights carry
// the float noise of their sums (0.35 + 0.35 + 0.35 = 1.0499999999999998);
// snapped to 12 digits they are the double nearest the decimal sum (1.05),
// which prints short. Also the 6-digit rounding of CSV cells.
#pragma once

#include <charconv>
#include <cmath>
#include <string>

namespace actorgraph {

inline double round_significant(double value, int digits) {
    if (!std::isfinite(value) || value == 0.0) return value;
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, digits);
    double out = value;
    std::from_chars(buffer, written.ptr, out);
    return out;
}

// Sums of weights: 12 significant digits keep every real difference and drop
// the noise of the additions.
inline double clean_sum(double value) { return round_significant(value, 12); }

}  // namespace actorgraph
