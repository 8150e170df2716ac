// Helpers shared by the test executables.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace test_support {

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

}  // namespace test_support
