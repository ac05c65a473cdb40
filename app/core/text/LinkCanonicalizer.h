#pragma once

#include <QString>

namespace news
{

/// The canonical form of an article link used for de-duplication: scheme and host lower-cased, default
/// ports and fragments dropped, tracking parameters (utm_*, input, plink, fbclid, gclid, …) removed and the
/// remaining query parameters kept in order. Returns an empty string for non-http(s) input.
QString canonicalLink(const QString& url);

} // namespace news
