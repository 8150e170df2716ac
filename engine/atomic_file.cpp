#include "engine/atomic_file.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include "common/error.hpp"

namespace actorgraph::engine {
namespace {

// Temporaries in flight, visible to the signal handler. Fixed slots of
// fixed-size buffers: the handler may only call async-signal-safe functions.
constexpr std::size_t max_in_flight = 64;
constexpr std::size_t max_path = 4096;
struct Slot {
    std::atomic<bool> used{false};
    char path[max_path];
};
std::array<Slot, max_in_flight> in_flight;
std::atomic<unsigned long> temporary_counter{0};

int register_temporary(const std::string& path) {
    if (path.size() >= max_path) return -1;
    for (std::size_t i = 0; i < in_flight.size(); ++i) {
        bool expected = false;
        if (in_flight[i].used.load() == false) {
            std::memcpy(in_flight[i].path, path.c_str(), path.size() + 1);
            if (in_flight[i].used.compare_exchange_strong(expected, true)) return static_cast<int>(i);
        }
    }
    return -1;
}

void unregister_temporary(int slot) {
    if (slot >= 0) in_flight[static_cast<std::size_t>(slot)].used.store(false);
}

extern "C" void remove_temporaries_and_exit(int signal_number) {
    for (auto& slot : in_flight)
        if (slot.used.load()) ::unlink(slot.path);
    ::_exit(128 + signal_number);
}

[[noreturn]] void fail(const std::filesystem::path& path, int error_number) {
    throw Error(path.string() + ": cannot write: " + std::strerror(error_number), ExitCode::output_error);
}

// Writes everything to an open descriptor; returns 0 or the errno.
int write_all(int fd, std::string_view bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return 0;
}

// Devices and pipes (/dev/stdout, /dev/full, a FIFO) cannot be replaced by a
// rename: they are written in place.
void write_special_file(const std::filesystem::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail(path, errno);
    int error_number = write_all(fd, bytes);
    if (::close(fd) != 0 && error_number == 0) error_number = errno;
    if (error_number != 0) fail(path, error_number);
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        if (std::filesystem::is_directory(status))
            throw Error(path.string() + ": cannot write: is a directory", ExitCode::output_error);
        write_special_file(path, bytes);
        return;
    }
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string temporary_name = ".";
    temporary_name += path.filename().string();
    temporary_name += ".tmp.";
    temporary_name += std::to_string(::getpid());
    temporary_name += '.';
    temporary_name += std::to_string(temporary_counter++);  // unique across threads
    const std::string temporary = (dir / temporary_name).string();
    const int slot = register_temporary(temporary);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error_number = errno;
        unregister_temporary(slot);
        fail(path, error_number);
    }
    int error_number = write_all(fd, bytes);
    if (error_number == 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) error_number = errno;
    if (::close(fd) != 0 && error_number == 0) error_number = errno;
    if (error_number == 0 && ::rename(temporary.c_str(), path.c_str()) != 0) error_number = errno;
    if (error_number != 0) {
        ::unlink(temporary.c_str());
        unregister_temporary(slot);
        fail(path, error_number);
    }
    unregister_temporary(slot);
}

void ensure_output_directory(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        throw Error(dir.string() + ": cannot create output directory: " +
                        (ec ? ec.message() : std::string("not a directory")),
                    ExitCode::output_error);
    if (::access(dir.c_str(), W_OK) != 0)
        throw Error(dir.string() + ": cannot write output directory: " + std::strerror(errno),
                    ExitCode::output_error);
}

void install_interrupt_cleanup() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_exit;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace actorgraph::engine
