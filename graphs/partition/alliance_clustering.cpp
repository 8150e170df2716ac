#include "graphs/partition/alliance_clustering.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>

#include "common/error.hpp"

namespace actorgraph::graphs {

namespace {

void check_alpha(double alpha) {
    if (!(alpha >= 0.0 && alpha <= 1.0))
        throw Error("alliance clustering: alpha must be in [0, 1]", ExitCode::usage_error);
}

void check_undirected(const WeightedAdjacency& g) {
    if (!g.undirected) throw Error("alliance clustering: the signed graph must be undirected");
}

double cost_of(double w, double alpha) {
    return w < 0.0 ? alpha * -w : -(1.0 - alpha) * w;
}

// The c-weighted graph the solvers minimise on.
WeightedAdjacency cost_graph(const WeightedAdjacency& g, double alpha) {
    WeightedAdjacency c = g;
    for (double& w : c.weights) w = cost_of(w, alpha);
    // Drop arcs whose cost is 0 (alpha = 0 or 1 makes one sign free).
    std::vector<WeightedArc> arcs;
    for (std::size_t u = 0; u < c.vertex_count; ++u)
        for (std::size_t a = c.begin(u); a < c.end(u); ++a)
            if (c.targets[a] > u) arcs.push_back({static_cast<std::uint32_t>(u), c.targets[a], c.weights[a]});
    return make_adjacency(c.vertex_count, std::move(arcs), true);
}

// Splits every block into its connected parts (ties of any sign) and numbers
// blocks by their smallest vertex.
std::vector<int> canonical(const WeightedAdjacency& g, const std::vector<int>& membership) {
    const std::size_t n = g.vertex_count;
    std::vector<int> result(n, -1);
    std::vector<std::uint32_t> stack;
    int next = 0;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (result[s] >= 0) continue;
        result[s] = next;
        stack.assign(1, s);
        while (!stack.empty()) {
            std::uint32_t u = stack.back();
            stack.pop_back();
            for (std::size_t a = g.begin(u); a < g.end(u); ++a) {
                std::uint32_t t = g.targets[a];
                if (result[t] < 0 && membership[t] == membership[u]) {
                    result[t] = next;
                    stack.push_back(t);
                }
            }
        }
        ++next;
    }
    return result;
}

// Moves single nodes to the neighbouring block (or a new one) that lowers
// the summed c most, until no move helps. Returns whether anything moved.
bool local_moving(const WeightedAdjacency& g, std::vector<int>& block, std::mt19937_64& rng) {
    const std::size_t n = g.vertex_count;
    std::vector<int> size(n, 0);
    for (std::size_t v = 0; v < n; ++v) ++size[block[v]];
    std::vector<int> empty;
    for (std::size_t b = n; b-- > 0;)
        if (size[b] == 0) empty.push_back(static_cast<int>(b));
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::vector<double> sum(n, 0.0);
    std::vector<std::uint8_t> seen(n, 0);
    // dirty[v]: a neighbour of v moved since v was last evaluated. A clean
    // vertex cannot have an improving move (its options depend on its
    // neighbours' blocks only), so skipping it changes nothing but time.
    std::vector<std::uint8_t> dirty(n, 1);
    std::vector<int> touched;
    const double eps = 1e-12;
    bool moved_any = false;
    for (int sweep = 0; sweep < 1000; ++sweep) {
        bool moved = false;
        for (std::uint32_t v : order) {
            if (!dirty[v]) continue;
            dirty[v] = 0;
            touched.clear();
            for (std::size_t a = g.begin(v); a < g.end(v); ++a) {
                int b = block[g.targets[a]];
                if (!seen[b]) {
                    seen[b] = 1;
                    touched.push_back(b);
                }
                sum[b] += g.weights[a];
            }
            const int current = block[v];
            double best = seen[current] ? sum[current] : 0.0;
            int target = current;
            if (size[current] > 1 && 0.0 < best - eps) {
                best = 0.0;
                target = -1;  // a new block of its own
            }
            for (int b : touched)
                if (b != current && sum[b] < best - eps) {
                    best = sum[b];
                    target = b;
                }
            for (int b : touched) {
                seen[b] = 0;
                sum[b] = 0.0;
            }
            if (target == current) continue;
            if (--size[current] == 0) empty.push_back(current);
            if (target < 0) {
                target = empty.back();
                empty.pop_back();
            } else if (size[target] == 0) {
                empty.erase(std::find(empty.begin(), empty.end(), target));
            }
            ++size[target];
            block[v] = target;
            for (std::size_t a = g.begin(v); a < g.end(v); ++a) dirty[g.targets[a]] = 1;
            moved = true;
        }
        if (!moved) break;
        moved_any = true;
    }
    return moved_any;
}

// Renumbers blocks 0..k-1 in order of first appearance; returns k.
int compact(std::vector<int>& block) {
    std::vector<int> id(block.size(), -1);
    int k = 0;
    for (int& b : block) {
        if (id[b] < 0) id[b] = k++;
        b = id[b];
    }
    return k;
}

// Aggregates `level` by `block` (k blocks): block-to-block c summed, c inside
// a block dropped (it is constant from here on), as make_adjacency would
// build it (targets sorted per vertex, zero sums dropped) but without its
// global sort: members are bucketed by block and each block's neighbour
// sums gathered in a dense array. O(V + E + sum of d log d) for the
// per-block target sorts.
WeightedAdjacency aggregate(const WeightedAdjacency& level, const std::vector<int>& block, int k) {
    const std::size_t n = level.vertex_count;
    const auto blocks = static_cast<std::size_t>(k);
    std::vector<std::size_t> first(blocks + 1, 0);
    for (std::size_t v = 0; v < n; ++v) ++first[static_cast<std::size_t>(block[v]) + 1];
    for (std::size_t b = 0; b < blocks; ++b) first[b + 1] += first[b];
    std::vector<std::uint32_t> members(n);
    {
        std::vector<std::size_t> fill(first.begin(), first.end() - 1);
        for (std::size_t v = 0; v < n; ++v) members[fill[static_cast<std::size_t>(block[v])]++] = static_cast<std::uint32_t>(v);
    }
    WeightedAdjacency out;
    out.vertex_count = blocks;
    out.undirected = true;
    out.offsets.assign(blocks + 1, 0);
    std::vector<double> sum(blocks, 0.0);
    std::vector<std::uint8_t> seen(blocks, 0);
    std::vector<std::uint32_t> touched;
    for (std::size_t b = 0; b < blocks; ++b) {
        touched.clear();
        for (std::size_t i = first[b]; i < first[b + 1]; ++i) {
            std::uint32_t u = members[i];
            for (std::size_t a = level.begin(u); a < level.end(u); ++a) {
                auto t = static_cast<std::uint32_t>(block[level.targets[a]]);
                if (t == b) continue;
                if (!seen[t]) {
                    seen[t] = 1;
                    touched.push_back(t);
                }
                sum[t] += level.weights[a];
            }
        }
        std::sort(touched.begin(), touched.end());
        for (std::uint32_t t : touched) {
            if (sum[t] != 0.0) {
                out.targets.push_back(t);
                out.weights.push_back(sum[t]);
            }
            sum[t] = 0.0;
            seen[t] = 0;
        }
        out.offsets[b + 1] = out.targets.size();
    }
    return out;
}

// One multilevel pass from a partition of the base vertices: move vertices,
// then coarsen blocks into nodes and move those, until nothing moves; then
// refine on the vertices.
void multilevel(const WeightedAdjacency& base, std::vector<int>& node_of, std::mt19937_64& rng) {
    local_moving(base, node_of, rng);
    int k = compact(node_of);
    WeightedAdjacency level = aggregate(base, node_of, k);
    while (true) {
        std::vector<int> block(level.vertex_count);
        std::iota(block.begin(), block.end(), 0);
        if (!local_moving(level, block, rng)) break;
        k = compact(block);
        for (int& x : node_of) x = block[x];
        if (static_cast<std::size_t>(k) == level.vertex_count) break;
        level = aggregate(level, block, k);
    }
    local_moving(base, node_of, rng);
    compact(node_of);
}

double summed_cost(const WeightedAdjacency& c, const std::vector<int>& block) {
    double s = 0.0;
    for (std::size_t u = 0; u < c.vertex_count; ++u)
        for (std::size_t a = c.begin(u); a < c.end(u); ++a)
            if (c.targets[a] > u && block[u] == block[c.targets[a]]) s += c.weights[a];
    return s;
}

}  // namespace

