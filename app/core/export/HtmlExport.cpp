#include "export/HtmlExport.h"

#include "render/ArticleRenderer.h"
#include "render/PortalTime.h"
#include "sanitize/HtmlSanitizer.h"
#include "store/ArticleQueries.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace news
{

namespace
{

constexpr qint64 kMaxEmbeddedBytes = 200LL * 1024 * 1024; // one export stays a file a browser can open

QString dataUri(const QString& file, const QString& mime, qint64* budget)
{
    if (!mime.isEmpty() && !mime.startsWith(QLatin1String("image/"))) {
        return {}; // only pictures are embedded
    }
    QFile f(file);
    if (f.size() > *budget || !f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = f.readAll();
    *budget -= bytes.size();
    return QStringLiteral("data:%1;base64,%2")
        .arg(mime.isEmpty() ? QStringLiteral("image/jpeg") : mime, QString::fromLatin1(bytes.toBase64()));
}

} // namespace

QByteArray HtmlExport::build(const QString& title, const QList<ArticleDetail>& articles)
{
    qint64 budget = kMaxEmbeddedBytes;
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         // nothing in the file may load anything: no network, whatever the body said (#17)
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                         "style-src 'unsafe-inline'\">"
                         "<meta name=\"generator\" content=\"Sosik\"><title>%1</title><style>%2</style></head><body>\n")
              .arg(HtmlSanitizer::escape(title), ArticleRenderer::exportStyleSheet());
    for (const ArticleDetail& a : articles) {
        QHash<QString, QString> embedded; // image URL → data: URI
        for (const auto& m : a.media) {
            if (!m.file.isEmpty() && !embedded.contains(m.url)) {
                const QString uri = dataUri(m.file, m.mime, &budget);
                if (!uri.isEmpty()) {
                    embedded.insert(m.url, uri);
                }
            }
        }
        RenderOptions options;
        options.target = RenderOptions::Target::Export;
        // the same renderer as the window; images that are not in the cache are left out
        options.imageSource = [&embedded](const QString& url) { return embedded.value(url); };
        html += ArticleRenderer::render(a, options);
    }
    html += QStringLiteral("<p class=\"meta\">%1</p>\n</body></html>\n")
                .arg(HtmlSanitizer::escape(
                    tr("Saved by Sosik on %1")
                        .arg(PortalTime::dateTime(QDateTime::currentSecsSinceEpoch(), QTimeZone::systemTimeZone()))));
    return html.toUtf8();
}

HtmlExport::Written HtmlExport::writeFile(
    ArticleQueries& queries, const QList<qint64>& ids, const QString& title, const QString& path, Missing missing)
{
    Written result;
    QList<ArticleDetail> articles;
    for (qint64 id : ids) {
        if (articles.size() >= kMaxArticles) {
            break;
        }
        auto d = queries.article(id);
        if (auto* a = std::get_if<ArticleDetail>(&d)) {
            articles.append(std::move(*a));
        } else {
            result.missing.append(id);
        }
    }
    if (missing == Missing::Refuse && !result.missing.isEmpty()) {
        result.failure = Written::Failure::Missing;
        result.error = tr("No article %1 in the cache.").arg(result.missing.front());
        return result;
    }
    if (articles.isEmpty()) {
        result.failure = Written::Failure::NothingFound;
        result.error = tr("Nothing to export: no article matches.");
        return result;
    }
    const QString heading
        = !title.isEmpty() ? title : (articles.size() == 1 ? articles.front().row.title : tr("Sosik articles"));
    const QByteArray html = build(heading, articles);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        result.failure = Written::Failure::CannotWrite;
        result.error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.articles = int(articles.size());
    result.bytes = html.size();
    return result;
}

} // namespace news
