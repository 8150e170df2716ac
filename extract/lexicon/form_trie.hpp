// A trie over normalised surface forms (words joined by one space), one
// edge per character: a two-byte UTF-8 character (every Arabic letter) is
// one symbol, any other byte is one symbol of its own. Lookup walks the
// normalised text of consecutive tokens directly, so no string is built per
// token. Stepping by letter rather than by byte halves the table probes of
// an Arabic walk, and the probes are where the matcher's time goes (perf:
// the loads of the edge table).
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

    // One step of a walk: the symbol at a position of a text and its length
    // in bytes.
    struct Symbol {
        std::uint32_t code;    // a byte below 0x80, a two-byte character's code point, or 0x800 + a lone byte
        std::uint32_t length;  // 1 or 2
    };
    // The symbol at bytes[pos] (pos < bytes.size()). A two-byte character
    // needs its continuation byte inside `bytes`.
    static Symbol symbol_at(std::string_view bytes, std::size_t pos) {
        const auto b = static_cast<unsigned char>(bytes[pos]);
        if (b < 0x80) return {b, 1};
        if (b >= 0xC2 && b < 0xE0 && pos + 1 < bytes.size()) {
            const auto c = static_cast<unsigned char>(bytes[pos + 1]);
            if ((c & 0xC0) == 0x80) return {(static_cast<std::uint32_t>(b & 0x1F) << 6) | (c & 0x3F), 2};
        }
        return {lone_byte + b, 1};
    }

    FormTrie();
    // Adds `form` with `payload`. A form ending in '*' matches any word that
    // starts with the rest of it (its last word is a prefix). Amortised
    // O(|form|); throws actorgraph::Error past 2^20 nodes.
    void insert(std::string_view form, std::uint32_t payload);

    // The child of `node` along one symbol (Symbol::code), or `none`: one
    // probe of an open addressing table of all edges (no per-node
    // allocation, so the hot part of the trie stays in cache). Expected O(1).
    // `node` must not be `none`.
    std::uint32_t step(std::uint32_t node, std::uint32_t code) const {
        const std::uint32_t key = edge_key(node, code);
        for (std::uint32_t i = slot_of(key);; i = (i + 1) & mask_) {
            const Edge& e = edges_[i];
            if (e.key == key) return e.child;
            if (e.key == empty_key) return none;
        }
    }
    // The node reached from `node` along the symbols of `bytes`, or `none`. O(|bytes|).
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
        std::uint32_t key;    // node * 4096 + symbol code, or empty_key
        std::uint32_t child;
    };
    struct Payloads {
        std::vector<std::uint32_t> exact;   // payloads of forms ending here at a word end
        std::vector<std::uint32_t> prefix;  // payloads of prefix forms ending here
    };
    static constexpr std::uint32_t lone_byte = 0x800;  // above every two-byte code point
    static constexpr int code_bits = 12;              // codes are below 0x900
    static constexpr std::uint32_t empty_key = UINT32_MAX;  // node 2^20-1 is never created
    static constexpr std::uint8_t exact_flag = 1, prefix_flag = 2;
    static std::uint32_t edge_key(std::uint32_t node, std::uint32_t code) { return (node << code_bits) | code; }
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
