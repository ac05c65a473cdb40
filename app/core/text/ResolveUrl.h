#pragma once

#include <QString>

namespace news
{

/// Resolves `ref` against `base` keeping only http, https and mailto results (others become empty).
/// Relative references stay relative when `base` is empty; relative references in a local document
/// (a `file:` or `qrc:` base) resolve next to it, while absolute `file:`/`qrc:` references are refused.
QString resolveUrl(const QString& base, const QString& ref);

} // namespace news
