// Every bad input of issue 7, end to end through the binary: each gives one
// line on stderr naming the file and the problem and a documented exit code
// (README "Exit codes"); a run over several files skips the bad one and
// completes unless --strict is given; nothing half-written is left behind.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <rapidjson/document.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test_support::read_file;
using test_support::run_actorgraph;
using test_support::run_command;
using test_support::TempDir;

namespace {

// One conflict (russia -> opposition) in a sentence of the project's own.
const std::string good_article = "شنت الطائرات الروسية غارات على مواقع المعارضة في ريف حلب.\n";

void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::size_t line_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string skipped(std::size_t bad, std::size_t total) {
    return "actorgraph: " + std::to_string(bad) + " of " + std::to_string(total) +
           " files skipped (see the warnings above)\n";
}

// Runs `extract BAD GOOD` and checks that the bad file is skipped with exactly
// `warning` (after "actorgraph: warning: BAD: ") and the good one still gives
// its event; then that --strict stops at the bad file with exit 1.
void check_skipped_then_strict(const fs::path& bad, const std::string& warning) {
    TempDir dir("skip_good");
    const fs::path good = dir.path() / "good.txt";
    write_bytes(good, good_article);
    const auto run = run_actorgraph("extract '" + bad.string() + "' '" + good.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err == "actorgraph: warning: " + bad.string() + ": " + warning + "\n" + skipped(1, 2));
    CHECK(line_count(run.out) == 1);
    CHECK(run.out.find("\"relation\":\"conflict\"") != std::string::npos);
    const auto strict = run_actorgraph("extract --strict '" + bad.string() + "' '" + good.string() + "'");
    CHECK(strict.exit_code == 1);
    CHECK(strict.err == "actorgraph: " + bad.string() + ": " + warning + " (--strict)\n");
    CHECK(strict.out.empty());
}

bool parses_as_json(const std::string& text) {
    rapidjson::Document document;
    document.Parse(text.c_str(), text.size());
    return !document.HasParseError();
}

}  // namespace

// ---- article inputs ---------------------------------------------------------

TEST_CASE("bad input: a nonexistent path (exit 1)") {
    TempDir dir("missing");
    const fs::path missing = dir.path() / "missing.txt";
    const auto result = run_actorgraph("analyze '" + missing.string() + "' -o '" + (dir.path() / "out").string() + "'");
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + missing.string() + ": no such file or directory\n");
    CHECK_FALSE(fs::exists(dir.path() / "out"));  // nothing written for a failed run
}

TEST_CASE("bad input: a file that cannot be read, even by root, is skipped") {
    // Reading /proc/self/mem at offset 0 fails with EIO for every user, root
    // included: an honest unreadable file wherever the tests run.
    check_skipped_then_strict("/proc/self/mem", "cannot read: Input/output error");
}

TEST_CASE("bad input: a file without read permission is skipped") {
    TempDir dir("mode000");
    ::chmod(dir.path().c_str(), 0755);
    const fs::path locked = dir.path() / "locked.txt";
    const fs::path good = dir.path() / "good.txt";
    write_bytes(locked, good_article);
    write_bytes(good, good_article);
    ::chmod(locked.c_str(), 0);
    ::chmod(good.c_str(), 0644);
    // Root reads mode-000 files; run as the unprivileged user `nobody` then.
    std::string prefix;
    if (::geteuid() == 0) {
        if (run_command("command -v setpriv && id nobody").exit_code != 0) {
            SKIP_TEST("running as root without setpriv or the user nobody");
        }
        prefix = "setpriv --reuid=nobody --regid=nogroup --clear-groups ";
    }
    const auto run = run_command(prefix + test_support::actorgraph_binary + " extract '" + locked.string() + "' '" +
                                 good.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err == "actorgraph: warning: " + locked.string() + ": cannot read: Permission denied\n" + skipped(1, 2));
    CHECK(line_count(run.out) == 1);
}

TEST_CASE("bad input: a FIFO does not block the run") {
    TempDir dir("fifo");
    const fs::path fifo = dir.path() / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    check_skipped_then_strict(fifo, "cannot read: not a regular file");
}

