#include <catch2/catch.hpp>

#include <filesystem>

#include "common/error.hpp"
#include "engine/atomic_file.hpp"
#include "test_support.hpp"

using actorgraph::Error;
using actorgraph::ExitCode;
using actorgraph::engine::write_file_atomically;

TEST_CASE("atomic_file: writes the bytes and leaves no temporary") {
    test_support::TempDir dir("atomic");
    write_file_atomically(dir.path() / "a.txt", "hello");
    write_file_atomically(dir.path() / "a.txt", "replaced");
    CHECK(test_support::read_file(dir.path() / "a.txt") == "replaced");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("atomic_file: a full disk is an output error naming the file") {
    if (!std::filesystem::exists("/dev/full")) SKIP_TEST("no /dev/full here");
    try {
        write_file_atomically("/dev/full", "some bytes");
        FAIL("expected an error");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::output_error);
        CHECK(std::string(error.what()) == "/dev/full: cannot write: No space left on device");
    }
    CHECK(std::filesystem::is_character_file("/dev/full"));  // never replaced by a rename
}

TEST_CASE("atomic_file: a missing directory is an output error and nothing is left") {
    test_support::TempDir dir("atomic_missing");
    CHECK_THROWS_WITH(write_file_atomically(dir.path() / "no" / "a.txt", "x"),
                      (dir.path() / "no" / "a.txt").string() + ": cannot write: No such file or directory");
    CHECK_THROWS_WITH(write_file_atomically(dir.path(), "x"),
                      dir.path().string() + ": cannot write: is a directory");
}
