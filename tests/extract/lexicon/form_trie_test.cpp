// FormTrie: walks and steps, exact and prefix forms, payload lists, and many
// random forms against a naive std::map reference.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/lexicon/form_trie.hpp"
#include "extract/text/normalizer.hpp"

using namespace actorgraph::extract;

using Payloads = std::vector<std::uint32_t>;

TEST_CASE("an exact form ends at one node, and its proper prefixes are nodes without forms") {
    FormTrie trie;
    CHECK(trie.size() == 1);  // the root
    const std::string form = normalize_form("روسيا");
    trie.insert(form, 7);
    CHECK(trie.size() == 1 + form.size() / 2);  // one node per letter (two bytes each)
    const std::uint32_t node = trie.walk(FormTrie::root, form);
    REQUIRE(node != FormTrie::none);
    CHECK(trie.has_exact(node));
    CHECK_FALSE(trie.has_prefix(node));
    CHECK(trie.exact(node) == Payloads{7});
    CHECK(trie.prefix(node).empty());
    // A proper prefix is a node without forms; a longer word leads nowhere.
    const std::uint32_t inner = trie.walk(FormTrie::root, normalize_form("روس"));
    REQUIRE(inner != FormTrie::none);
    CHECK_FALSE(trie.has_exact(inner));
    CHECK(trie.exact(inner).empty());
    CHECK(trie.walk(FormTrie::root, form + "x") == FormTrie::none);
    CHECK(trie.walk(FormTrie::root, "x") == FormTrie::none);
    // walk of nothing stays put, and none stays none.
    CHECK(trie.walk(node, "") == node);
    CHECK(trie.walk(FormTrie::none, "a") == FormTrie::none);
    CHECK_FALSE(trie.has_exact(FormTrie::root));
}

TEST_CASE("symbol_at reads a two-byte character as one symbol and any other byte as its own") {
    using Symbol = FormTrie::Symbol;
    const auto at = [](std::string_view s, std::size_t pos) {
        const Symbol symbol = FormTrie::symbol_at(s, pos);
        return std::pair<std::uint32_t, std::uint32_t>{symbol.code, symbol.length};
    };
    using Pair = std::pair<std::uint32_t, std::uint32_t>;
    CHECK(at("a", 0) == Pair{'a', 1});
    CHECK(at(" ", 0) == Pair{' ', 1});
    CHECK(at("\xD8\xA7", 0) == Pair{0x627, 2});  // alef
    CHECK(at("\xD9\x8A", 0) == Pair{0x64A, 2});  // yeh
    CHECK(at("x\xD8\xA8", 1) == Pair{0x628, 2});
    // Lone bytes: a continuation, a lead byte cut off, an overlong lead
    // (never a code below 0x80, which would pass for ASCII), a three-byte lead.
    CHECK(at("\xA7", 0) == Pair{0x800 + 0xA7, 1});
    CHECK(at("\xD8", 0) == Pair{0x800 + 0xD8, 1});
    CHECK(at("\xD8" "a", 0) == Pair{0x800 + 0xD8, 1});
    CHECK(at("\xC1\x81", 0) == Pair{0x800 + 0xC1, 1});
    CHECK(at("\xE2\x80\x8C", 0) == Pair{0x800 + 0xE2, 1});
    CHECK(at("\xFF", 0) == Pair{0x8FF, 1});
}

TEST_CASE("step follows one symbol, walk a string of them") {
    FormTrie trie;
    trie.insert("ab", 1);
    trie.insert("ac", 2);
    CHECK(trie.size() == 4);  // root, a, ab, ac
    const std::uint32_t a = trie.step(FormTrie::root, 'a');
    REQUIRE(a != FormTrie::none);
    CHECK(trie.step(a, 'b') == trie.walk(FormTrie::root, "ab"));
    CHECK(trie.step(a, 'c') == trie.walk(FormTrie::root, "ac"));
    CHECK(trie.step(a, 'b') != trie.step(a, 'c'));
    CHECK(trie.step(a, 'd') == FormTrie::none);
    CHECK(trie.step(FormTrie::root, 'b') == FormTrie::none);
    CHECK(trie.exact(trie.step(a, 'c')) == Payloads{2});
    // A two-byte letter is one step, a lone byte (0xFF) another.
    trie.insert("\xD8\xA7\xFF", 3);
    CHECK(trie.size() == 6);
    const std::uint32_t alef = trie.step(FormTrie::root, 0x627);
    REQUIRE(alef != FormTrie::none);
    CHECK(alef == trie.walk(FormTrie::root, "\xD8\xA7"));
    const std::uint32_t high = trie.walk(FormTrie::root, "\xD8\xA7\xFF");
    REQUIRE(high != FormTrie::none);
    CHECK(high == trie.step(alef, FormTrie::symbol_at("\xFF", 0).code));
    CHECK(trie.exact(high) == Payloads{3});
    CHECK(trie.step(alef, FormTrie::symbol_at("\xFE", 0).code) == FormTrie::none);
    CHECK(trie.walk(FormTrie::root, "\xD8") == FormTrie::none);  // half a letter is no path
}

