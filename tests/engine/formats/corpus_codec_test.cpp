// The MPI corpus codec carries the per-date article counts and the selection's counts.
#include <catch2/catch.hpp>

#include "engine/formats/corpus_codec.hpp"

using namespace actorgraph;

TEST_CASE("corpus_codec: articles per date and the articles the selection left out survive the round trip") {
    engine::Corpus corpus;
    corpus.files = 2;
    corpus.articles = 3;
    corpus.articles_by_date = {{"", 1}, {"2024-03-01", 2}};
    corpus.excluded = {{"undated", 4}};
    corpus.mentions_by_date = {{"2024-03-01", {{"russia", 2}}}};
    const engine::Corpus back = engine::decode_corpus(engine::encode_corpus(corpus), "rank 1");
    CHECK(back.articles_by_date == corpus.articles_by_date);
    CHECK(back.excluded == corpus.excluded);
    CHECK(back.mentions.at("russia") == 2);
    engine::Corpus sum = back;
    engine::append_corpus(sum, engine::decode_corpus(engine::encode_corpus(corpus), "rank 2"));
    CHECK(sum.articles_by_date.at("2024-03-01") == 4);
    CHECK(sum.excluded.at("undated") == 8);
    CHECK(sum.articles == 6);
    // An encoding without the two keys (an older binary's) still decodes.
    const engine::Corpus old = engine::decode_corpus(
        R"({"articles":1,"events":[],"files":1,"mentions_by_date":{},"skipped_files":0,"warnings":[]})", "old");
    CHECK(old.articles_by_date.empty());
    CHECK(old.excluded.empty());
}
