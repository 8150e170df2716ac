// Running under `mpirun`: ranks shard the sources, extract their share and
// send it to rank 0, which merges in source order and does everything else,
// so the output is byte-identical to a single-process run. Without MPI (not
// built with it, or not started by a launcher) there is one rank.
#pragma once

#include <string>
#include <vector>

namespace actorgraph::engine {

class Distributed {
public:
    // Initialises MPI only when a launcher started this process (its
    // environment names a world size); otherwise a no-op.
    Distributed();
    ~Distributed();
    Distributed(const Distributed&) = delete;
    Distributed& operator=(const Distributed&) = delete;

    int rank() const { return rank_; }
    int size() const { return size_; }
    bool active() const { return size_ > 1; }

    // Every rank's `payload`, in rank order, on rank 0; empty elsewhere.
    std::vector<std::string> gather_to_root(const std::string& payload) const;

    // Ends every rank with `exit_code` (after an error on one of them).
    [[noreturn]] void abort(int exit_code) const;

    // The process's instance (created by run_cli).
    static Distributed& instance();

private:
    int rank_ = 0;
    int size_ = 1;
    bool initialised_ = false;
};

// The contiguous share [begin, end) of `count` items that `rank` of `size` takes.
struct Shard {
    std::size_t begin;
    std::size_t end;
};
Shard shard_of(std::size_t count, int rank, int size);

}  // namespace actorgraph::engine
