#include "graphs/centrality/pn_index.hpp"

#include <cmath>

#include "common/error.hpp"

namespace actorgraph::graphs {

std::vector<double> pn_index(const WeightedAdjacency& g) {
    if (!g.undirected) throw Error("pn_index: the graph must be undirected");
    const std::size_t n = g.vertex_count;
    if (n == 0) return {};
    if (n == 1) return {1.0};
    const double scale = 1.0 / (2.0 * static_cast<double>(n) - 2.0);
    auto multiply = [&](const std::vector<double>& x, std::vector<double>& out) {
        for (std::size_t u = 0; u < n; ++u) {
            double s = 0.0;
            for (std::size_t a = g.begin(u); a < g.end(u); ++a)
                s += (g.weights[a] > 0.0 ? 1.0 : -2.0) * x[g.targets[a]];
            out[u] = x[u] - scale * s;
        }
    };
    // Conjugate gradients from x = 0 on M x = 1.
    std::vector<double> x(n, 0.0), r(n, 1.0), p(n, 1.0), mp(n);
    double rr = static_cast<double>(n);
    const double stop = 1e-26 * static_cast<double>(n);  // |r|^2, i.e. 1e-13 relative
    for (std::size_t iteration = 0; iteration < 4 * n + 100 && rr > stop; ++iteration) {
        multiply(p, mp);
        double pmp = 0.0;
        for (std::size_t i = 0; i < n; ++i) pmp += p[i] * mp[i];
        if (!(pmp > 0.0)) break;  // converged onto the null space: x is the least-norm solution
        double step = rr / pmp;
        double rr_next = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            x[i] += step * p[i];
            r[i] -= step * mp[i];
            rr_next += r[i] * r[i];
        }
        for (std::size_t i = 0; i < n; ++i) p[i] = r[i] + (rr_next / rr) * p[i];
        rr = rr_next;
    }
    return x;
}

}  // namespace actorgraph::graphs
