#include "engine/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <thread>

#include "common/error.hpp"
#include "engine/progress.hpp"

namespace actorgraph::engine {

namespace {

struct SourceResult {
    std::vector<extract::Event> events;
    struct DatedMention {
        std::string date, actor;
        std::size_t count;
    };
    std::vector<DatedMention> mentions;
    std::vector<extract::ReadWarning> warnings;
    std::vector<std::string> dates;                // of the kept articles
    std::map<std::string, std::size_t> excluded;  // by verdict_name
    std::size_t articles = 0;                     // read, kept or not
    bool done = false;
};

// Extracts one article, or takes its result from the cache when it has one.
extract::ArticleResult extract_article(const extract::Article& article, const extract::Extractor& extractor,
                                       const EventCache* cache) {
    if (cache)
        if (std::optional<extract::ArticleResult> cached = cache->load(article)) return std::move(*cached);
    extract::ArticleResult extracted = extractor.extract(article);
    if (cache) cache->store(article, extracted);
    return extracted;
}

SourceResult process_source(const Source& source, const extract::Extractor& extractor, const EventCache* cache,
                            const Selection* selection) {
    SourceResult result;
    const std::vector<extract::Article> articles = read_source(source, result.warnings);
    result.articles = articles.size();
    for (const extract::Article& article : articles) {
        Verdict verdict = selection ? check_article(*selection, article) : Verdict::kept;
        if (verdict != Verdict::kept) {
            ++result.excluded[verdict_name(verdict)];
            continue;
        }
        extract::ArticleResult extracted = extract_article(article, extractor, cache);
        verdict = selection ? check_mentions(*selection, extracted) : Verdict::kept;
        if (verdict != Verdict::kept) {
            ++result.excluded[verdict_name(verdict)];
            continue;
        }
        result.dates.push_back(article.date);
        std::move(extracted.events.begin(), extracted.events.end(), std::back_inserter(result.events));
        for (auto& [actor, count] : extracted.mentions)
            result.mentions.push_back({article.date, std::move(actor), count});
    }
    return result;
}

unsigned thread_count(unsigned requested, std::size_t work) {
    unsigned threads = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(work, 1)));
}

}  // namespace

Corpus extract_corpus(const std::vector<Source>& sources, const extract::Extractor& extractor,
                      const ExtractOptions& options) {
    Corpus corpus;
    corpus.files = sources.size();
    std::uintmax_t total_bytes = 0;  // for the progress line only: a stat per file, skipped without one
    if (options.progress)
        for (const Source& source : sources) total_bytes += source_size(source);
    Progress progress(options.progress, sources.size(), total_bytes);

    // Workers fill result slots in any order; the merge below consumes them in
    // source order as they complete, so output is independent of scheduling and
    // only the window between the merge point and the fastest worker is held.
    // The merge sleeps until a whole batch of results is ready (a worker wakes
    // it only when it finishes the slot it waits for), so it wakes once per
    // batch rather than once per file.
    constexpr std::size_t merge_batch = 64;
    std::vector<SourceResult> results(sources.size());
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable finished;
    std::size_t waiting_for = SIZE_MAX;  // the slot the merge sleeps on (guarded by mutex)
    auto worker = [&] {
        for (std::size_t i = next++; i < sources.size(); i = next++) {
            SourceResult result = process_source(sources[i], extractor, options.cache, options.selection);
            std::lock_guard<std::mutex> lock(mutex);
            results[i] = std::move(result);
            results[i].done = true;
            if (i == waiting_for) finished.notify_one();
        }
    };
    std::vector<std::thread> workers;
    const unsigned threads = thread_count(options.threads, sources.size());
    for (unsigned t = 0; t < threads; ++t) workers.emplace_back(worker);

    std::string first_error;
    std::size_t batch_end = 0;  // slots before it are known to be done
    for (std::size_t i = 0; i < sources.size(); ++i) {
        SourceResult result;
        {
            std::unique_lock<std::mutex> lock(mutex);
            if (i >= batch_end) {
                // Wait for the last slot of the next batch, then for any earlier slot still running.
                const std::size_t end = std::min(sources.size(), i + merge_batch);
                for (std::size_t j = end; j-- > i;) {
                    waiting_for = j;
                    finished.wait(lock, [&] { return results[j].done; });
                }
                waiting_for = SIZE_MAX;
                batch_end = end;
            }
            result = std::move(results[i]);
            results[i] = SourceResult{};
        }
        if (result.articles == 0) ++corpus.skipped_files;
        for (const std::string& date : result.dates) ++corpus.articles_by_date[date];
        corpus.articles += result.dates.size();
        for (const auto& [reason, count] : result.excluded) corpus.excluded[reason] += count;
        for (auto& warning : result.warnings) {
            if (options.strict && first_error.empty()) first_error = warning.path + ": " + warning.message;
            corpus.warnings.push_back(std::move(warning));
        }
        for (const auto& mention : result.mentions) {
            corpus.mentions[mention.actor] += mention.count;
            corpus.mentions_by_date[mention.date][mention.actor] += mention.count;
        }
        std::move(result.events.begin(), result.events.end(), std::back_inserter(corpus.events));
        progress.advance(source_size(sources[i]));
        if (!first_error.empty()) {
            next = sources.size();  // stop handing out work; finish what is running
            break;
        }
    }
    for (std::thread& t : workers) t.join();
    progress.finish();
    if (!first_error.empty()) throw Error(first_error + " (--strict)");
    return corpus;
}