TEST_CASE("bad input: a directory with symbolic-link loops") {
    TempDir dir("symlink_loop");
    const fs::path root = dir.path() / "articles";
    fs::create_directories(root / "sub");
    write_bytes(root / "sub" / "good.txt", good_article);
    fs::create_directory_symlink("..", root / "sub" / "up");  // a cycle through the tree
    fs::create_symlink("b", root / "a");                      // a -> b -> a
    fs::create_symlink("a", root / "b");
    const auto run = run_actorgraph("extract '" + root.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());  // links to directories are not followed (README); the a/b loop is not a file
    CHECK(line_count(run.out) == 1);  // the article once, not once per path through the cycle
    const auto direct = run_actorgraph("extract '" + (root / "a").string() + "'");
    CHECK(direct.exit_code == 1);
    CHECK(direct.err == "actorgraph: " + (root / "a").string() + ": cannot read: Too many levels of symbolic links\n");
}

TEST_CASE("bad input: an empty file") {
    TempDir dir("empty_file");
    const fs::path empty = dir.path() / "empty.txt";
    write_bytes(empty, "");
    const auto alone = run_actorgraph("extract '" + empty.string() + "'");
    CHECK(alone.exit_code == 1);
    CHECK(alone.err == "actorgraph: warning: " + empty.string() + ": empty file, skipped\nactorgraph: " +
                           empty.string() + ": no input article found (1 files read)\n");
    write_bytes(empty, "\xEF\xBB\xBF \n\t\n");  // a BOM and white space are empty too
    check_skipped_then_strict(empty, "empty file, skipped");
}

TEST_CASE("bad input: an empty directory") {
    TempDir dir("empty_dir");
    const auto result = run_actorgraph("analyze '" + dir.path().string() + "' -o '" + (dir.path() / "out").string() + "'");
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + dir.path().string() + ": no input article found (0 files read)\n");
    CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("bad input: invalid UTF-8 is replaced, offsets stay exact") {
    TempDir dir("invalid_utf8");
    const fs::path file = dir.path() / "latin1.txt";
    const std::string bytes = "\xE9t\xE9 " + good_article;  // "été" in Latin-1 before the sentence
    write_bytes(file, bytes);
    const auto run = run_actorgraph("extract '" + file.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err == "actorgraph: warning: " + file.string() + ": invalid UTF-8 at byte 0, replaced\n");
    REQUIRE(line_count(run.out) == 1);
    rapidjson::Document event;
    event.Parse(run.out.c_str());
    REQUIRE_FALSE(event.HasParseError());
    const std::size_t begin = event["begin"].GetUint64(), end = event["end"].GetUint64();
    CHECK(begin < end);
    CHECK(end <= bytes.size());
    const std::string last_word = "حلب.";
    CHECK(bytes.substr(end - last_word.size(), last_word.size()) == last_word);  // the span ends where the sentence does
}

TEST_CASE("bad input: UTF-16 with a byte-order mark") {
    TempDir dir("utf16");
    const fs::path file = dir.path() / "utf16.txt";
    // "روسيا ok" in UTF-16LE after the BOM FF FE.
    write_bytes(file, std::string("\xFF\xFE\x31\x06\x48\x06\x33\x06\x4A\x06\x27\x06\x20\x00\x6F\x00\x6B\x00", 18));
    check_skipped_then_strict(file, "UTF-16 text (byte-order mark FF FE), skipped: convert it to UTF-8");
    write_bytes(file, std::string("\xFE\xFF\x06\x31\x00\x20", 6));
    check_skipped_then_strict(file, "UTF-16 text (byte-order mark FE FF), skipped: convert it to UTF-8");
}

TEST_CASE("bad input: a binary file") {
    TempDir dir("binary");
    const fs::path file = dir.path() / "program.bin";
    std::string bytes = "\x7F" "ELF\x02\x01\x01";
    for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 37) % 256);
    write_bytes(file, bytes);
    check_skipped_then_strict(file, "binary file (NUL byte at 7), skipped");
}

TEST_CASE("bad input: NUL bytes in a text file") {
    TempDir dir("nul");
    const fs::path file = dir.path() / "nul.txt";
    write_bytes(file, "abc" + std::string(1, '\0') + good_article);
    check_skipped_then_strict(file, "binary file (NUL byte at 3), skipped");
}

