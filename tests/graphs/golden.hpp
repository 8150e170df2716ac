// Golden-file comparison: tests/graphs/golden/<name> holds the expected
// text. Run with ACTORGRAPH_UPDATE_GOLDEN=1 to rewrite the files after an
// intended change (then review the diff before committing).
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace test_support {

inline void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path path = source_dir / "tests" / "graphs" / "golden" / name;
    if (std::getenv("ACTORGRAPH_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
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
