#include "export/HtmlExport.h"

#include "render/ArticleRenderer.h"
#include "render/PortalTime.h"
#include "sanitize/HtmlSanitizer.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
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
        html += ArticleRenderer::render(a, ArticleCredits::fromExtra(a.credits.toJson()), options);
    }
    html += QStringLiteral("<p class=\"meta\">%1</p>\n</body></html>\n")
                .arg(HtmlSanitizer::escape(
                    tr("Saved by Sosik on %1")
                        .arg(PortalTime::dateTime(QDateTime::currentSecsSinceEpoch(), QTimeZone::systemTimeZone()))));
    return html.toUtf8();
}

} // namespace news