TEST_CASE("bad input: a 50 MB file with one line completes") {
    // No timing threshold: the test asserts that the run finishes (CTest's
    // timeout is the bound). A quadratic copy once made this take > 5 minutes.
    TempDir dir("one_line");
    const fs::path file = dir.path() / "one_line.txt";
    const std::string unit = "شنت الطائرات الروسية غارات على مواقع المعارضة وتدعم إيران النظام السوري ";
    {
        std::ofstream out(file, std::ios::binary);
        for (std::size_t written = 0; written < 50u * 1024 * 1024; written += unit.size()) out << unit;
    }
    const auto run = run_actorgraph("extract -q '" + file.string() + "' -o '" + (dir.path() / "events.jsonl").string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    const std::string events = read_file(dir.path() / "events.jsonl");
    // One sentence: at most one event per pair of its four actors and relation, among them
    // russia-opposition conflict and iran-regime support.
    CHECK(line_count(events) <= 12);
    CHECK(events.find(R"("relation":"conflict","rule":"subject_noun_patient","sentence":0,"source":"russia")") != std::string::npos);
    CHECK(events.find(R"("relation":"support","rule":"verb_subject_object","sentence":0,"source":"iran")") != std::string::npos);
}

TEST_CASE("bad input: a TREC file with a missing </DOC> or </TEXT>") {
    TempDir dir("trec");
    const fs::path file = dir.path() / "broken.trec";
    write_bytes(file, "<DOC>\n<DOCNO>D1</DOCNO>\n<TEXT>\n" + good_article +
                          "</DOC>\n<DOC>\n<DOCNO>D2</DOCNO>\n<TEXT>\nوتدعم إيران النظام السوري.\n</TEXT>\n");
    const auto run = run_actorgraph("extract '" + file.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err == "actorgraph: warning: " + file.string() +
                         ": document D1: missing </DOC> or </TEXT>, read to the next <DOC>\n");
    CHECK(line_count(run.out) == 2);  // both documents are read
    CHECK(run.out.find("\"doc\":\"D1\"") != std::string::npos);
    CHECK(run.out.find("\"doc\":\"D2\"") != std::string::npos);
    const auto strict = run_actorgraph("extract --strict '" + file.string() + "'");
    CHECK(strict.exit_code == 1);
    CHECK(strict.err == "actorgraph: " + file.string() +
                            ": document D1: missing </DOC> or </TEXT>, read to the next <DOC> (--strict)\n");
}

TEST_CASE("bad input: mixed Arabic and English text is read without complaint") {
    TempDir dir("mixed");
    const fs::path file = dir.path() / "mixed.txt";
    write_bytes(file, "Reuters, Monday: شنت الطائرات الروسية غارات على مواقع المعارضة in Idlib.\n"
                      "The US said that وتدعم إيران النظام السوري (Iran backs the regime).\n");
    const auto run = run_actorgraph("extract '" + file.string() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(line_count(run.out) == 2);
    CHECK(run.out.find("\"source\":\"russia\"") != std::string::npos);
    CHECK(run.out.find("\"source\":\"iran\"") != std::string::npos);
}

// ---- lexicons ---------------------------------------------------------------

namespace {

// A lexicon folder with the built-in cues.json and words.json and the given actors.json.
struct LexiconDir {
    TempDir dir{"lexicon"};
    fs::path input = dir.path() / "good.txt";
    LexiconDir() {
        for (const char* name : {"actors.json", "cues.json", "words.json"})
            fs::copy_file(test_support::source_dir / "extract/data" / name, dir.path() / name);
        write_bytes(input, good_article);
    }
    test_support::CommandResult run() const {
        return run_actorgraph("extract '" + input.string() + "' --lexicon-dir '" + dir.path().string() + "'");
    }
    std::string name(const char* file) const { return (dir.path() / file).string(); }
};

const std::string two_actors_with = R"({"actors": [
  {"id": "a", "label_en": "A", "label_ar": "أ", "parent": "PARENT_A", "forms": ["ألف"]},
  {"id": "ID_B", "label_en": "B", "label_ar": "ب", "parent": "PARENT_B", "forms": ["باء"]}
]}
)";

std::string actors_json(const std::string& parent_a, const std::string& id_b, const std::string& parent_b) {
    std::string text = two_actors_with;
    text.replace(text.find("PARENT_A"), 8, parent_a);
    text.replace(text.find("ID_B"), 4, id_b);
    text.replace(text.find("PARENT_B"), 8, parent_b);
    return text;
}

}  // namespace

TEST_CASE("bad lexicon: malformed JSON gives line and column") {
    LexiconDir lexicon;
    write_bytes(lexicon.dir.path() / "actors.json", "{\"actors\": [\n  {\"id\": \"a\",, }\n]}\n");
    const auto result = lexicon.run();
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + lexicon.name("actors.json") + ":2:14: Missing a name for object member.\n");
}

