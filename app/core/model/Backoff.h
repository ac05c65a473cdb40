#pragma once

#include <QtGlobal>

#include <algorithm>

namespace news
{

/// Exponential back-off after `failures` failures in a row: 5 min, 10, 20, … capped at 12 hours. A failing feed
/// waits this long before its next refresh, a failing sync account before its next automatic sync (#16).
inline qint64 backoffSeconds(int failures)
{
    const int exponent = std::min(failures - 1, 8);
    return std::min<qint64>(qint64(300) << std::max(0, exponent), 12 * 3600);
}

} // namespace news
