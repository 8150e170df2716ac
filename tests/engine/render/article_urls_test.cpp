// trec_urls: each <DOC>'s URL by DOCNO, web URLs only.
#include <catch2/catch.hpp>

#include "engine/render/article_urls.hpp"

using actorgraph::engine::trec_urls;

TEST_CASE("trec_urls reads each document's URL and keeps only http and https") {
    const std::string text =
        "<DOC>\n<DOCNO>BB-1</DOCNO>\n<URL> http://www.bbc.co.uk/arabic/a-1 </URL>\n<TEXT>x</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCNO>BB-2</DOCNO>\n<TEXT>no URL</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCNO>BB-3</DOCNO>\n<URL>javascript:alert(1)</URL>\n</DOC>\n"
        "<DOC>\n<DOCNO>BB-4</DOCNO>\n<URL>https://example.org/a\"onmouseover=x</URL>\n</DOC>\n"
        "<DOC>\n<DOCNO>BB-5</DOCNO>\n<URL>https://example.org/b?x=1&y=2</URL>\n</DOC>\n";
    const auto urls = trec_urls(text);
    CHECK(urls.size() == 2);
    CHECK(urls.at("BB-1") == "http://www.bbc.co.uk/arabic/a-1");
    CHECK(urls.at("BB-5") == "https://example.org/b?x=1&y=2");  // report_html escapes the &
    CHECK(trec_urls("plain text, no DOC").empty());
}
