// Training on one's own annotations (README "Train on your own annotations"):
// a tiny Libya corpus written for the test, two new actors and a new cue in
// a lexicon directory, a gold file declaring its actors. The retrained model
// finds the relations the built-in one misses.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::run_actorgraph;

namespace {

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The built-in lexicon file `name` with `extra` (a JSON array) appended to its array `key`.
std::string extended(const std::string& name, const char* key, const std::string& extra) {
    rapidjson::Document doc;
    doc.Parse(test_support::read_file(test_support::source_dir / "extract" / "data" / name).c_str());
    REQUIRE(doc.IsObject());
    rapidjson::Document more(&doc.GetAllocator());
    more.Parse(extra.c_str());
    REQUIRE(more.IsArray());
    for (auto& v : more.GetArray()) doc[key].PushBack(rapidjson::Value(v, doc.GetAllocator()), doc.GetAllocator());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    return buffer.GetString();
}

double micro_f1(const std::string& out) {
    const std::size_t at = out.rfind("micro-F1 ");
    REQUIRE(at != std::string::npos);
    return std::stod(out.substr(at + 9));
}

}  // namespace

TEST_CASE("train on your own annotations: new actors and a new cue, retrained, found") {
    test_support::TempDir dir("train_own");
    const fs::path lexicon = dir.path() / "lexicon", corpus = dir.path() / "corpus";
    fs::create_directories(lexicon);
    fs::create_directories(corpus);
    write_text(lexicon / "actors.json",
               extended("actors.json", "actors",
                        R"([{"id": "lna", "label_en": "Libyan National Army", "label_ar": "الجيش الوطني الليبي", "parent": "",
                             "forms": ["الجيش الوطني الليبي", "قوات حفتر"]},
                            {"id": "gna", "label_en": "Government of National Accord", "label_ar": "حكومة الوفاق", "parent": "",
                             "forms": ["حكومة الوفاق", "قوات الوفاق", "قوات حكومة الوفاق"]}])"));
    write_text(lexicon / "cues.json",
               extended("cues.json", "cues",
                        R"([{"id": "championing", "relation": "support", "type": "verb", "weight": 0.7,
                             "forms": ["تناصر*", "يناصر*", "ناصر*"]}])"));
    write_text(lexicon / "words.json", test_support::read_file(test_support::source_dir / "extract" / "data" / "words.json"));
    const char* support[] = {"ناصرت مصر قوات حفتر في معاركها الأخيرة.", "وتناصر الإمارات الجيش الوطني الليبي منذ سنوات."};
    const char* conflict[] = {"اشتبكت قوات حفتر مع قوات الوفاق جنوب طرابلس.",
                              "وقصفت قوات حكومة الوفاق مواقع الجيش الوطني الليبي قرب سرت."};
    const char* neutral[] = {"وقال متحدث باسم حكومة الوفاق إن الطقس كان حارا، فيما تحدث الجيش الوطني الليبي عن الانتخابات.",
                             "وذكرت مصر أن الإمارات ستستضيف معرضا للكتاب."};
    std::string gold = "# actors: lna gna egypt uae\n";
    for (int i = 0; i < 16; ++i) {
        const std::string doc = "l" + std::to_string(10 + i) + ".txt";
        std::string text = std::string(neutral[i % 2]) + "\n";
        if (i % 2 == 0) {
            text += std::string(support[(i / 2) % 2]) + "\n";
            gold += doc + "\t" + ((i / 2) % 2 == 0 ? "egypt" : "uae") + "\tsupport\tlna\tgold\n";
        }
        if (i % 4 < 2) {
            text += std::string(conflict[i % 2]) + "\n";
            gold += doc + "\tlna\tconflict\tgna\tgold\n";
        }
        if (i % 4 == 3) gold += "# " + doc + ": no relation between canonical actors\n";
        write_text(corpus / doc, text);
    }
    write_text(dir.path() / "gold.tsv", gold);
    const std::string common = " --lexicon-dir " + lexicon.string();
    const std::string model = (dir.path() / "model.json").string();
    const auto trained = run_actorgraph("train " + (dir.path() / "gold.tsv").string() + " " + corpus.string() + common +
                                        " -o " + model);
    REQUIRE(trained.exit_code == 0);
    CHECK(trained.out.find("candidate recall: 16 of 16 gold triples") != std::string::npos);
    CHECK(trained.out.find(" of 16 gold triples; 0 without a candidate, ") != std::string::npos);
    const std::string evaluate = "evaluate " + (dir.path() / "gold.tsv").string() + " " + corpus.string() + common;
    const auto builtin = run_actorgraph(evaluate);
    const auto retrained = run_actorgraph(evaluate + " --model " + model);
    REQUIRE(builtin.exit_code == 0);
    REQUIRE(retrained.exit_code == 0);
    INFO("built-in:\n" << builtin.out << "retrained:\n" << retrained.out);
    CHECK(micro_f1(retrained.out) >= 0.95);
    CHECK(micro_f1(retrained.out) > micro_f1(builtin.out) + 0.1);
    // The same training twice gives the same bytes.
    const std::string again = (dir.path() / "again.json").string();
    REQUIRE(run_actorgraph("train " + (dir.path() / "gold.tsv").string() + " " + corpus.string() + common + " -q -o " +
                           again).exit_code == 0);
    CHECK(test_support::read_file(again) == test_support::read_file(model));
}