namespace {

graphs::Actor actor_for(const std::string& id, const extract::Lexicon& lexicon) {
    graphs::Actor actor;
    actor.id = id;
    if (const extract::ActorEntry* entry = lexicon.find(id)) {
        actor.label_en = entry->label_en;
        actor.label_ar = entry->label_ar;
    } else {
        actor.label_en = id;
    }
    return actor;
}

}  // namespace

bool counts_in_graph(const extract::Event& event, const GraphOptions& options) {
    if (options.all_events) return true;
    return event.rule != "model" && event.confidence >= options.graph_min_confidence - 1e-9;
}

Analysis analyze_events(std::vector<extract::Event> events,
                        const std::map<std::string, std::size_t>& mentions,
                        const extract::Lexicon& lexicon, const GraphOptions& options) {
    const bool top = options.level == ActorLevel::top;
    auto graph_id = [&](const std::string& entity, const std::string& top_id) -> const std::string& {
        return top || entity.empty() ? top_id : entity;
    };
    std::vector<graphs::Observation> observations;
    observations.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const extract::Event& event = events[i];
        if (!options.include_hedged && event.hedged()) continue;
        if (!counts_in_graph(event, options)) continue;
        observations.push_back(graphs::Observation{graph_id(event.source_entity, event.source),
                                                   graph_id(event.target_entity, event.target),
                                                   event.relation,
                                                   options.weight_by_confidence ? event.weight * event.confidence
                                                                                : event.weight,
                                                   event.doc, i});
    }
    std::map<std::string, graphs::Actor> actors;
    for (const auto& [entity, count] : mentions) {
        const std::string& id = top ? lexicon.top_level(entity) : entity;
        auto [it, inserted] = actors.try_emplace(id, actor_for(id, lexicon));
        it->second.mentions += count;
    }
    std::vector<graphs::Actor> actor_list;
    for (auto& [id, actor] : actors) actor_list.push_back(std::move(actor));

    graphs::PruneOptions prune = options.prune;
    prune.drop_isolated = true;  // an actor only mentioned, never related, is not drawn
    Analysis analysis;
    analysis.graph = graphs::build_graph(std::move(actor_list), observations, prune);
    analysis.metrics = graphs::compute_metrics(analysis.graph, options.metrics);
    analysis.events = std::move(events);
    analysis.graph_events = observations.size();
    return analysis;
}

std::string period_of(const std::string& date, Period period) {
    auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i)
            if (i >= date.size() || date[i] < '0' || date[i] > '9') return false;
        return true;
    };
    if (date.size() < 7 || !digits(0, 4) || date[4] != '-' || !digits(5, 2)) return "";
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    if (month < 1 || month > 12) return "";
    switch (period) {
    case Period::month: return date.substr(0, 7);
    case Period::quarter: return date.substr(0, 4) + "-Q" + std::to_string((month - 1) / 3 + 1);
    case Period::year: return date.substr(0, 4);
    }
    return "";
}

Analysis analyze_observations(const std::vector<graphs::Observation>& observations,
                              const GraphOptions& options) {
    Analysis analysis;
    analysis.graph = graphs::build_graph({}, observations, options.prune);
    analysis.metrics = graphs::compute_metrics(analysis.graph, options.metrics);
    return analysis;
}

}  // namespace actorgraph::engine
