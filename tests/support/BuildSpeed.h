#pragma once
// Time bounds in tests are set for optimised builds. The asan preset (AddressSanitizer + UBSan at -O0, #17) runs
// the same code 5-15 times slower: a CPU-bound bound is multiplied by kSlowBuildFactor there. Still far below what
// a quadratic algorithm would take on the inputs those tests use. Network deadlines are not scaled.

#include <QtGlobal>

namespace buildspeed
{

#if defined(__SANITIZE_ADDRESS__) || (defined(__GNUC__) && !defined(__OPTIMIZE__))                                     \
    || (defined(_MSC_VER) && defined(_DEBUG))
inline constexpr int kSlowBuildFactor = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int kSlowBuildFactor = 4;
#else
inline constexpr int kSlowBuildFactor = 1;
#endif
#else
inline constexpr int kSlowBuildFactor = 1;
#endif

/// `ms` of CPU-bound work in an optimised build, scaled for sanitizer and unoptimised builds.
inline constexpr qint64 cpuBudgetMs(qint64 ms)
{
    return ms * kSlowBuildFactor;
}

} // namespace buildspeed
