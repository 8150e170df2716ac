#include "extract/form_trie.hpp"

#include <algorithm>

namespace actorgraph::extract {

FormTrie::FormTrie() : nodes_(1) {}

std::uint32_t FormTrie::child(std::uint32_t node, std::uint8_t byte) const {
    const auto& kids = nodes_[node].kids;
    const auto it = std::lower_bound(kids.begin(), kids.end(), byte,
                                     [](const auto& kid, std::uint8_t b) { return kid.first < b; });
    return (it != kids.end() && it->first == byte) ? it->second : none;
}

void FormTrie::insert(std::string_view form, std::uint32_t payload) {
    const bool is_prefix = !form.empty() && form.back() == '*';
    if (is_prefix) form.remove_suffix(1);
    std::uint32_t node = root;
    for (char ch : form) {
        const auto byte = static_cast<std::uint8_t>(ch);
        std::uint32_t next = child(node, byte);
        if (next == none) {
            next = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
            auto& kids = nodes_[node].kids;
            const auto it = std::lower_bound(kids.begin(), kids.end(), byte,
                                             [](const auto& kid, std::uint8_t b) { return kid.first < b; });
            kids.insert(it, {byte, next});
        }
        node = next;
    }
    auto& list = is_prefix ? nodes_[node].prefix : nodes_[node].exact;
    if (std::find(list.begin(), list.end(), payload) == list.end()) list.push_back(payload);
}

std::uint32_t FormTrie::walk(std::uint32_t node, std::string_view bytes) const {
    for (char ch : bytes) {
        if (node == none) return none;
        node = child(node, static_cast<std::uint8_t>(ch));
    }
    return node;
}

}  // namespace actorgraph::extract