TEST_CASE("bad lexicon: an actor whose parent does not exist") {
    LexiconDir lexicon;
    write_bytes(lexicon.dir.path() / "actors.json", actors_json("", "b", "nowhere"));
    const auto result = lexicon.run();
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + lexicon.name("actors.json") + ": actor \"b\": unknown parent \"nowhere\"\n");
}

TEST_CASE("bad lexicon: duplicate ids") {
    LexiconDir lexicon;
    write_bytes(lexicon.dir.path() / "actors.json", actors_json("", "a", ""));
    const auto result = lexicon.run();
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + lexicon.name("actors.json") + ": actor \"a\" is defined twice\n");
}

TEST_CASE("bad lexicon: a cycle in the hierarchy") {
    LexiconDir lexicon;
    write_bytes(lexicon.dir.path() / "actors.json", actors_json("b", "b", "a"));
    const auto result = lexicon.run();
    CHECK(result.exit_code == 1);
    CHECK(result.err == "actorgraph: " + lexicon.name("actors.json") + ": actor \"a\": parent chain has a cycle\n");
}

TEST_CASE("bad lexicon: a relation name that does not exist") {
    LexiconDir lexicon;
    std::string cues = read_file(lexicon.dir.path() / "cues.json");
    const std::string first = "\"relation\": \"support\"";
    REQUIRE(cues.find(first) != std::string::npos);
    cues.replace(cues.find(first), first.size(), "\"relation\": \"alliance\"");
    write_bytes(lexicon.dir.path() / "cues.json", cues);
    const auto result = lexicon.run();
    CHECK(result.exit_code == 1);
    CHECK(result.err.rfind("actorgraph: " + lexicon.name("cues.json") + ": cue \"", 0) == 0);
    CHECK(result.err.find("\": unknown relation \"alliance\" (support, conflict, negotiation or criticism)\n") != std::string::npos);
    CHECK(line_count(result.err) == 1);
}

TEST_CASE("bad lexicon: a missing file or a directory in its place") {
    LexiconDir lexicon;
    fs::remove(lexicon.dir.path() / "cues.json");
    const auto missing = lexicon.run();
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == "actorgraph: " + lexicon.name("cues.json") + ": cannot read: No such file or directory\n");
    fs::create_directory(lexicon.dir.path() / "cues.json");
    const auto directory = lexicon.run();
    CHECK(directory.exit_code == 1);
    CHECK(directory.err == "actorgraph: " + lexicon.name("cues.json") + ": cannot read: is a directory\n");
}

// ---- edge lists and graph.json ---------------------------------------------

