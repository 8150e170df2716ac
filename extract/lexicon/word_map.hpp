// WordMap: normalised word -> value, for the lexicon's word lists (function
// words, stems, anaphoric nouns). Every word token of every sentence is
// looked up, and nearly every lookup misses, so a miss must be cheap: one
// open-addressing table of (hash, entry) slots, at most half full, probed
// linearly; a miss usually ends at the first empty slot, and the word itself
// is compared only when the 64-bit hashes agree. std::unordered_map spent
// most of its time in std::hash and in chasing bucket lists (perf on ANT).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::extract {

// A 64-bit hash of a short byte string, eight bytes at a time (a
// multiply-xorshift mix per word of input, as in splitmix64). Not for
// adversarial input: the keys are the lexicon's own words.
inline std::uint64_t word_hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t k;
        std::memcpy(&k, s.data() + i, 8);
        h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    for (; i < s.size(); ++i) tail = (tail << 8) | static_cast<unsigned char>(s[i]);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

template <typename Value>
class WordMap {
public:
    using Entry = std::pair<std::string, Value>;

    // The value of `word`, inserted value-initialised when absent. Amortised O(|word|).
    Value& operator[](std::string_view word) {
        if (Value* found = find_mutable(word)) return *found;
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        entries_.emplace_back(std::string(word), Value{});
        place(word_hash(word), static_cast<std::uint32_t>(entries_.size() - 1));
        return entries_.back().second;
    }
    // The value of `word`, or nullptr. Expected O(|word|).
    const Value* find(std::string_view word) const { return const_cast<WordMap*>(this)->find_mutable(word); }

    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }
    // Entries in insertion order (a fixed order, unlike a hash table's).
    typename std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
    typename std::vector<Entry>::const_iterator end() const { return entries_.end(); }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t entry = no_entry;
    };
    static constexpr std::uint32_t no_entry = UINT32_MAX;

    Value* find_mutable(std::string_view word) {
        if (slots_.empty()) return nullptr;
        const std::uint64_t h = word_hash(word);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.entry == no_entry) return nullptr;
            if (s.hash == h && entries_[s.entry].first == word) return &entries_[s.entry].second;
        }
    }
    void place(std::uint64_t h, std::uint32_t entry) {
        std::size_t i = h & mask_;
        while (slots_[i].entry != no_entry) i = (i + 1) & mask_;
        slots_[i] = {h, entry};
    }
    void grow() {
        slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (std::uint32_t e = 0; e < entries_.size(); ++e) place(word_hash(entries_[e].first), e);
    }

    std::vector<Slot> slots_;  // power-of-two size, at most half full
    std::size_t mask_ = 0;
    std::vector<Entry> entries_;
};

}  // namespace actorgraph::extract