AlliancePartition evaluate_partition(const WeightedAdjacency& g, std::vector<int> membership, double alpha) {
    check_alpha(alpha);
    if (membership.size() != g.vertex_count) throw Error("alliance clustering: partition size mismatch");
    AlliancePartition p;
    for (std::size_t u = 0; u < g.vertex_count; ++u)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) {
            std::uint32_t t = g.targets[a];
            if (g.undirected && t < u) continue;
            double w = g.weights[a];
            bool inside = membership[u] == membership[t];
            if (inside && w < 0.0) p.negative_inside += -w;
            if (!inside && w > 0.0) p.positive_between += w;
        }
    p.criterion = alpha * p.negative_inside + (1.0 - alpha) * p.positive_between;
    p.membership = std::move(membership);
    return p;
}

AlliancePartition alliance_clustering_local_search(const WeightedAdjacency& g, double alpha,
                                                   std::uint64_t seed, int starts, double work_budget) {
    check_alpha(alpha);
    check_undirected(g);
    if (starts < 1) throw Error("alliance clustering: starts must be >= 1", ExitCode::usage_error);
    if (!(work_budget > 0.0))
        throw Error("alliance clustering: the work budget must be positive", ExitCode::usage_error);
    const WeightedAdjacency c = cost_graph(g, alpha);
    std::mt19937_64 rng(seed);
    std::vector<int> best;
    double best_cost = 0.0;
    const std::size_t n = g.vertex_count;
    // The schedule: `starts` starts of 1 + 20 descents each while that fits
    // the work budget (every graph of up to ~10^4 ties), otherwise as many
    // descents as fit, at least 2: fewer starts first, then fewer rounds.
    constexpr std::size_t rounds_per_start = 20;
    const auto wanted = static_cast<std::size_t>(starts) * (rounds_per_start + 1);
    const double size = static_cast<double>(n + c.arc_count());
    const std::size_t affordable =
        size * static_cast<double>(wanted) <= work_budget ? wanted
                                                          : std::max<std::size_t>(2, static_cast<std::size_t>(work_budget / size));
    const std::size_t descents = std::min(wanted, affordable);
    const std::size_t start_count = std::clamp<std::size_t>(descents / (rounds_per_start + 1), 1, static_cast<std::size_t>(starts));
    const std::size_t rounds = std::min(rounds_per_start, descents / start_count - 1);
    for (std::size_t start = 0; start < start_count; ++start) {
        // A start: multilevel from singletons, then iterated local search:
        // scatter a few vertices of the start's best into random blocks and
        // descend again, keeping the result when it is no worse.
        std::vector<int> current(n);
        std::iota(current.begin(), current.end(), 0);
        multilevel(c, current, rng);
        double current_cost = summed_cost(c, current);
        for (std::size_t round = 0; round < rounds && n > 1; ++round) {
            std::vector<int> trial = current;
            int blocks = *std::max_element(trial.begin(), trial.end()) + 1;
            std::size_t scattered = std::max<std::size_t>(1, n / 20);
            for (std::size_t i = 0; i < scattered; ++i)
                trial[rng() % n] = static_cast<int>(rng() % std::min<std::uint64_t>(static_cast<std::uint64_t>(blocks) + 1, n));
            compact(trial);
            multilevel(c, trial, rng);
            double cost = summed_cost(c, trial);
            if (cost <= current_cost + 1e-12) {
                current = std::move(trial);
                current_cost = cost;
            }
        }
        if (best.empty() || current_cost < best_cost - 1e-12) {
            best = std::move(current);
            best_cost = current_cost;
        }
    }
    return evaluate_partition(g, canonical(g, best), alpha);
}

