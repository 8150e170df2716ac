// A byte trie over normalised surface forms (words joined by one space).
// Lookup walks the normalised text of consecutive tokens directly, so no
// string is built per token.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::extract {

class FormTrie {
public:
    static constexpr std::uint32_t root = 0;
    static constexpr std::uint32_t none = UINT32_MAX;

    FormTrie();
    // Adds `form` with `payload`. A form ending in '*' matches any word that
    // starts with the rest of it (its last word is a prefix).
    void insert(std::string_view form, std::uint32_t payload);

    // The child of `node` along `bytes`, or `none`. O(|bytes| log 256).
    std::uint32_t walk(std::uint32_t node, std::string_view bytes) const;
    const std::vector<std::uint32_t>& exact(std::uint32_t node) const { return nodes_[node].exact; }
    const std::vector<std::uint32_t>& prefix(std::uint32_t node) const { return nodes_[node].prefix; }
    std::size_t size() const { return nodes_.size(); }

private:
    struct Node {
        std::vector<std::pair<std::uint8_t, std::uint32_t>> kids;  // sorted by byte
        std::vector<std::uint32_t> exact;   // payloads of forms ending here at a word end
        std::vector<std::uint32_t> prefix;  // payloads of prefix forms ending here
    };
    std::uint32_t child(std::uint32_t node, std::uint8_t byte) const;
    std::vector<Node> nodes_;
};

}  // namespace actorgraph::extract
