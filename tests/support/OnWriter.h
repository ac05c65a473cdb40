#pragma once
// Runs a job on a cache's writer thread and waits for its answer, for tests (#16, #17).
//
// The job and its answer live in state shared with the writer, never in the waiting frame: a wait that gives up
// (or that returns at once, as every QTRY_* loop does once the current test has already failed) leaves a job that
// runs later on safe ground. A job that captured the caller's locals by reference would then call a destroyed
// std::function and write into a dead stack frame — that is how TestTtRssSync once crashed and once hung for good
// in Cache::~Cache when the tt-rss server vanished mid-run.

#include "store/Cache.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace onwriter
{

/// The job's answer, or nothing if the writer did not answer within `timeoutMs` (the job still runs, later).
template <typename T>
std::optional<T> run(news::Cache& cache, std::function<T(news::StoreWriterCore&)> job, int timeoutMs = 20000)
{
    struct State
    {
        std::optional<T> answer; // written on the writer thread, read here only once `done` says it is there
        bool done = false;
        QPointer<QEventLoop> waiting;
    };
    auto state = std::make_shared<State>();
    cache.call<bool>(
        nullptr,
        [state, job = std::move(job)](news::StoreWriterCore& core) {
            state->answer = job(core);
            return news::Result<bool>(true);
        },
        [state](news::Result<bool>) { // back on the cache's thread, after the job
            state->done = true;
            if (state->waiting) {
                state->waiting->quit();
            }
        });
    if (!state->done) {
        QEventLoop loop;
        state->waiting = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return state->done ? state->answer : std::nullopt;
}

} // namespace onwriter
