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
    // starts with the rest of it (its last word is a prefix). Amortised
    // O(|form|); throws actorgraph::Error past 2^24 nodes.
    void insert(std::string_view form, std::uint32_t payload);

    // The child of `node` along one byte, or `none`: one probe of an open
    // addressing table of all edges (no per-node allocation, so the hot part
    // of the trie stays in cache). Expected O(1). `node` must not be `none`.
    std::uint32_t step(std::uint32_t node, std::uint8_t byte) const {
        const std::uint32_t key = edge_key(node, byte);
        for (std::uint32_t i = slot_of(key);; i = (i + 1) & mask_) {
            const Edge& e = edges_[i];
            if (e.key == key) return e.child;
            if (e.key == empty_key) return none;
        }
    }
    // The node reached from `node` along `bytes`, or `none`. O(|bytes|).
    std::uint32_t walk(std::uint32_t node, std::string_view bytes) const;
    // Whether forms (whole-word / prefix) end at `node`: one byte to test
    // before touching the payload lists.
    bool has_exact(std::uint32_t node) const { return (flags_[node] & exact_flag) != 0; }
    bool has_prefix(std::uint32_t node) const { return (flags_[node] & prefix_flag) != 0; }
    const std::vector<std::uint32_t>& exact(std::uint32_t node) const { return payloads_[node].exact; }
    const std::vector<std::uint32_t>& prefix(std::uint32_t node) const { return payloads_[node].prefix; }
    std::size_t size() const { return flags_.size(); }

private:
    struct Edge {
        std::uint32_t key;    // node * 256 + byte, or empty_key
        std::uint32_t child;
    };
    struct Payloads {
        std::vector<std::uint32_t> exact;   // payloads of forms ending here at a word end
        std::vector<std::uint32_t> prefix;  // payloads of prefix forms ending here
    };
    static constexpr std::uint32_t empty_key = UINT32_MAX;  // node 2^24-1 is never created
    static constexpr std::uint8_t exact_flag = 1, prefix_flag = 2;
    static std::uint32_t edge_key(std::uint32_t node, std::uint8_t byte) { return (node << 8) | byte; }
    // Fibonacci hashing: the top bits of key * 2^32/phi.
    std::uint32_t slot_of(std::uint32_t key) const { return (key * 2654435769u) >> shift_; }
    void add_edge(std::uint32_t key, std::uint32_t child);
    void grow();

    std::vector<Edge> edges_;          // power-of-two size, at most half full
    std::uint32_t mask_ = 0;
    int shift_ = 32;
    std::size_t edge_count_ = 0;
    std::vector<std::uint8_t> flags_;  // per node
    std::vector<Payloads> payloads_;   // per node
};

}  // namespace actorgraph::extract
