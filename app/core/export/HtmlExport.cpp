#include "export/HtmlExport.h"

#include "parse/DateParser.h"
#include "sanitize/HtmlSanitizer.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace news
{

namespace
{

constexpr qint64 kMaxEmbeddedBytes = 200LL * 1024 * 1024; // one export stays a file a browser can open

QString dataUri(const QString& file, const QString& mime, qint64* budget)
{
    QFile f(file);
    if (f.size() > *budget || !f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = f.readAll();
    *budget -= bytes.size();
    return QStringLiteral("data:%1;base64,%2")
        .arg(mime.isEmpty() ? QStringLiteral("image/jpeg") : mime, QString::fromLatin1(bytes.toBase64()));
}

QString exactTime(qint64 seconds)
{
    const QDateTime kst = QDateTime::fromSecsSinceEpoch(seconds, DateParser::koreaTime());
    return QLocale().toString(kst, QLocale::LongFormat);
}

} // namespace

QByteArray HtmlExport::build(const QString& title, const QList<ArticleDetail>& articles)
{
    qint64 budget = kMaxEmbeddedBytes;
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<meta name=\"generator\" content=\"Sosik\"><title>%1</title><style>"
                       "body{font-family:system-ui,'Noto Sans CJK KR','Apple SD Gothic Neo','Malgun Gothic',sans-serif;"
                       "max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;word-break:keep-all;"
                       "color:#1d1d1f;background:#fff}"
                       "@media (prefers-color-scheme:dark){body{color:#e8e8ea;background:#1f2124}a{color:#7ab0ff}}"
                       "article{border-bottom:1px solid #8884;padding-bottom:2em;margin-bottom:2em}"
                       "h1{line-height:1.3}.meta,.credit,figcaption{color:#888;font-size:.9em}"
                       "img{max-width:100%%;height:auto}figure{margin:1em 0}"
                       "</style></head><body>\n")
                       .arg(HtmlSanitizer::escape(title));
    static const QRegularExpression imgSrc(QStringLiteral("<img([^>]*?)\\ssrc=\"([^\"]*)\"([^>]*)>"));
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
        const QJsonObject extra = QJsonDocument::fromJson(a.extra.toUtf8()).object();
        html += QStringLiteral("<article>\n<p class=\"meta\">%1</p>\n<h1>%2</h1>\n")
                    .arg(HtmlSanitizer::escape(a.row.outlet), HtmlSanitizer::escape(a.row.title));
        html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(HtmlSanitizer::escape(tr("Published %1 (Korea time)").arg(exactTime(a.row.published))));
        QStringList byline;
        for (const QJsonValue& r : extra.value(QLatin1String("reporters")).toArray()) {
            const QJsonObject o = r.toObject();
            QString who = o.value(QLatin1String("name")).toString();
            if (!o.value(QLatin1String("role")).toString().isEmpty()) {
                who += u' ' + o.value(QLatin1String("role")).toString();
            }
            if (!o.value(QLatin1String("email")).toString().isEmpty()) {
                who += u' ' + o.value(QLatin1String("email")).toString();
            }
            byline.append(HtmlSanitizer::escape(who));
        }
        if (byline.isEmpty() && !a.authors.isEmpty()) {
            byline.append(HtmlSanitizer::escape(a.authors));
        }
        if (!byline.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>\n").arg(byline.join(QStringLiteral(" · ")));
        }
        // the body's images become data: URIs; images that are not in the cache are left out
        const QString body = a.content.isEmpty() ? a.summary : a.content;
        QString out;
        qsizetype last = 0;
        auto it = imgSrc.globalMatch(body);
        while (it.hasNext()) {
            const auto m = it.next();
            out += body.mid(last, m.capturedStart() - last);
            const QString src = HtmlSanitizer::toPlainText(m.captured(2)).trimmed(); // &amp; → &
            if (const auto found = embedded.constFind(src); found != embedded.constEnd()) {
                out += QStringLiteral("<img%1 src=\"%2\"%3>").arg(m.captured(1), found.value(), m.captured(3));
            }
            last = m.capturedEnd();
        }
        out += body.mid(last);
        html += out + u'\n';
        // feed images that the body does not show (Media RSS thumbnails and enclosures), with their credits
        for (const auto& m : a.media) {
            if (embedded.contains(m.url) && !body.contains(m.url.toHtmlEscaped()) && !body.contains(m.url)) {
                html += QStringLiteral("<figure><img src=\"%1\" alt=\"\"><figcaption>%2 %3</figcaption></figure>\n")
                            .arg(embedded.value(m.url),
                                 HtmlSanitizer::escape(m.caption),
                                 HtmlSanitizer::escape(m.credit));
            }
        }
        const QString copyright = extra.value(QLatin1String("copyright")).toString();
        if (!copyright.isEmpty()) {
            html += QStringLiteral("<p class=\"credit\">%1</p>\n").arg(HtmlSanitizer::escape(copyright));
        }
        if (a.link.startsWith(QLatin1String("http"))) {
            html += QStringLiteral("<p class=\"meta\"><a href=\"%1\">%2</a></p>\n")
                        .arg(HtmlSanitizer::escape(a.link), HtmlSanitizer::escape(tr("Original article")));
        }
        html += QStringLiteral("</article>\n");
    }
    html += QStringLiteral("<p class=\"meta\">%1</p>\n</body></html>\n")
                .arg(HtmlSanitizer::escape(
                    tr("Saved by Sosik on %1")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))));
    return html.toUtf8();
}

} // namespace news
