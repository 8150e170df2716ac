// render_dot: DOT text -> SVG/PNG/PDF bytes with libgvc, in process.
#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "common/error.hpp"
#include "engine/render/render.hpp"

namespace actorgraph::engine {
namespace {

// Graphviz reports errors through agerr; while a render runs they are
// collected here instead of going to stderr (guarded by graphviz_mutex).
std::string captured_errors;

int capture_error(char* message) {
    std::string text = message ? message : "";
    captured_errors += text;
    return static_cast<int>(text.size());
}

// Installs the capturing handler for one render and restores the previous
// handler and level afterwards. Warnings (e.g. fdp's "cluster overlap") are
// below AGERR and so not collected.
class ErrorCapture {
public:
    ErrorCapture() : previous_handler_(agseterrf(capture_error)), previous_level_(agseterr(AGERR)) {
        captured_errors.clear();
        agreseterrors();
    }
    ~ErrorCapture() {
        agseterr(previous_level_);
        agseterrf(previous_handler_);
    }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    // The collected messages on one line, without Graphviz's "Error: " prefixes.
    static std::string text() {
        std::string out;
        for (char c : captured_errors) out += (c == '\n' || c == '\r') ? ' ' : c;
        std::string::size_type at;
        while ((at = out.find("Error: ")) != std::string::npos) out.erase(at, 7);
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out.empty() ? "unknown Graphviz error" : out;
    }

private:
    agusererrf previous_handler_;
    agerrlevel_t previous_level_;
};

// --- Reading DOT with repeatable object ids --------------------------------
// cgraph's default id discipline uses the address of an object's interned
// name as its id, and keeps subgraphs ordered by id: cluster order (and so
// dot's and neato's output) then depends on heap addresses and varied
// between renders in one process. This discipline numbers names in order of
// first appearance instead (even ids; anonymous objects get odd ones, as
// cgraph expects).
struct IdState {
    std::map<std::string, IDTYPE, std::less<>> ids;
    std::deque<std::string> names;  // deque: stable c_str() for print
    IDTYPE next_anonymous = 1;
};

void* id_open(Agraph_t*, Agdisc_t*) { return new IdState; }

long id_map(void* state, int, char* name, IDTYPE* id, int create) {
    auto* ids = static_cast<IdState*>(state);
    if (!name) {
        if (!create) return 0;
        *id = ids->next_anonymous;
        ids->next_anonymous += 2;
        return 1;
    }
    if (auto found = ids->ids.find(std::string_view(name)); found != ids->ids.end()) {
        *id = found->second;
        return 1;
    }
    if (!create) return 0;
    ids->names.emplace_back(name);
    *id = 2 * static_cast<IDTYPE>(ids->names.size());
    ids->ids.emplace(ids->names.back(), *id);
    return 1;
}

long id_alloc(void*, int, IDTYPE) { return 0; }  // no caller-chosen ids
void id_free(void*, int, IDTYPE) {}

char* id_print(void* state, int, IDTYPE id) {
    auto* ids = static_cast<IdState*>(state);
    if (id % 2 == 1 || id == 0 || id / 2 > ids->names.size()) return nullptr;
    return const_cast<char*>(ids->names[id / 2 - 1].c_str());
}

void id_close(void* state) { delete static_cast<IdState*>(state); }
void id_register(void*, int, void*) {}

Agiddisc_t sequential_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

// Hands the DOT text to the parser a line at a time, as cgraph's own
// readers do.
struct TextChannel {
    const std::string* text;
    std::size_t at = 0;
};

int text_read(void* channel, char* buffer, int size) {
    auto* in = static_cast<TextChannel*>(channel);
    if (size <= 1 || in->at >= in->text->size()) return 0;
    std::size_t end = in->text->find('\n', in->at);
    end = end == std::string::npos ? in->text->size() : end + 1;
    std::size_t n = std::min(end - in->at, static_cast<std::size_t>(size - 1));
    std::memcpy(buffer, in->text->data() + in->at, n);
    buffer[n] = '\0';
    in->at += n;
    return static_cast<int>(n);
}

Agraph_t* read_dot(const std::string& dot) {
    static Agiodisc_t io = {text_read, AgIoDisc.putstr, AgIoDisc.flush};
    static Agdisc_t disc = {&AgMemDisc, &sequential_ids, &io};
    TextChannel channel{&dot};
    return agread(&channel, &disc);
}

// SVG through the core renderer (plain deterministic text, fonts measured by
// pango); PNG and PDF through cairo + pango, which shape Arabic and lay it
// out right to left.
const char* device_for(std::string_view format) {
    if (format == "svg") return "svg:svg:core";
    if (format == "png") return "png:cairo:cairo";
    if (format == "pdf") return "pdf:cairo:cairo";
    if (format == "json") return "json";  // layout coordinates, for tests
    return nullptr;
}

// cairo 1.16 stamps every PDF with "/CreationDate (D:YYYYMMDDHHmmSSZ)" and
// offers Graphviz no way to set it. Blanking the entry with the same number
// of spaces (whitespace is legal inside a PDF dictionary) keeps every xref
// byte offset valid and makes the PDF depend on its input only.
void blank_pdf_creation_date(std::string& pdf) {
    const std::string key = "/CreationDate (";
    std::string::size_type at = pdf.find(key);
    if (at == std::string::npos) return;
    std::string::size_type close = pdf.find(')', at);
    if (close == std::string::npos || close - at > 64) return;
    std::fill(pdf.begin() + static_cast<std::ptrdiff_t>(at), pdf.begin() + static_cast<std::ptrdiff_t>(close) + 1, ' ');
}

std::string known_list(const std::string_view* names, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += (i ? ", " : "") + std::string(names[i]);
    return out;
}

}  // namespace

std::mutex& graphviz_mutex() {
    static std::mutex mutex;
    return mutex;
}

std::vector<std::string> render_dot_formats(const std::string& dot, const std::vector<std::string>& formats,
                                            std::string_view layout) {
    std::vector<const char*> devices;
    for (const std::string& format : formats) {
        const char* device = device_for(format);
        if (!device)
            throw Error("render: unknown image format '" + format + "' (expected " +
                            known_list(image_formats, std::size(image_formats)) + ")",
                        ExitCode::usage_error);
        devices.push_back(device);
    }
    if (std::find(std::begin(render_layouts), std::end(render_layouts), layout) == std::end(render_layouts))
        throw Error("render: unknown layout '" + std::string(layout) + "' (expected " +
                        known_list(render_layouts, std::size(render_layouts)) + ")",
                    ExitCode::usage_error);

    std::lock_guard<std::mutex> lock(graphviz_mutex());
    ErrorCapture capture;
    // One context for the process, created on first use (guarded by
    // graphviz_mutex) and never freed: Graphviz 2.43's pango plugin keeps a
    // static pointer to the last font name, which the context owns, so
    // freeing a context made the next render read freed memory
    // (AddressSanitizer: heap-use-after-free in pango_textlayout).
    static GVC_t* const gvc = gvContext();
    if (!gvc) throw Error("render: cannot create a Graphviz context");
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(read_dot(dot), agclose);
    if (!graph) throw Error("render: invalid DOT: " + ErrorCapture::text());

    // "auto": the engine to_dot chose and wrote into the DOT. An explicit
    // engine overrides that attribute (gvLayout would otherwise honour it).
    std::string engine(layout);
    if (layout == "auto") {
        const char* chosen = agget(graph.get(), const_cast<char*>("layout"));
        engine = chosen && *chosen ? chosen : "dot";
        if (std::find(std::begin(render_layouts) + 1, std::end(render_layouts), engine) == std::end(render_layouts))
            throw Error("render: unknown layout '" + engine + "' in the DOT's layout attribute", ExitCode::usage_error);
    }
    agsafeset(graph.get(), const_cast<char*>("layout"), const_cast<char*>(engine.c_str()), const_cast<char*>(""));
    if (gvLayout(gvc, graph.get(), engine.c_str()) != 0)
        throw Error("render: " + engine + " layout failed: " + ErrorCapture::text());
    // One layout, every format drawn from it (as `dot -Tsvg -Tpng` does):
    // the images show the same drawing, and the layout is paid for once.
    std::vector<std::string> images;
    std::string failed;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        char* data = nullptr;
        unsigned int length = 0;
        const int status = gvRenderData(gvc, graph.get(), devices[i], &data, &length);
        std::string out;
        if (status == 0 && data) out.assign(data, length);
        if (data) gvFreeRenderData(data);
        if (status != 0 || out.empty()) {
            failed = formats[i];
            break;
        }
        if (formats[i] == "pdf") blank_pdf_creation_date(out);
        images.push_back(std::move(out));
    }
    gvFreeLayout(gvc, graph.get());
    if (!failed.empty()) throw Error("render: Graphviz cannot render " + failed + ": " + ErrorCapture::text());
    return images;
}

std::string render_dot(const std::string& dot, std::string_view format, std::string_view layout) {
    return render_dot_formats(dot, {std::string(format)}, layout).front();
}

}  // namespace actorgraph::engine
