// Catch2's runner, except that a run whose test cases all passed but some
// skipped (SKIP_TEST) exits with skip_return_code: CTest shows "Skipped".
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "test_support.hpp"

int main(int argc, char* argv[]) {
    const int failed = Catch::Session().run(argc, argv);
    if (failed == 0 && test_support::skipped_test_cases > 0) return test_support::skip_return_code;
    return failed;
}
