// parse_date_line on every format it accepts, on invalid dates, and on the
// date lines article parsing takes from TREC <TIME> and plain files.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "extract/text/article.hpp"
#include "extract/text/date_parser.hpp"

using namespace actorgraph::extract;

namespace {

struct DateCase {
    const char* line;
    std::optional<std::string> iso;  // nullopt: not a date line
};

void check_cases(const std::vector<DateCase>& cases) {
    for (const auto& c : cases) {
        INFO("line: " << c.line);
        CHECK(parse_date_line(c.line).value_or("(no date)") == c.iso.value_or("(no date)"));
    }
}

}  // namespace

TEST_CASE("date lines with numbers only: ISO, day first, any separator") {
    check_cases({
        {"2018-02-18", "2018-02-18"},
        {"2018/2/8", "2018-02-08"},
        {"18/2/2018", "2018-02-18"},
        {"18-02-2018", "2018-02-18"},
        {"18.02.2018", "2018-02-18"},
        {"  7 / 3 / 2019  ", "2019-03-07"},
        {"1900-01-01", "1900-01-01"},
        {"2100-12-31", "2100-12-31"},
    });
}

TEST_CASE("date lines with English month names and abbreviations, any case") {
    check_cases({
        {"19 Feb 2018", "2018-02-19"},
        {"19 February 2018", "2018-02-19"},
        {"February 19, 2018", "2018-02-19"},
        {"2018 Sept 3", "2018-09-03"},
        {"1 JAN 2019", "2019-01-01"},
        {"31 december 2017", "2017-12-31"},
        {"Tuesday 5 June 2018", "2018-06-05"},
        {"5 May 2018", "2018-05-05"},
    });
}

TEST_CASE("date lines with Egyptian and Levantine Arabic month names") {
    check_cases({
        {"09 يناير 2025", "2025-01-09"},
        {"19 فبراير 2018", "2018-02-19"},
        {"3 أبريل 2018", "2018-04-03"},
        {"3 ابريل 2018", "2018-04-03"},
        {"3 إبريل 2018", "2018-04-03"},
        {"10 يونيه 2018", "2018-06-10"},
        {"10 يوليو 2018", "2018-07-10"},
        {"15 أغسطس 2018", "2018-08-15"},
        {"15 اكتوبر 2018", "2018-10-15"},
        {"30 نوفمبر 2018", "2018-11-30"},
        {"25 ديسمبر 2018", "2018-12-25"},
        {"19 شباط 2018", "2018-02-19"},
        {"2 آذار 2018", "2018-03-02"},
        {"2 اذار 2018", "2018-03-02"},
        {"12 نيسان 2018", "2018-04-12"},
        {"12 أيار 2018", "2018-05-12"},
        {"12 حزيران 2018", "2018-06-12"},
        {"12 تموز 2018", "2018-07-12"},
        {"12 آب 2018", "2018-08-12"},
        {"12 أيلول 2018", "2018-09-12"},
        // كانون / تشرين take الأول or الثاني as a second word.
        {"1 كانون الثاني 2019", "2019-01-01"},
        {"24 كانون الأول 2018", "2018-12-24"},
        {"24 كانون الاول 2018", "2018-12-24"},
        {"6 تشرين الأول 2018", "2018-10-06"},
        {"6 تشرين الثاني 2018", "2018-11-06"},
        {"6 كانون 2018", std::nullopt},
        {"6 تشرين الثالث 2018", std::nullopt},
        // Harakat on the month name are skipped.
        {"19 فَبْرَايِر 2018", "2018-02-19"},
    });
}

TEST_CASE("date lines with Arabic-Indic and extended Arabic-Indic digits") {
    check_cases({
        {"١٩ فبراير ٢٠١٨", "2018-02-19"},
        {"٢٠١٨-٠٢-١٩", "2018-02-19"},
        {"۱۹/۲/۲۰۱۸", "2018-02-19"},
    });
}

TEST_CASE("weekday names, times of day and time zones around the date are skipped") {
    check_cases({
        {"Mon, 19 Feb 2018 10:12:22 +0400", "2018-02-19"},
        {"Sun, 18 Feb 2018 20:50:44 GMT", "2018-02-18"},
        {"Wed, 07 Mar 2018 08:00:00 UTC", "2018-03-07"},
        {"Thu, 01 Nov 2018 23:59:59 -0500", "2018-11-01"},
        {"Fri, 09 Nov 2018 12:00 +04:00", "2018-11-09"},
        {"الاثنين 19 فبراير 2018", "2018-02-19"},
        {"الأحد، 18 فبراير 2018", "2018-02-18"},
        {"الجمعة 9 نوفمبر 2018 - 10:30 ص", "2018-11-09"},
        {"السبت 10 نوفمبر 2018 09:15 م", "2018-11-10"},
    });
}

