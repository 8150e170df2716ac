// actorgraph train: rebuild the relation scorer (extract/data/model.json).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "common/error.hpp"
#include "common/fnv.hpp"
#include "engine/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/options.hpp"
#include "engine/evaluation/gold_file.hpp"
#include "engine/file_reader.hpp"
#include "engine/formats/events_jsonl.hpp"
#include "engine/training/trainer.hpp"

namespace actorgraph::engine {

namespace fs = std::filesystem;

const CommandUsage& train_usage() {
    static const CommandUsage usage{
        "usage: actorgraph train GOLD.tsv... INPUT... -o MODEL.json [OPTIONS]",
        "Trains the relation scorer on the articles of INPUT against the gold files\n"
        "(every argument ending in .tsv; format: ../shared/gold/GUIDELINES.md): builds\n"
        "the candidates, labels them from the gold, cross-validates by document\n"
        "(prints each fold's and the pooled P/R/F1 and the threshold that maximises\n"
        "micro-F1), fits the model on everything and writes it atomically.\n",
        {{"", {output_option("FILE", "where to write the model (required)"),
               {"--folds", "", true, "K", "cross-validation folds (default 5)"},
               {"--c", "", true, "X", "LIBLINEAR's cost parameter: larger fits closer (default 1)"},
               {"--labels", "", true, "document|evidence",
                "every candidate of a gold triple is positive\n"
                "(default), or only those of its evidence sentence"},
               {"--judged", "", true, "FILE,...",
                "also learn from judged corpus sentences (bench/precision_audit.py's\n"
                "format, without text: doc, begin, source, relation, target, verdict);\n"
                "INPUT must hold their articles"},
               {"--graph-precision", "", true, "X",
                "the judged precision (cross-validated) that the events a\n"
                "construction found must reach for the graph (default 0.87):\n"
                "sets the model's graph_threshold, the lowest threshold, not\n"
                "below the F1 one, that reaches it (each relation within 0.05)"},
               {"--cross-validated", "", true, "FILE",
                "also write every scored candidate with its\n"
                "out-of-fold confidence (events.jsonl), for evaluate"}}},
         {"input:", join({only(input_options(), {"--strict", "--lexicon-dir"}), {quiet_option("no figures printed")}})}},
        ""};
    return usage;
}

namespace {

// The union of the training gold files, checked against the lexicon.
GoldSet read_training_gold(const std::vector<std::string>& files, const extract::Lexicon& lexicon) {
    GoldSet all;
    all.file_name = files.front();
    for (const std::string& file : files) {
        GoldSet one = parse_gold_file(read_whole_file(file), file);
        check_gold_actors(one, lexicon);
        all.gold.insert(all.gold.end(), one.gold.begin(), one.gold.end());
        all.ignore.insert(all.ignore.end(), one.ignore.begin(), one.ignore.end());
        all.empty_documents.insert(all.empty_documents.end(), one.empty_documents.begin(), one.empty_documents.end());
        all.declared_actors.insert(all.declared_actors.end(), one.declared_actors.begin(), one.declared_actors.end());
    }
    std::sort(all.declared_actors.begin(), all.declared_actors.end());
    all.declared_actors.erase(std::unique(all.declared_actors.begin(), all.declared_actors.end()),
                              all.declared_actors.end());
    return all;
}

std::string format_figures(const Figures& f) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "P %.3f R %.3f F1 %.3f (tp %zu fp %zu fn %zu)", f.precision, f.recall, f.f1,
                  f.tp, f.fp, f.fn);
    return buffer;
}

}  // namespace

