#include "extract/text/date_parser.hpp"

#include <array>
#include <cstdio>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace actorgraph::extract {

namespace {

struct MonthName {
    std::string_view name;
    int month;
};

// Lower-case English names and abbreviations, Egyptian/Gulf and Levantine
// Arabic names (with and without hamza; "كانون الثاني" is two words, handled below).
constexpr std::array<MonthName, 56> month_names{{
    {"jan", 1}, {"january", 1}, {"feb", 2}, {"february", 2}, {"mar", 3}, {"march", 3},
    {"apr", 4}, {"april", 4}, {"may", 5}, {"jun", 6}, {"june", 6}, {"jul", 7}, {"july", 7},
    {"aug", 8}, {"august", 8}, {"sep", 9}, {"sept", 9}, {"september", 9}, {"oct", 10},
    {"october", 10}, {"nov", 11}, {"november", 11}, {"dec", 12}, {"december", 12},
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4},
    {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8},
    {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11},
    {"ديسمبر", 12}, {"شباط", 2}, {"آذار", 3}, {"اذار", 3}, {"نيسان", 4}, {"أيار", 5},
    {"ايار", 5}, {"حزيران", 6}, {"تموز", 7}, {"آب", 8}, {"اب", 8}, {"أيلول", 9},
    {"ايلول", 9}, {"تشرين", 0}, {"كانون", 0},
}};

constexpr std::array<std::string_view, 23> weekday_words{
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

// Splits into words of letters/digits; digits are converted to ASCII and
// ASCII letters lower-cased.
std::vector<std::string> words_of(std::string_view line) {
    std::vector<std::string> words;
    std::string cur;
    const auto* s = reinterpret_cast<const uint8_t*>(line.data());
    const auto n = static_cast<int32_t>(line.size());
    int32_t pos = 0;
    while (pos < n) {
        UChar32 c;
        const int32_t start = pos;
        U8_NEXT(s, pos, n, c);
        if (c < 0) { cur.clear(); words.push_back("?"); continue; }
        if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            cur.push_back(static_cast<char>('0' + u_charDigitValue(c)));
        } else if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK) {
            if (c < 0x80) cur.push_back(static_cast<char>(u_tolower(c)));
            else if (u_charType(c) != U_NON_SPACING_MARK) cur.append(line.substr(start, pos - start));
        } else {
            if (c == ':' && !cur.empty()) { cur.push_back(':'); continue; }  // keep times whole
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

bool all_digits(const std::string& w) {
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

bool is_time_or_zone(const std::string& w) {
    if (w == "gmt" || w == "utc" || w == "ص" || w == "م") return true;
    bool colon = false;
    for (char c : w) {
        if (c == ':') colon = true;
        else if (c < '0' || c > '9') return false;
    }
    return colon;
}

// Days in `month` (1-12) of `year`, Gregorian leap years.
int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

}  // namespace

std::optional<std::string> parse_date_line(std::string_view line) {
    if (line.size() > 120) return std::nullopt;
    const std::vector<std::string> words = words_of(line);
    int day = 0, month = 0, year = 0;
    std::vector<int> numbers;
    bool pending_levantine = false;  // "كانون"/"تشرين" waits for الأول/الثاني
    int levantine_base = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        if (pending_levantine) {
            pending_levantine = false;
            int m = 0;
            if (w == "الأول" || w == "الاول" || w == "أول" || w == "اول") m = levantine_base == 1 ? 12 : 10;
            else if (w == "الثاني" || w == "ثاني") m = levantine_base == 1 ? 1 : 11;
            if (m == 0) return std::nullopt;
            if (month == 0) month = m;
            continue;
        }
        if (all_digits(w)) {
            if (w.size() > 4) return std::nullopt;
            // "+0400" follows a time; skip it.
            if (k > 0 && words[k - 1].find(':') != std::string::npos) continue;
            numbers.push_back(std::stoi(w));
            continue;
        }
        if (is_time_or_zone(w)) continue;
        bool known = false;
        for (const auto& mn : month_names) {
            if (w == mn.name) {
                known = true;
                if (mn.month == 0) {
                    pending_levantine = true;
                    levantine_base = (w == "كانون") ? 1 : 2;
                } else if (month == 0) {
                    month = mn.month;
                }
                break;
            }
        }
        if (known) continue;
        for (auto wd : weekday_words)
            if (w == wd) known = true;
        if (!known) return std::nullopt;
    }
    if (month != 0) {  // day and year are the numbers
        if (numbers.size() != 2) return std::nullopt;
        if (numbers[0] > 31) { year = numbers[0]; day = numbers[1]; }
        else { day = numbers[0]; year = numbers[1]; }
    } else {
        if (numbers.size() != 3) return std::nullopt;
        if (numbers[0] > 31) { year = numbers[0]; month = numbers[1]; day = numbers[2]; }
        else { day = numbers[0]; month = numbers[1]; year = numbers[2]; }
    }
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    char buf[40];  // room for any three ints: the compiler cannot see the day's bound
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
}

}  // namespace actorgraph::extract