AlliancePartition alliance_clustering_exact(const WeightedAdjacency& g, double alpha) {
    check_alpha(alpha);
    check_undirected(g);
    const std::size_t n = g.vertex_count;
    AlliancePartition upper = alliance_clustering_local_search(g, alpha, 1, 4);
    if (n <= 1) {
        upper.exact = true;
        return upper;
    }
    // Dense costs in search order: strongest vertices first prunes earliest.
    std::vector<double> strength(n, 0.0);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) strength[u] += std::fabs(g.weights[a]);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return strength[a] > strength[b]; });
    std::vector<std::size_t> position(n);
    for (std::size_t i = 0; i < n; ++i) position[order[i]] = i;
    std::vector<double> c(n * n, 0.0);
    double total = 0.0;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t a = g.begin(u); a < g.end(u); ++a) {
            c[position[u] * n + position[g.targets[a]]] = cost_of(g.weights[a], alpha);
            total += std::fabs(g.weights[a]);
        }
    // tail[i]: sum of negative c among positions >= i.
    std::vector<double> tail(n + 1, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        tail[i] = tail[i + 1];
        for (std::size_t j = i + 1; j < n; ++j) tail[i] += std::min(0.0, c[i * n + j]);
    }
    const double eps = 1e-12 * (1.0 + total);

    double best = summed_cost(cost_graph(g, alpha), upper.membership);
    std::vector<int> best_blocks;  // by position; empty while the upper bound stands
    std::vector<int> blocks(n, -1);
    // along[j * (n + 1) + b]: summed c between position j and the assigned members of block b.
    std::vector<double> along(n * (n + 1), 0.0);

    std::function<void(std::size_t, int, double)> search = [&](std::size_t i, int k, double cost) {
        if (i == n) {
            if (cost < best - eps) {
                best = cost;
                best_blocks = blocks;
            }
            return;
        }
        double bound = cost + tail[i];
        for (std::size_t j = i; j < n; ++j) {
            double cheapest = 0.0;
            for (int b = 0; b < k; ++b) cheapest = std::min(cheapest, along[j * (n + 1) + b]);
            bound += cheapest;
        }
        if (bound >= best - eps) return;
        for (int b = 0; b <= k; ++b) {
            blocks[i] = b;
            for (std::size_t j = i + 1; j < n; ++j) along[j * (n + 1) + b] += c[i * n + j];
            search(i + 1, std::max(k, b + 1), cost + (b < k ? along[i * (n + 1) + b] : 0.0));
            for (std::size_t j = i + 1; j < n; ++j) along[j * (n + 1) + b] -= c[i * n + j];
        }
        blocks[i] = -1;
    };
    search(0, 0, 0.0);

    AlliancePartition result;
    if (best_blocks.empty()) {
        result = std::move(upper);
    } else {
        std::vector<int> membership(n);
        for (std::size_t v = 0; v < n; ++v) membership[v] = best_blocks[position[v]];
        result = evaluate_partition(g, canonical(g, membership), alpha);
    }
    result.exact = true;
    return result;
}

AlliancePartition alliance_clustering(const WeightedAdjacency& g, const AllianceOptions& options) {
    if (g.vertex_count <= static_cast<std::size_t>(std::max(options.exact_limit, 0)))
        return alliance_clustering_exact(g, options.alpha);
    return alliance_clustering_local_search(g, options.alpha, options.seed, options.starts, options.work_budget);
}

}  // namespace actorgraph::graphs
