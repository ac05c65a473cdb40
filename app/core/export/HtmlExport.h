#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QCoreApplication>

namespace news
{

/// One self-contained HTML file for one or more cached articles (오프라인 저장 → "export"): UTF-8, styles
/// inline (light and dark), every stored image embedded as a data: URI, images that are not stored left out,
/// so the file opens in any browser with no network. Runs on a worker thread (it reads image files).
class HtmlExport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExport)

public:
    static QByteArray build(const QString& title, const QList<ArticleDetail>& articles);
};

} // namespace news