TEST_CASE("a form ending in '*' is a prefix form, kept apart from the exact form of the same letters") {
    FormTrie trie;
    const std::string stem = normalize_form("تدعم");
    trie.insert(stem + "*", 1);
    const std::uint32_t node = trie.walk(FormTrie::root, stem);
    REQUIRE(node != FormTrie::none);
    CHECK(trie.has_prefix(node));
    CHECK_FALSE(trie.has_exact(node));
    CHECK(trie.prefix(node) == Payloads{1});
    CHECK(trie.exact(node).empty());
    // The '*' itself is no symbol of the trie.
    CHECK(trie.walk(FormTrie::root, stem + "*") == FormTrie::none);
    CHECK(trie.size() == 1 + stem.size() / 2);
    // The exact form of the same letters shares the node.
    trie.insert(stem, 2);
    CHECK(trie.walk(FormTrie::root, stem) == node);
    CHECK(trie.has_exact(node));
    CHECK(trie.has_prefix(node));
    CHECK(trie.exact(node) == Payloads{2});
    CHECK(trie.prefix(node) == Payloads{1});
}

TEST_CASE("multi-word forms are one path with a space between the words") {
    FormTrie trie;
    const std::string hezbollah = normalize_form("حزب الله");
    const std::string army = normalize_form("الجيش السوري الحر");
    trie.insert(hezbollah, 1);
    trie.insert(normalize_form("حزب"), 2);
    trie.insert(army, 3);
    trie.insert(normalize_form("الجيش السوري"), 4);
    // Word by word, as the matcher walks tokens.
    std::uint32_t node = trie.walk(FormTrie::root, normalize_form("حزب"));
    REQUIRE(node != FormTrie::none);
    CHECK(trie.exact(node) == Payloads{2});
    node = trie.step(node, ' ');
    REQUIRE(node != FormTrie::none);
    CHECK_FALSE(trie.has_exact(node));
    node = trie.walk(node, normalize_form("الله"));
    CHECK(node == trie.walk(FormTrie::root, hezbollah));
    CHECK(trie.exact(node) == Payloads{1});
    node = trie.walk(FormTrie::root, normalize_form("الجيش السوري"));
    REQUIRE(node != FormTrie::none);
    CHECK(trie.exact(node) == Payloads{4});
    const std::uint32_t longer = trie.walk(node, " " + normalize_form("الحر"));
    REQUIRE(longer != FormTrie::none);
    CHECK(trie.exact(longer) == Payloads{3});
    CHECK(trie.walk(node, " " + normalize_form("الحرة")) == FormTrie::none);
}

TEST_CASE("payload lists keep every payload of a form once, in insertion order") {
    FormTrie trie;
    trie.insert("ab", 5);
    trie.insert("ab", 3);
    trie.insert("ab", 5);
    trie.insert("ab*", 5);
    trie.insert("ab*", 9);
    trie.insert("ab*", 9);
    const std::uint32_t node = trie.walk(FormTrie::root, "ab");
    CHECK(trie.exact(node) == Payloads{5, 3});
    CHECK(trie.prefix(node) == Payloads{5, 9});
    CHECK(trie.size() == 3);
}

TEST_CASE("thousands of random forms agree with a naive std::map reference") {
    // Forms over a few Arabic letters and a space (many shared prefixes), a
    // quarter of them prefix forms; enough edges to grow the table several times.
    const std::vector<std::string> letters{"ا", "ل", "ر", "و", "س", "ي", " "};
    std::mt19937 rng(424242);
    const auto random_string = [&](std::size_t max_letters) {
        std::string s;
        const std::size_t length = 1 + rng() % max_letters;
        for (std::size_t i = 0; i < length; ++i) s += letters[rng() % letters.size()];
        return s;
    };
    struct Expected {
        Payloads exact, prefix;
    };
    std::map<std::string, Expected> reference;
    std::set<std::string> paths;  // every prefix of every form: the nodes
    FormTrie trie;
    for (std::uint32_t payload = 0; payload < 4000; ++payload) {
        const std::string form = random_string(9);
        const bool is_prefix = rng() % 4 == 0;
        // Payloads repeat, so some forms get a payload they already have.
        const std::uint32_t value = payload % 3000;
        trie.insert(is_prefix ? form + "*" : form, value);
        Payloads& list = is_prefix ? reference[form].prefix : reference[form].exact;
        if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
        // The nodes are the prefixes that end between two characters.
        paths.insert("");
        for (std::size_t k = 0; k < form.size();) {
            k += FormTrie::symbol_at(form, k).length;
            paths.insert(form.substr(0, k));
        }
    }
    CHECK(trie.size() == paths.size());
    for (const auto& [form, expected] : reference) {
        INFO("form: " << form);
        const std::uint32_t node = trie.walk(FormTrie::root, form);
        REQUIRE(node != FormTrie::none);
        CHECK(trie.has_exact(node) == !expected.exact.empty());
        CHECK(trie.has_prefix(node) == !expected.prefix.empty());
        CHECK(trie.exact(node) == expected.exact);
        CHECK(trie.prefix(node) == expected.prefix);
    }
    // Random probes: a node exactly for the paths, forms exactly for the forms.
    for (int probe = 0; probe < 20000; ++probe) {
        const std::string s = random_string(11);
        INFO("probe: " << s);
        const std::uint32_t node = trie.walk(FormTrie::root, s);
        REQUIRE((node != FormTrie::none) == (paths.count(s) == 1));
        if (node == FormTrie::none) continue;
        const auto it = reference.find(s);
        CHECK(trie.has_exact(node) == (it != reference.end() && !it->second.exact.empty()));
        CHECK(trie.has_prefix(node) == (it != reference.end() && !it->second.prefix.empty()));
    }
    // Distinct paths reach distinct nodes.
    std::set<std::uint32_t> nodes;
    for (const auto& p : paths) nodes.insert(trie.walk(FormTrie::root, p));
    CHECK(nodes.size() == paths.size());
}