TEST_CASE("impossible dates are rejected") {
    check_cases({
        {"2018-13-01", std::nullopt},
        {"2018-00-10", std::nullopt},
        {"13/13/2018", std::nullopt},
        {"0/1/2018", std::nullopt},
        {"32 Jan 2018", std::nullopt},
        {"30 Feb 2018", std::nullopt},
        {"2018-02-30", std::nullopt},
        {"30 فبراير 2018", std::nullopt},
        {"31 April 2018", std::nullopt},
        {"31/6/2018", std::nullopt},
        {"31 أيلول 2018", std::nullopt},
        {"31 تشرين الثاني 2018", std::nullopt},
        {"29 Feb 2019", std::nullopt},
        {"29 Feb 1900", std::nullopt},  // a century, not a leap year
        {"1899-12-31", std::nullopt},
        {"2101-01-01", std::nullopt},
    });
}

TEST_CASE("the last day of each month and leap days are accepted") {
    check_cases({
        {"31 Jan 2018", "2018-01-31"},
        {"28 Feb 2018", "2018-02-28"},
        {"29 Feb 2020", "2020-02-29"},
        {"29 Feb 2000", "2000-02-29"},
        {"31 Mar 2018", "2018-03-31"},
        {"30 Apr 2018", "2018-04-30"},
        {"31 Aug 2018", "2018-08-31"},
        {"30 Sep 2018", "2018-09-30"},
        {"31 Oct 2018", "2018-10-31"},
        {"30 Nov 2018", "2018-11-30"},
        {"31 Dec 2018", "2018-12-31"},
    });
}

TEST_CASE("lines that hold more than a date, or too little, are not date lines") {
    check_cases({
        {"", std::nullopt},
        {"   ", std::nullopt},
        {"19 فبراير", std::nullopt},               // no year
        {"Feb 2018", std::nullopt},                // no day
        {"2018-02", std::nullopt},                 // two numbers, no month name
        {"1 2 3 2018", std::nullopt},              // four numbers
        {"12018-02-18", std::nullopt},             // more than four digits
        {"19 Feb 18", std::nullopt},               // a two-digit year
        {"قال الرئيس في 19 فبراير 2018", std::nullopt},
        {"19 Feb 2018 breaking news", std::nullopt},
        {"19 \xFF Feb 2018", std::nullopt},        // invalid UTF-8
        {"العنوان هنا", std::nullopt},
    });
    // Longer than a date line can be, however it ends.
    CHECK_FALSE(parse_date_line(std::string(120, ' ') + "2018-02-18"));
    CHECK(parse_date_line(std::string(110, ' ') + "2018-02-18") == std::optional<std::string>("2018-02-18"));
}

TEST_CASE("TREC TIME strings give the article date, else the first line of TEXT") {
    const auto date_of = [](const std::string& doc) {
        std::vector<ReadWarning> w;
        const auto a = parse_articles(doc, "f.trec", w);
        REQUIRE(a.size() == 1);
        return a[0].date;
    };
    CHECK(date_of("<DOC><DOCNO>1</DOCNO><TIME>Mon, 19 Feb 2018 10:12:22 +0400</TIME><TEXT>نص</TEXT></DOC>") == "2018-02-19");
    CHECK(date_of("<DOC><DOCNO>2</DOCNO><TIME> 2018-03-05 </TIME><TEXT>نص</TEXT></DOC>") == "2018-03-05");
    // No TIME, or one that is no date: the first non-empty line of the text.
    CHECK(date_of("<DOC><DOCNO>3</DOCNO><TEXT>\n\n 12 آذار 2018 \nنص</TEXT></DOC>") == "2018-03-12");
    CHECK(date_of("<DOC><DOCNO>4</DOCNO><TIME>yesterday</TIME><TEXT>12 آذار 2018\nنص</TEXT></DOC>") == "2018-03-12");
    CHECK(date_of("<DOC><DOCNO>5</DOCNO><TIME>30 Feb 2018</TIME><TEXT>نص</TEXT></DOC>") == "");
    CHECK(date_of("<DOC><DOCNO>6</DOCNO><TEXT>نص بلا تاريخ\n2018-03-05</TEXT></DOC>") == "");
}

TEST_CASE("a plain file's leading date line is its date, and the title is the line after it") {
    struct PlainCase {
        const char* bytes;
        const char* date;
        const char* title;
    };
    const std::vector<PlainCase> cases{
        {"الأحد 18 فبراير 2018\nروسيا تقصف\nنص.\n", "2018-02-18", "روسيا تقصف"},
        {"\n\n  2018-02-18  \n\nروسيا تقصف\n", "2018-02-18", "روسيا تقصف"},
        {"١٩/٢/٢٠١٨\r\nعنوان\r\n", "2018-02-19", "عنوان"},
        // Only the first non-empty line is tried: a date after the title is text.
        {"روسيا تقصف\n2018-02-18\n", "", "روسيا تقصف"},
        // An impossible date is not a date line: it is the title.
        {"30 فبراير 2018\nعنوان\n", "", "30 فبراير 2018"},
        // Two date lines: the second is the title.
        {"2018-02-18\n2018-02-19\n", "2018-02-18", "2018-02-19"},
    };
    for (const auto& c : cases) {
        INFO("file: " << c.bytes);
        std::vector<ReadWarning> w;
        const auto a = parse_articles(c.bytes, "x.txt", w);
        REQUIRE(a.size() == 1);
        CHECK(a[0].date == c.date);
        CHECK(a[0].title == c.title);
        CHECK(a[0].text == c.bytes);  // the date line stays in the text
        CHECK(w.empty());
    }
}
