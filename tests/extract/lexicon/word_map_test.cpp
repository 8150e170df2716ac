// WordMap: lookups that hit and miss, insertion order, growth, and many
// random words against a naive std::map reference.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "extract/lexicon/word_map.hpp"
#include "extract/text/normalizer.hpp"

using namespace actorgraph::extract;

TEST_CASE("an empty WordMap finds nothing") {
    const WordMap<std::uint16_t> map;
    CHECK(map.empty());
    CHECK(map.size() == 0);
    CHECK(map.find("") == nullptr);
    CHECK(map.find(normalize_form("قال")) == nullptr);
    CHECK(map.begin() == map.end());
}

TEST_CASE("WordMap keeps one value per word, in insertion order") {
    WordMap<std::uint16_t> map;
    const std::string said = normalize_form("قال"), added = normalize_form("أضاف");
    map[said] |= 1;
    map[added] |= 2;
    map[said] |= 4;
    REQUIRE(map.size() == 2);
    REQUIRE(map.find(said) != nullptr);
    CHECK(*map.find(said) == 5);
    CHECK(*map.find(added) == 2);
    // A prefix, an extension and the empty word are other words.
    CHECK(map.find(said.substr(0, 2)) == nullptr);
    CHECK(map.find(said + "x") == nullptr);
    CHECK(map.find("") == nullptr);
    std::vector<std::string> order;
    for (const auto& [word, bits] : map) order.push_back(word);
    CHECK(order == std::vector<std::string>{said, added});
    // The empty word is a word like any other.
    map[""] = 9;
    CHECK(*map.find("") == 9);
}

TEST_CASE("thousands of random words agree with a naive std::map reference") {
    // Short words over a few Arabic letters: many share prefixes and hash
    // slots, and the table grows several times.
    const std::vector<std::string> letters{"ا", "ل", "ر", "و", "س", "ي", "x"};
    std::mt19937 rng(777);
    const auto random_word = [&] {
        std::string s;
        const std::size_t length = rng() % 7;
        for (std::size_t i = 0; i < length; ++i) s += letters[rng() % letters.size()];
        return s;
    };
    std::map<std::string, std::vector<std::uint32_t>> reference;
    WordMap<std::vector<std::uint32_t>> map;
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const std::string w = random_word();
        map[w].push_back(i);
        reference[w].push_back(i);
    }
    CHECK(map.size() == reference.size());
    for (const auto& [word, values] : reference) {
        INFO("word: " << word);
        REQUIRE(map.find(word) != nullptr);
        CHECK(*map.find(word) == values);
    }
    for (int probe = 0; probe < 20000; ++probe) {
        const std::string w = random_word() + random_word();
        INFO("probe: " << w);
        CHECK((map.find(w) != nullptr) == (reference.count(w) == 1));
    }
}
