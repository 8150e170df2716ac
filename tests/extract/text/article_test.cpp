#include <catch2/catch.hpp>

#include "extract/text/article.hpp"

using namespace actorgraph::extract;

TEST_CASE("plain file: one article, title from the first line, date from a leading date line") {
    std::vector<ReadWarning> w;
    const std::string bytes = "09 يناير 2025\nالعنوان هنا\nنص المقال.\n";
    const auto a = parse_articles(bytes, "dir/x.txt", w);
    REQUIRE(a.size() == 1);
    CHECK(a[0].doc == "x.txt");
    CHECK(a[0].title == "العنوان هنا");
    CHECK(a[0].date == "2025-01-09");
    CHECK(a[0].text == bytes);
    CHECK(w.empty());
}

TEST_CASE("TREC file: several DOCs, DOCNO, TITLE, TIME and TEXT offsets into the file") {
    std::vector<ReadWarning> w;
    const std::string bytes =
        "<DOC>\n<DOCNO>A-1</DOCNO>\n<TITLE>t1</TITLE>\n<TIME>Sun, 18 Feb 2018 20:50:44 GMT</TIME>\n<TEXT>\nنص أول\n</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCNO>A-2</DOCNO>\n<TEXT>نص ثان</TEXT>\n</DOC>\n";
    const auto a = parse_articles(bytes, "f.txt", w);
    REQUIRE(a.size() == 2);
    CHECK(a[0].doc == "A-1");
    CHECK(a[0].title == "t1");
    CHECK(a[0].date == "2018-02-18");
    CHECK(bytes.substr(a[0].text_offset, a[0].text.size()) == a[0].text);
    CHECK(a[1].doc == "A-2");
    CHECK(bytes.substr(a[1].text_offset, a[1].text.size()) == "نص ثان");
    CHECK(w.empty());
}

TEST_CASE("TREC file with a missing </DOC> and </TEXT> is read to the next DOC, with a warning") {
    std::vector<ReadWarning> w;
    const std::string bytes = "<DOC><DOCNO>B</DOCNO><TEXT>روسيا\n<DOC><DOCNO>C</DOCNO><TEXT>إيران</TEXT></DOC>";
    const auto a = parse_articles(bytes, "g.txt", w);
    REQUIRE(a.size() == 2);
    CHECK(a[0].text == "روسيا\n");
    CHECK(a[1].text == "إيران");
    REQUIRE(w.size() == 1);
    CHECK(w[0].message == "document B: missing </DOC> or </TEXT>, read to the next <DOC>");
}

TEST_CASE("bad input: invalid UTF-8, BOM, empty and binary files") {
    struct Case {
        std::string bytes;
        std::size_t articles;
        std::string warning;
    };
    const std::vector<Case> cases{
        {"abc\xFF" "def", 1, "invalid UTF-8 at byte 3, replaced"},
        {"\xEF\xBB\xBFروسيا\r\n", 1, ""},
        {"", 0, "empty file, skipped"},
        {" \r\n\t", 0, "empty file, skipped"},
        {std::string("ab\0cd", 5), 0, "binary file (NUL byte at 2), skipped"},
    };
    for (const auto& c : cases) {
        std::vector<ReadWarning> w;
        const auto a = parse_articles(c.bytes, "p", w);
        CHECK(a.size() == c.articles);
        if (c.warning.empty()) CHECK(w.empty());
        else { REQUIRE(w.size() == 1); CHECK(w[0].message == c.warning); CHECK(w[0].path == "p"); }
        for (const auto& art : a) CHECK(art.text.size() + art.text_offset == c.bytes.size());
    }
    std::vector<ReadWarning> w;
    const auto a = parse_articles("abc\xFF" "def", "p", w);
    CHECK(a[0].text == "abc?def");
    const auto b = parse_articles("\xEF\xBB\xBFروسيا", "p", w);
    CHECK(b[0].text_offset == 3);
}

TEST_CASE("plain file: a first line over 1000 bytes gives a title cut on a character boundary") {
    std::vector<ReadWarning> w;
    const std::string line = std::string(999, 'x') + "\xD8\xB3\xD8\xB3";  // 999 bytes, then two letters
    const auto a = parse_articles(line + "\nنص.\n", "x.txt", w);
    REQUIRE(a.size() == 1);
    CHECK(a[0].title == std::string(999, 'x'));  // the letter across byte 1000 is left out, not split
}
