#pragma once

#include <QUrl>

namespace news
{

/// The site a feed belongs to, so that feeds of one site share an outlet and different sites do not: the
/// registrable part of the host ("news.hani.co.kr" → "hani.co.kr"), with the port when it is not the default.
QString siteKey(const QUrl& url);

} // namespace news
