// Golden-file comparison: tests/golden/<name> holds the expected text.
// After an intended change, rewrite the files with the update mode, a CTest
// test of its own that CI never runs (then review the diff):
//   cmake -S . -B build -DACTORGRAPH_UPDATE_GOLDEN=ON && ctest --test-dir build -L update_golden
// It sets ACTORGRAPH_UPDATE_GOLDEN=1; every other test runs with it empty,
// so a variable left in a shell cannot turn the comparisons into passes.
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace test_support {

inline void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path path = source_dir / "tests" / "golden" / name;
    if (const char* update = std::getenv("ACTORGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream out(path, std::ios::binary);
        out << actual;
        REQUIRE(out.good());
        WARN("rewrote golden file " << path);
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    const std::string expected = read_file(path);
    if (expected != actual) {
        const std::filesystem::path got = std::filesystem::temp_directory_path() / ("actual_" + name);
        std::ofstream(got, std::ios::binary) << actual;
        INFO("golden " << path << " differs; actual output written to " << got);
        CHECK(expected == actual);
    }
}

}  // namespace test_support
