#pragma once

#include <QtGlobal>

namespace news
{

/// The C allocator tuned for a reader that parses feeds on worker threads (#17 §4, #12 §5). With glibc, every
/// thread that allocates gets an arena of its own and freed memory stays in it. One arena for all threads kept a
/// refresh of 40 feeds of 19 MB at 254 MB (bench/run_memory_bench.py), but its lock is contended where many small
/// feeds are parsed, normalised and written at once: the cold 200 × 50 refresh took 1.41–1.47 s with one arena and
/// 0.81–0.90 s with two to four (bench/run_refresh_bench.py; a third of its CPU went to futex wake-ups). Large
/// feeds now parse on one thread of their own (RefreshEngine), so their working set stays in one arena: the
/// 40 × 19 MB refresh peaks at 255–271 MB with two and 271–277 MB with four (two peaked at 337 MB before). One
/// arena per core, two to four. MALLOC_ARENA_MAX in the environment wins. Call once at start-up, before threads
/// exist. Elsewhere (macOS, Windows, musl) it does nothing.
void tuneAllocator();

/// Hands memory freed by a large piece of work (a parsed 19 MB feed) back to the system. Cheap enough to call
/// after each large feed, on a worker thread; a no-op where the allocator has no such call.
void releaseFreedMemory();

} // namespace news