int run_train(const std::vector<std::string>& words) {
    const std::string command = "train";
    const Arguments args = parse_arguments(words, all_options(train_usage()), command);
    std::vector<std::string> gold_files, inputs;
    for (const std::string& p : args.positional) (fs::path(p).extension() == ".tsv" ? gold_files : inputs).push_back(p);
    if (gold_files.empty()) throw Error("actorgraph train: no GOLD.tsv given", ExitCode::usage_error);
    if (inputs.empty()) throw Error("actorgraph train: no INPUT given", ExitCode::usage_error);
    const auto output = args.value("--output");
    if (!output) throw Error("actorgraph train: -o MODEL.json is required", ExitCode::usage_error);
    TrainingOptions options;
    options.folds = static_cast<std::size_t>(args.integer("--folds", 5, 2, command));
    options.c = args.number("--c", 1.0, command);
    if (!(options.c > 0)) throw Error("actorgraph train: --c must be a positive number", ExitCode::usage_error);
    const std::string labels = args.value_or("--labels", "document");
    if (labels != "evidence" && labels != "document")
        throw Error("actorgraph train: --labels must be evidence or document, got '" + labels + "'", ExitCode::usage_error);
    options.labels = labels == "evidence" ? Labels::evidence : Labels::document;
    options.graph_precision = args.number("--graph-precision", 0.87, command);
    if (!(options.graph_precision > 0 && options.graph_precision <= 1))
        throw Error("actorgraph train: --graph-precision must be above 0 and at most 1", ExitCode::usage_error);
    install_interrupt_cleanup();
    const auto lexicon = load_lexicon(args);
    const GoldSet gold = read_training_gold(gold_files, *lexicon);
    std::vector<Judgment> judgments;
    for (const std::string& file : split_list(args.value_or("--judged", ""))) {
        std::vector<Judgment> more = parse_judgments(read_whole_file(file), file);
        judgments.insert(judgments.end(), more.begin(), more.end());
    }
    std::set<std::string> judged_documents;
    for (const Judgment& j : judgments) judged_documents.insert(j.doc);
    std::set<std::string> gold_documents(gold.empty_documents.begin(), gold.empty_documents.end());
    for (const auto* lines : {&gold.gold, &gold.ignore})
        for (const GoldTriple& g : *lines) gold_documents.insert(g.doc);
    const extract::Extractor extractor = extract::Extractor::rules_only(lexicon);
    // The training data's hash: the gold files and the articles, in order.
    std::uint64_t hash = fnv_offset;
    const auto mix = [&](std::string_view bytes) { hash = fnv_mix(hash, bytes); };
    for (const std::string& file : gold_files) mix(read_whole_file(file));
    std::vector<TrainingCandidate> candidates;
    EvidenceSpans evidence;
    std::set<std::string> found;
    for (const Source& source : collect_sources(inputs)) {
        std::vector<extract::ReadWarning> warnings;
        for (const extract::Article& article : read_source(source, warnings)) {
            const std::string doc = fs::path(article.doc).filename().string();
            if (!gold_documents.count(doc) && !judged_documents.count(doc)) continue;
            found.insert(doc);
            mix(doc);
            mix(article.text);
            // Where the gold's evidence quotes stand (each an exact substring of the article).
            for (const GoldTriple& g : gold.gold)
                if (g.doc == doc && !g.evidence.empty())
                    if (const std::size_t at = article.text.find(g.evidence); at != std::string::npos)
                        evidence[triple_key(g.doc, g.source, g.relation, g.target)].emplace_back(
                            article.text_offset + at, article.text_offset + at + g.evidence.size());
            for (extract::CandidateRecord& c : extractor.candidates(article)) {
                c.event.doc = doc;
                candidates.push_back({std::move(c.event), std::move(c.features)});
            }
        }
        if (args.flag("--strict") && !warnings.empty())
            throw Error(warnings.front().path + ": " + warnings.front().message);
    }
    for (const std::string& file : gold_files) {
        const GoldSet one = parse_gold_file(read_whole_file(file), file);
        for (const auto* lines : {&one.gold, &one.ignore})
            for (const GoldTriple& g : *lines)
                if (!found.count(g.doc))
                    throw Error(file + ":" + std::to_string(g.line) + ": document \"" + g.doc + "\" is not among the inputs");
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    const TrainingResult result = train_relation_model(candidates, gold, evidence, judgments, options, hex);
    if (!args.flag("--quiet")) {
        std::printf("%zu documents, %zu candidates, %zu examples (%zu positive)\n", result.documents,
                    result.candidates, result.examples, result.positives);
        std::printf("candidate recall: %zu of %zu gold triples (%.1f%%) have a candidate\n", result.gold_with_candidate,
                    result.gold_triples, result.gold_triples ? 100.0 * result.gold_with_candidate / result.gold_triples : 0.0);
        if (result.judgments)
            std::printf("judged sentences: %zu of %zu matched a candidate\n", result.judgments_matched, result.judgments);
        for (std::size_t f = 0; f < result.folds.size(); ++f)
            std::printf("fold %zu: %s\n", f + 1, format_figures(result.folds[f]).c_str());
        double p = 0, r = 0, f1 = 0;
        for (const Figures& f : result.folds) {
            p += f.precision;
            r += f.recall;
            f1 += f.f1;
        }
        const double k = static_cast<double>(result.folds.size());
        std::printf("mean of folds: P %.3f R %.3f F1 %.3f\n", p / k, r / k, f1 / k);
        std::printf("cross-validated: %s at thresholds", format_figures(result.cross_validated).c_str());
        for (Relation r : {Relation::support, Relation::conflict, Relation::negotiation})
            std::printf(" %s %.2f", std::string(relation_name(r)).c_str(),
                        result.relation_thresholds[static_cast<std::size_t>(r)]);
        std::printf(" (pooled %.2f)\n", result.threshold);
        // Where recall is lost: no candidate at all (the lexicon, the references) or
        // a candidate the scorer rejected (or a hedged one, which is no prediction).
        const std::size_t no_candidate = result.gold_triples - result.gold_with_candidate;
        const std::size_t missed = result.cross_validated.fn;
        std::printf("cross-validated misses: %zu of %zu gold triples; %zu without a candidate, %zu scored below the "
                    "threshold or hedged\n",
                    missed, result.gold_triples, no_candidate, missed >= no_candidate ? missed - no_candidate : 0);
        for (const auto& point : result.judged_curve) {
            const int percent = static_cast<int>(std::lround(point.threshold * 100));
            if (point.accepted == 0 || (percent % 10 != 0 && std::fabs(point.threshold - result.threshold) > 1e-9)) continue;
            std::printf("judged sentences at %.2f: %zu of %zu correct (precision %.3f); found by a construction: %zu of %zu (%.3f)\n",
                        point.threshold, point.correct, point.accepted, double(point.correct) / double(point.accepted),
                        point.graph_correct, point.graph_accepted,
                        point.graph_accepted ? double(point.graph_correct) / double(point.graph_accepted) : 0.0);
        }
        if (result.judgments)
            std::printf("graph threshold: %.2f (judged precision of construction-found events >= %.2f)\n",
                        result.graph_threshold, options.graph_precision);
    }
    const fs::path path(*output);
    if (path.has_parent_path() && !fs::exists(path.parent_path())) ensure_output_directory(path.parent_path());
    write_file_atomically(path, result.model_json);
    if (const auto cv = args.value("--cross-validated")) {
        std::string text;
        for (const extract::Event& event : result.cross_validated_events) text += event_to_json(event) + "\n";
        write_file_atomically(*cv, text);
    }
    return 0;
}

}  // namespace actorgraph::engine
