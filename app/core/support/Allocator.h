#pragma once

#include <QtGlobal>

namespace news
{

/// The C allocator tuned for a reader that parses large feeds on worker threads (#17 §4). With glibc, every
/// thread that allocates gets an arena of its own and freed memory stays in it: one refresh of 24 feeds of
/// 19 MB peaked at 362–412 MB that way and at 290 MB with one arena (bench/run_memory_bench.py). One arena costs
/// speed where many small feeds are parsed at once: the cold 200 × 50 refresh's feed phase took 0.81–1.13 s with
/// one and 0.67–0.75 s with two (MALLOC_ARENA_MAX=2), but two peaked at 356 MB on the 24 × 19 MB bench (241–254 MB
/// with one; run_refresh_bench.py and run_memory_bench.py, #12): the memory goal (< 300 MB) keeps one. MALLOC_ARENA_MAX
/// in the environment wins. Call once at start-up, before threads exist. Elsewhere (macOS, Windows, musl) it does
/// nothing.
void tuneAllocator();

/// Hands memory freed by a large piece of work (a parsed 19 MB feed) back to the system. Cheap enough to call
/// after each large feed, on a worker thread; a no-op where the allocator has no such call.
void releaseFreedMemory();

} // namespace news
