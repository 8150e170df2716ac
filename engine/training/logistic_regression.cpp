#include "engine/training/logistic_regression.hpp"

#include <cmath>
#include <mutex>

#include <linear.h>

#include "common/error.hpp"

namespace actorgraph::engine {

namespace {

void quiet(const char*) {}

}  // namespace

std::vector<double> fit_logistic_regression(const std::vector<BinaryExample>& examples, std::size_t feature_count,
                                            double c) {
    std::vector<double> weights(feature_count, 0.0);
    bool any_positive = false, any_negative = false;
    for (const auto& e : examples) (e.positive ? any_positive : any_negative) = true;
    if (!any_positive || !any_negative || feature_count == 0) return weights;
    // LIBLINEAR's input: rows of (index from 1, value) ending in index -1.
    std::vector<std::vector<feature_node>> rows(examples.size());
    std::vector<feature_node*> x(examples.size());
    std::vector<double> y(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
        for (std::uint32_t f : examples[i].features) rows[i].push_back({static_cast<int>(f) + 1, 1.0});
        rows[i].push_back({-1, 0.0});
        x[i] = rows[i].data();
        y[i] = examples[i].positive ? 1.0 : -1.0;
    }
    problem prob{};
    prob.l = static_cast<int>(examples.size());
    prob.n = static_cast<int>(feature_count);
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = -1;
    parameter param{};
    param.solver_type = L2R_LR;
    param.eps = 0.001;
    param.C = c;
    if (const char* problem_text = check_parameter(&prob, &param))
        throw Error(std::string("liblinear: ") + problem_text);
    static std::once_flag silenced;
    std::call_once(silenced, [] { set_print_string_function(quiet); });
    model* fitted = train(&prob, &param);
    // w is for the class LIBLINEAR met first; turn it to the positive class.
    const double sign = fitted->label[0] == 1 ? 1.0 : -1.0;
    for (std::size_t f = 0; f < feature_count && f < static_cast<std::size_t>(fitted->nr_feature); ++f)
        weights[f] = sign * fitted->w[f];
    free_and_destroy_model(&fitted);
    return weights;
}

double logistic_probability(const std::vector<double>& weights, const std::vector<std::uint32_t>& features) {
    double margin = 0.0;
    for (std::uint32_t f : features) margin += weights[f];
    return 1.0 / (1.0 + std::exp(-margin));
}

}  // namespace actorgraph::engine
