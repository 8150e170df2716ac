#include "extract/lexicon/form_trie.hpp"

#include <algorithm>

#include "common/error.hpp"

namespace actorgraph::extract {

namespace {
constexpr std::size_t initial_slots = 1024;
constexpr std::uint32_t max_nodes = (1u << 20) - 1;  // keeps every edge key below empty_key
}  // namespace

FormTrie::FormTrie() : flags_(1, 0), payloads_(1) {
    edges_.assign(initial_slots, Edge{empty_key, none});
    mask_ = static_cast<std::uint32_t>(initial_slots - 1);
    shift_ = 32 - 10;
}

void FormTrie::add_edge(std::uint32_t key, std::uint32_t child) {
    std::uint32_t i = slot_of(key);
    while (edges_[i].key != empty_key) i = (i + 1) & mask_;
    edges_[i] = Edge{key, child};
}

void FormTrie::grow() {
    std::vector<Edge> old(edges_.size() * 2, Edge{empty_key, none});
    old.swap(edges_);
    mask_ = static_cast<std::uint32_t>(edges_.size() - 1);
    --shift_;
    for (const Edge& e : old)
        if (e.key != empty_key) add_edge(e.key, e.child);
}

void FormTrie::insert(std::string_view form, std::uint32_t payload) {
    const bool is_prefix = !form.empty() && form.back() == '*';
    if (is_prefix) form.remove_suffix(1);
    std::uint32_t node = root;
    for (std::size_t pos = 0; pos < form.size();) {
        const Symbol symbol = symbol_at(form, pos);
        pos += symbol.length;
        std::uint32_t next = step(node, symbol.code);
        if (next == none) {
            if (flags_.size() >= max_nodes) throw Error("FormTrie: more than 2^20 nodes (a lexicon too large)");
            next = static_cast<std::uint32_t>(flags_.size());
            flags_.push_back(0);
            payloads_.emplace_back();
            if (2 * (edge_count_ + 1) > edges_.size()) grow();
            add_edge(edge_key(node, symbol.code), next);
            ++edge_count_;
        }
        node = next;
    }
    auto& list = is_prefix ? payloads_[node].prefix : payloads_[node].exact;
    if (std::find(list.begin(), list.end(), payload) == list.end()) list.push_back(payload);
    flags_[node] |= is_prefix ? prefix_flag : exact_flag;
}

std::uint32_t FormTrie::walk(std::uint32_t node, std::string_view bytes) const {
    for (std::size_t pos = 0; pos < bytes.size();) {
        if (node == none) return none;
        const Symbol symbol = symbol_at(bytes, pos);
        pos += symbol.length;
        node = step(node, symbol.code);
    }
    return node;
}

}  // namespace actorgraph::extract
