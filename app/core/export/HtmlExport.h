#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace news
{

class ArticleQueries;

/// One self-contained HTML file for one or more cached articles (오프라인 저장 → "export"): UTF-8, styles
/// inline (light and dark), every stored image embedded as a data: URI, images that are not stored left out,
/// so the file opens in any browser with no network. Runs on a worker thread (it reads image files).
class HtmlExport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExport)

public:
    /// one file a browser opens comfortably: the window and `sosik-cli export` stop here
    static constexpr int kMaxArticles = 500;

    static QByteArray build(const QString& title, const QList<ArticleDetail>& articles);

    /// What writeFile did. On a failure nothing was written and `error` says why, in the user's language.
    struct Written
    {
        enum class Failure
        {
            None,
            Missing,
            NothingFound,
            CannotWrite
        };
        Failure failure = Failure::None;
        QString error;
        int articles = 0;
        qint64 bytes = 0;
        QList<qint64> missing; ///< ids that are not in the cache
    };
    enum class Missing
    {
        Skip,
        Refuse
    };

    /// Reads `ids` (at most kMaxArticles) from `queries`, builds the page and writes it to `path` all or nothing
    /// (QSaveFile: a full disk leaves no half-written page). With Missing::Refuse an id that is not in the
    /// cache writes nothing. `title` empty: the only article's headline, or "Sosik articles". Worker thread.
    static Written writeFile(ArticleQueries& queries,
                             const QList<qint64>& ids,
                             const QString& title,
                             const QString& path,
                             Missing missing = Missing::Skip);
};

} // namespace news
