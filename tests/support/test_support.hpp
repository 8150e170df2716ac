// Helpers shared by the test executables.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <cstdlib>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include <sys/wait.h>
#include <unistd.h>

// Ends the current test case as skipped, saying why: its input or tool is
// missing here. The process then exits with test_support::skip_return_code
// (SKIP_RETURN_CODE in tests/CMakeLists.txt), so CTest reports "Skipped",
// never "Passed". The SUCCEED keeps `-w NoAssertions` from failing it.
#define SKIP_TEST(reason)                        \
    do {                                         \
        WARN("SKIPPED: " << reason);             \
        SUCCEED("skipped");                      \
        ++test_support::skipped_test_cases;      \
        return;                                  \
    } while (0)

namespace test_support {

inline constexpr int skip_return_code = 77;
inline int skipped_test_cases = 0;  // counted by SKIP_TEST, read by test_main.cpp

inline const std::filesystem::path source_dir{ACTORGRAPH_SOURCE_DIR};
inline const std::filesystem::path shared_dir{ACTORGRAPH_SHARED_DIR};
inline const std::string actorgraph_binary{ACTORGRAPH_BINARY};

inline bool shared_available() { return std::filesystem::is_directory(shared_dir / "gold"); }

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A fresh empty directory under the system temp dir, removed at scope exit.
class TempDir {
public:
    explicit TempDir(const std::string& name) {
        path_ = std::filesystem::temp_directory_path() /
                ("actorgraph_test_" + name + "_" + std::to_string(::getpid()));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs `command` through the shell with stdin from /dev/null, capturing both streams.
inline CommandResult run_command(const std::string& command) {
    static int counter = 0;
    const auto base = std::filesystem::temp_directory_path() /
                      ("actorgraph_cmd_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    const std::string out_path = base.string() + ".out", err_path = base.string() + ".err";
    const int status = std::system(("(" + command + ") </dev/null >" + out_path + " 2>" + err_path).c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    std::filesystem::remove(out_path);
    std::filesystem::remove(err_path);
    return result;
}

// The message of the actorgraph::Error `f` throws, or "(no error)".
template <class F>
std::string error_text(F&& f) {
    try {
        f();
    } catch (const actorgraph::Error& e) {
        return e.what();
    }
    return "(no error)";
}

// Runs build/actorgraph with `arguments` (already shell-quoted as needed).
inline CommandResult run_actorgraph(const std::string& arguments) {
    return run_command(actorgraph_binary + " " + arguments);
}

}  // namespace test_support
