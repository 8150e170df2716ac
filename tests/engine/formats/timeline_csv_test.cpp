// timeline.csv: BOM, header, quoting of labels, 6 significant digits, integer counts.
#include <catch2/catch.hpp>

#include "engine/formats/timeline_csv.hpp"

using namespace actorgraph;

TEST_CASE("timeline_csv: numbers to 6 significant digits, counts and whole weights as integers") {
    struct Case {
        double value;
        const char* text;
    };
    const Case cases[] = {{1.3499999999999999, "1.35"}, {16.0, "16"},       {100.0 / 3.0, "33.3333"},
                          {0.1 + 0.2, "0.3"},           {-0.0, "0"},        {1234567.0, "1234570"},
                          {0.000123456789, "0.000123457"}, {-2.5, "-2.5"}};
    for (const Case& c : cases) CHECK(engine::csv_number(c.value) == c.text);
}

TEST_CASE("timeline_csv: BOM, header and one line per row, labels quoted when they need it") {
    const std::vector<engine::TimelineRow> rows{
        {"2024-03", "russia", "regime", Relation::support, 2.0 / 3.0, 2, 1, 3, 200.0 / 9.0},
        {"2024-04", "hts", "regime", Relation::conflict, 1.0, 1, 1, 1, 100.0}};
    const std::map<std::string, std::array<std::string, 2>> labels{
        {"russia", {"Russia", "روسيا"}}, {"regime", {"Syrian government", "النظام السوري"}},
        {"hts", {"Hay'at \"HTS\", al-Nusra", "هيئة تحرير الشام"}}};
    const std::string csv = engine::timeline_csv(rows, labels);
    CHECK(csv ==
          "\xEF\xBB\xBF"
          "period,source,source_label,source_label_ar,target,target_label,target_label_ar,relation,weight,mentions,"
          "documents,articles,weight_per_100_articles\n"
          "2024-03,russia,Russia,روسيا,regime,Syrian government,النظام السوري,support,0.666667,2,1,3,22.2222\n"
          "2024-04,hts,\"Hay'at \"\"HTS\"\", al-Nusra\",هيئة تحرير الشام,regime,Syrian government,النظام السوري,"
          "conflict,1,1,1,1,100\n");
    CHECK(engine::timeline_csv({}, {}) ==
          "\xEF\xBB\xBF"
          "period,source,source_label,source_label_ar,target,target_label,target_label_ar,relation,weight,mentions,"
          "documents,articles,weight_per_100_articles\n");
}
