// A Corpus as JSON text and back: what MPI ranks send to rank 0, and what
// the --cache stores per article. Lossless: decode(encode(c)) == c.
#pragma once

#include <string>
#include <string_view>

#include "engine/pipeline.hpp"

namespace actorgraph::engine {

std::string encode_corpus(const Corpus& corpus);

// Throws Error naming `name` when the text is not an encoded corpus.
Corpus decode_corpus(std::string_view text, const std::string& name);

// Appends `part` to `into`, as if its sources had followed into's.
void append_corpus(Corpus& into, Corpus&& part);

}  // namespace actorgraph::engine
