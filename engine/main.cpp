#include <string>
#include <vector>

#include "engine/cli/cli.hpp"

int main(int argc, char** argv) {
    return actorgraph::engine::run_cli(std::vector<std::string>(argv + 1, argv + argc));
}