TEST_CASE("bad edge list: each error names the file, line and column") {
    TempDir dir("bad_edges");
    const fs::path csv = dir.path() / "edges.csv";
    const std::string name = csv.string();
    const std::string out = " -q -o '" + (dir.path() / "out").string() + "'";
    struct Case {
        std::string text, error;
    };
    const Case cases[] = {
        {"source,target,relation,weight\na,b,support,1\na,c,alliance,2\n",
         ":3:5: unknown relation 'alliance' (expected support, conflict, negotiation or criticism)"},
        {"source,target,relation,weight\na,b,support,-1\n", ":2:13: weight '-1' must be a finite number >= 0"},
        {"source,target,relation,weight\na,b\n", ":2:1: expected 4 columns, found 2"},
        {"source,target,relation,weight\n\"a,b,support,1\n", ":2:1: unterminated quoted field"},
        {"src,dst\n", ":1:1: expected the header source,target,relation,weight or source,target,sign,weight, found 2 columns"},
        {"", ":1:1: empty edge list: expected the header source,target,relation,weight or source,target,sign,weight"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        write_bytes(csv, c.text);
        const auto result = run_actorgraph("metrics '" + name + "'" + out);
        CHECK(result.exit_code == 1);
        CHECK(result.err == "actorgraph: " + name + c.error + "\n");
    }
    CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("bad graph.json: malformed JSON and missing keys") {
    TempDir dir("bad_graph_json");
    const fs::path file = dir.path() / "graph.json";
    write_bytes(file, "{\"actors\": [\n  {\"id\": \"a\"}\n  ]\n");
    const auto malformed = run_actorgraph("query '" + file.string() + "' top");
    CHECK(malformed.exit_code == 1);
    CHECK(malformed.err == "actorgraph: " + file.string() + ":4:1: Missing a comma or '}' after an object member.\n");
    write_bytes(file, R"({"actors": [{"id": "a"}], "relations": [], "evidence": []})");
    const auto missing = run_actorgraph("query '" + file.string() + "' top");
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == "actorgraph: " + file.string() + ": actors[0]: missing key \"label_en\"\n");
}

// ---- outputs ----------------------------------------------------------------

TEST_CASE("bad output: a directory that cannot be created (exit 3)") {
    TempDir dir("bad_output");
    const fs::path input = dir.path() / "good.txt";
    write_bytes(input, good_article);
    write_bytes(dir.path() / "regular", "a file, not a folder");
    const fs::path under_file = dir.path() / "regular" / "sub";
    const auto analyze = run_actorgraph("analyze -q '" + input.string() + "' -o '" + under_file.string() + "'");
    CHECK(analyze.exit_code == 3);
    CHECK(analyze.err == "actorgraph: " + under_file.string() + ": cannot create output directory: Not a directory\n");
    const auto extract = run_actorgraph("extract '" + input.string() + "' -o '" + under_file.string() + "'");
    CHECK(extract.exit_code == 3);
    CHECK(extract.err == "actorgraph: " + under_file.string() + ": cannot write: Not a directory\n");
    const auto proc = run_actorgraph("analyze -q '" + input.string() + "' -o /proc/actorgraph_out");
    CHECK(proc.exit_code == 3);
    CHECK(proc.err.rfind("actorgraph: /proc/actorgraph_out: cannot create output directory: ", 0) == 0);
    CHECK(line_count(proc.err) == 1);
}

TEST_CASE("bad output: an output name taken by a directory (exit 3)") {
    TempDir dir("output_is_dir");
    const fs::path input = dir.path() / "good.txt";
    write_bytes(input, good_article);
    fs::create_directories(dir.path() / "out" / "graph.json");
    const auto result = run_actorgraph("analyze -q '" + input.string() + "' -o '" + (dir.path() / "out").string() + "'");
    CHECK(result.exit_code == 3);
    CHECK(result.err == "actorgraph: " + (dir.path() / "out" / "graph.json").string() + ": cannot write: is a directory\n");
    for (const auto& entry : fs::directory_iterator(dir.path() / "out"))
        CHECK(entry.path().filename().string().find(".tmp.") == std::string::npos);
}

TEST_CASE("bad output: a full disk (/dev/full) is exit 3") {
    const std::string examples = (test_support::source_dir / "examples/articles").string();
    const auto result = run_actorgraph("extract '" + examples + "' -o /dev/full");
    CHECK(result.exit_code == 3);
    CHECK(result.err == "actorgraph: /dev/full: cannot write: No space left on device\n");
}

// ---- interruption -----------------------------------------------------------

namespace {

// Starts `actorgraph ARGS` in the background, sends `signal_number` after
// `delay`, and returns the exit code (128 + signal when killed by it).
int interrupted_run(const std::string& arguments, int signal_number, std::chrono::milliseconds delay) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::freopen("/dev/null", "w", stdout);
        ::freopen("/dev/null", "w", stderr);
        ::execl("/bin/sh", "sh", "-c", ("exec " + test_support::actorgraph_binary + " " + arguments).c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    std::this_thread::sleep_for(delay);
    ::kill(child, signal_number);
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Every file in `out` is complete: no temporary is left, and the JSON
// outputs parse whole.
void check_no_partial_output(const fs::path& out) {
    if (!fs::exists(out)) return;
    for (const auto& entry : fs::recursive_directory_iterator(out)) {
        const std::string name = entry.path().filename().string();
        INFO(entry.path().string());
        CHECK(name.find(".tmp.") == std::string::npos);
        if (name == "graph.json") CHECK(parses_as_json(read_file(entry.path())));
        if (name == "events.jsonl") {
            std::istringstream lines(read_file(entry.path()));
            for (std::string line; std::getline(lines, line);) CHECK(parses_as_json(line));
        }
    }
}

}  // namespace

TEST_CASE("interrupt: SIGINT or SIGTERM mid-run exits 130/143 and leaves no half-written file") {
    // A large input (60 MB of generated articles, several seconds of work)
    // so the signal lands while the run is working.
    TempDir dir("interrupt");
    const fs::path input = dir.path() / "input";
    fs::create_directories(input);
    // Every sentence is numbered: repeated paragraphs count once and would
    // make the run too quick to interrupt.
    std::string body;
    for (int k = 0; body.size() < 1024 * 1024; ++k)
        body += good_article + "وتدعم إيران النظام السوري في دمشق " + std::to_string(k) + "، بينما تفاوض تركيا روسيا.\n";
    for (int i = 0; i < 60; ++i) write_bytes(input / ("article_" + std::to_string(i) + ".txt"), body);
    for (const auto& [signal_number, code] : {std::pair{SIGINT, 130}, std::pair{SIGTERM, 143}}) {
        for (const int delay_ms : {300, 1500}) {
            INFO("signal " << signal_number << " after " << delay_ms << " ms");
            const fs::path out = dir.path() / ("out_" + std::to_string(signal_number) + "_" + std::to_string(delay_ms));
            const int exit_code = interrupted_run("analyze -j 2 '" + input.string() + "' -o '" + out.string() + "'",
                                                  signal_number, std::chrono::milliseconds(delay_ms));
            // 0 only if the run beat the signal (then everything is complete anyway).
            CHECK((exit_code == code || exit_code == 0));
            if (delay_ms == 300) CHECK(exit_code == code);
            check_no_partial_output(out);
        }
    }
}

// ---- determinism ------------------------------------------------------------

TEST_CASE("determinism: the same files in another order give identical outputs") {
    TempDir dir("input_order");
    const std::string examples = (test_support::source_dir / "examples/articles").string();
    // The same articles copied into two folders in opposite creation orders
    // (directory listing order differs), and named on the command line in
    // opposite orders.
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(examples))
        if (entry.path().extension() != ".md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 4);
    fs::create_directories(dir.path() / "forward" / "set");
    fs::create_directories(dir.path() / "backward" / "set");
    for (const fs::path& file : files) fs::copy_file(file, dir.path() / "forward" / "set" / file.filename());
    for (auto it = files.rbegin(); it != files.rend(); ++it)
        fs::copy_file(*it, dir.path() / "backward" / "set" / it->filename());
    // Run from inside each folder so the file names in the outputs ("set/...") are the same.
    auto analyze_in = [&](const char* where, const char* threads) {
        return run_command("cd '" + (dir.path() / where).string() + "' && " + test_support::actorgraph_binary +
                           " analyze -q -j " + threads + " set -o out");
    };
    const auto forward = analyze_in("forward", "1");
    const auto backward = analyze_in("backward", "3");
    REQUIRE(forward.exit_code == 0);
    REQUIRE(backward.exit_code == 0);
    for (const char* name : {"events.jsonl", "graph.json", "graph.dot", "graph.svg", "nodes.csv", "edges.csv"})
        CHECK(read_file(dir.path() / "forward" / "out" / name) == read_file(dir.path() / "backward" / "out" / name));
    // report.html links each evidence to its file by absolute path: compare it without the folder.
    auto without = [](std::string text, const std::string& folder) {
        for (std::size_t at; (at = text.find(folder)) != std::string::npos;) text.erase(at, folder.size());
        return text;
    };
    CHECK(without(read_file(dir.path() / "forward" / "out" / "report.html"), (dir.path() / "forward").string()) ==
          without(read_file(dir.path() / "backward" / "out" / "report.html"), (dir.path() / "backward").string()));

    // Files named in two orders on the command line: the same events.
    std::string in_order, reversed;
    for (const fs::path& file : files) in_order += " '" + file.string() + "'";
    for (auto it = files.rbegin(); it != files.rend(); ++it) reversed += " '" + it->string() + "'";
    const auto a = run_actorgraph("extract -j 2" + in_order);
    const auto b = run_actorgraph("extract -j 1" + reversed);
    REQUIRE(a.exit_code == 0);
    CHECK(a.out == b.out);
    CHECK_FALSE(a.out.empty());
    // ... and the same graph.json (its "input" names the set, whatever the order).
    const fs::path in_order_out = dir.path() / "in_order", reversed_out = dir.path() / "reversed";
    REQUIRE(run_actorgraph("analyze -q --format svg" + in_order + " -o '" + in_order_out.string() + "'").exit_code == 0);
    REQUIRE(run_actorgraph("analyze -q --format svg" + reversed + " -o '" + reversed_out.string() + "'").exit_code == 0);
    for (const char* name : {"events.jsonl", "graph.json", "graph.dot", "graph.svg", "report.html"})
        CHECK(read_file(in_order_out / name) == read_file(reversed_out / name));
}
