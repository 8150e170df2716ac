// WordMap: normalised word -> value, for the lexicon's word lists (function
// words, stems, anaphoric nouns). Every word token of every sentence is
// looked up, and nearly every lookup misses, so a miss must be cheap: one
// open-addressing table of (hash, entry) slots, at most half full, probed
// linearly; a miss usually ends at the first empty slot, and the word itself
// is compared only when the 64-bit hashes agree. std::unordered_map spent
// most of its time in std::hash and in chasing bucket lists (perf on ANT).
// The hash is the project's FNV-1a: a multiply-xorshift hash eight bytes at
// a time was measured against it and extraction's CPU time did not differ.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/fnv.hpp"

namespace actorgraph::extract {

template <typename Value>
class WordMap {
public:
    using Entry = std::pair<std::string, Value>;

    // The value of `word`, inserted value-initialised when absent. Amortised O(|word|).
    Value& operator[](std::string_view word) {
        const std::uint64_t h = fnv1a(word);
        if (const std::uint32_t e = entry_of(word, h); e != no_entry) return entries_[e].second;
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        entries_.emplace_back(std::string(word), Value{});
        place(h, static_cast<std::uint32_t>(entries_.size() - 1));
        return entries_.back().second;
    }
    // The value of `word`, or nullptr. Expected O(|word|).
    const Value* find(std::string_view word) const {
        const std::uint32_t e = entry_of(word, fnv1a(word));
        return e == no_entry ? nullptr : &entries_[e].second;
    }

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

    // The index of `word` (whose hash is h) in entries_, or no_entry.
    std::uint32_t entry_of(std::string_view word, std::uint64_t h) const {
        if (slots_.empty()) return no_entry;
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.entry == no_entry || (s.hash == h && entries_[s.entry].first == word)) return s.entry;
        }
    }
    void place(std::uint64_t h, std::uint32_t entry) {
        std::size_t i = h & mask_;
        while (slots_[i].entry != no_entry) i = (i + 1) & mask_;
        slots_[i] = {h, entry};
    }
    // Doubles the table, placing every entry again by the hash its slot kept.
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const Slot& s : old)
            if (s.entry != no_entry) place(s.hash, s.entry);
    }

    std::vector<Slot> slots_;  // power-of-two size, at most half full
    std::size_t mask_ = 0;
    std::vector<Entry> entries_;
};

}  // namespace actorgraph::extract
