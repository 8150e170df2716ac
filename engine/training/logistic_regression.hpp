// L2-regularised logistic regression fitted by LIBLINEAR (Debian's
// liblinear-dev): the primal trust-region Newton solver (solver 0), which is
// deterministic, so the same data gives the same weights.
//
// Reference: R.-E. Fan, K.-W. Chang, C.-J. Hsieh, X.-R. Wang, C.-J. Lin,
// "LIBLINEAR: A Library for Large Linear Classification", JMLR 9 (2008);
// C.-J. Lin, R. C. Weng, S. S. Keerthi, "Trust Region Newton Method for
// Logistic Regression", JMLR 9 (2008).
#pragma once

#include <cstdint>
#include <vector>

namespace actorgraph::engine {

// One example: its features (ascending, distinct indices from 0, each of value 1) and its label.
struct BinaryExample {
    std::vector<std::uint32_t> features;
    bool positive = false;
};

// Fits weights w (one per feature index < feature_count) minimising
// 0.5 |w|^2 + c * sum log(1 + exp(-y w.x)). No separate bias: give every
// example a constant feature. An empty or one-class set gives the weights
// that class implies (all zero). O(iterations x nonzeros).
std::vector<double> fit_logistic_regression(const std::vector<BinaryExample>& examples, std::size_t feature_count,
                                            double c);

// The probability of the positive class: 1 / (1 + e^-(w.x)).
double logistic_probability(const std::vector<double>& weights, const std::vector<std::uint32_t>& features);

}  // namespace actorgraph::engine
