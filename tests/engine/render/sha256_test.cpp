// sha256 against the FIPS 180-4 examples and a CSP hash computed by Python's hashlib.
#include <catch2/catch.hpp>

#include <string>

#include "engine/render/sha256.hpp"

using actorgraph::engine::sha256_base64;

TEST_CASE("sha256 matches the standard test vectors") {
    CHECK(sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    CHECK(sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    // two blocks (56 bytes: the padding spills into a second block)
    CHECK(sha256_base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
    CHECK(sha256_base64(std::string(1000, 'a')) == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=");
}
