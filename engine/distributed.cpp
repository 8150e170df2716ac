#include "engine/distributed.hpp"

#include <cstdlib>
#include <limits>

#include "common/error.hpp"

#ifdef ACTORGRAPH_HAVE_MPI
#include <mpi.h>
#endif

namespace actorgraph::engine {

Shard shard_of(std::size_t count, int rank, int size) {
    const auto r = static_cast<std::size_t>(rank), s = static_cast<std::size_t>(size);
    return Shard{count * r / s, count * (r + 1) / s};
}

Distributed& Distributed::instance() {
    static Distributed distributed;
    return distributed;
}

#ifdef ACTORGRAPH_HAVE_MPI

namespace {

bool launched_by_mpi() {
    for (const char* variable : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK", "MPI_LOCALNRANKS"})
        if (std::getenv(variable)) return true;
    return false;
}

}  // namespace

Distributed::Distributed() {
    if (!launched_by_mpi()) return;
    int already = 0;
    MPI_Initialized(&already);
    if (!already && MPI_Init(nullptr, nullptr) != MPI_SUCCESS) return;
    initialised_ = !already;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

Distributed::~Distributed() {
    if (initialised_) MPI_Finalize();
}

std::vector<std::string> Distributed::gather_to_root(const std::string& payload) const {
    if (!active()) return {payload};
    // Sizes first, then the bytes in chunks below INT_MAX (MPI counts are ints).
    const unsigned long long local_size = payload.size();
    std::vector<unsigned long long> sizes(rank_ == 0 ? static_cast<std::size_t>(size_) : 0);
    MPI_Gather(&local_size, 1, MPI_UNSIGNED_LONG_LONG, sizes.data(), 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
    constexpr std::size_t chunk = std::numeric_limits<int>::max() / 2;
    if (rank_ != 0) {
        for (std::size_t offset = 0; offset < payload.size(); offset += chunk) {
            const int count = static_cast<int>(std::min(chunk, payload.size() - offset));
            MPI_Send(payload.data() + offset, count, MPI_CHAR, 0, 0, MPI_COMM_WORLD);
        }
        return {};
    }
    std::vector<std::string> all(static_cast<std::size_t>(size_));
    all[0] = payload;
    for (int source = 1; source < size_; ++source) {
        std::string& bytes = all[static_cast<std::size_t>(source)];
        bytes.resize(static_cast<std::size_t>(sizes[static_cast<std::size_t>(source)]));
        for (std::size_t offset = 0; offset < bytes.size(); offset += chunk) {
            const int count = static_cast<int>(std::min(chunk, bytes.size() - offset));
            MPI_Recv(bytes.data() + offset, count, MPI_CHAR, source, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        }
    }
    return all;
}

void Distributed::abort(int exit_code) const {
    if (active()) MPI_Abort(MPI_COMM_WORLD, exit_code);
    std::exit(exit_code);
}

#else

Distributed::Distributed() = default;
Distributed::~Distributed() = default;
std::vector<std::string> Distributed::gather_to_root(const std::string& payload) const { return {payload}; }
void Distributed::abort(int exit_code) const { std::exit(exit_code); }

#endif

}  // namespace actorgraph::engine
