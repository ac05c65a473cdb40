#include "ArticleView.h"

#include "models/ArticleListModel.h"
#include "sanitize/HtmlSanitizer.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>

using namespace news;

ArticleView::ArticleView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
            emit openExternally(url);
        }
    });
    showPlaceholder(tr("Choose an article."));
}

void ArticleView::zoom(int steps)
{
    m_zoom += steps;
    steps > 0 ? zoomIn(steps) : zoomOut(-steps);
}

void ArticleView::resetZoom()
{
    zoom(-m_zoom);
}

void ArticleView::setBaseFontSize(int points)
{
    QFont f = font();
    f.setPointSize(points > 0 ? points : QApplication::font().pointSize());
    setFont(f);
    if (m_zoom != 0) {
        m_zoom > 0 ? zoomIn(m_zoom) : zoomOut(-m_zoom);
    }
}

QVariant ArticleView::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource) {
        return {}; // no style sheets or anything else from outside
    }
    const QString key = name.toString();
    if (const auto it = m_images.constFind(key); it != m_images.constEnd()) {
        m_requested.insert(key, true);
        return it.value(); // decoded on the reader thread: no file I/O or decoding here
    }
    // not in the cache: a placeholder, never a network request
    m_requested.insert(key, false);
    QImage placeholder(320, 180, QImage::Format_RGB32);
    placeholder.fill(palette().color(QPalette::AlternateBase));
    QPainter p(&placeholder);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
    p.drawText(placeholder.rect(), Qt::AlignCenter, tr("Image not stored"));
    return placeholder;
}

int ArticleView::imageWidth() const
{
    return std::max(200, viewport()->width() - 60);
}

QHash<QString, QImage> ArticleView::decodeImages(const ArticleDetail& article, int maxWidth, qreal devicePixelRatio)
{
    // decoded at device pixels, so photos stay sharp on HiDPI screens; the document lays them out in logical ones
    const qreal dpr = std::max<qreal>(1.0, devicePixelRatio);
    maxWidth = int(maxWidth * dpr);
    QHash<QString, QImage> images;
    for (const auto& m : article.media) {
        if (m.file.isEmpty() || images.contains(m.url)) {
            continue;
        }
        QImageReader reader(m.file);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > 40'000'000) {
            continue;
        }
        if (size.width() > maxWidth) {
            reader.setScaledSize(size.scaled(maxWidth, size.height() * maxWidth / size.width(), Qt::KeepAspectRatio));
        }
        QImage image = reader.read();
        if (!image.isNull()) {
            image.setDevicePixelRatio(dpr);
            images.insert(m.url, image);
        }
    }
    return images;
}

void ArticleView::showPlaceholder(const QString& text)
{
    m_articleId = 0;
    m_link.clear();
    m_images.clear();
    setHtml(QStringLiteral("<p style='color:gray; margin:40px'>%1</p>").arg(HtmlSanitizer::escape(text)));
}

void ArticleView::showArticle(const ArticleDetail& a, const QHash<QString, QImage>& images)
{
    m_articleId = a.row.id;
    m_link = a.link;
    m_images = images;
    m_requested.clear();
    QStringList credits;
    for (const auto& m : a.media) {
        if (!m.credit.isEmpty()) {
            credits.append(m.credit);
        }
    }
    const QJsonObject extra = QJsonDocument::fromJson(a.extra.toUtf8()).object();
    QString html = QStringLiteral("<div style='margin:8px 14px'>");
    html += QStringLiteral("<p style='color:gray; margin-bottom:2px'>%1</p>").arg(HtmlSanitizer::escape(a.row.outlet));
    html += QStringLiteral("<h1 style='margin-top:0'>%1</h1>").arg(HtmlSanitizer::escape(a.row.title));
    QString times = a.row.dateKnown ? tr("Published %1").arg(exactTime(a.row.published))
                                    : tr("First seen %1 (the feed gives no date)").arg(exactTime(a.row.published));
    if (a.updated > a.row.published + 60) {
        times += QStringLiteral(" · ") + tr("Updated %1").arg(exactTime(a.updated));
    }
    html += QStringLiteral("<p style='color:gray'>%1</p>").arg(HtmlSanitizer::escape(times));
    // byline: reporters from the credit extraction when present, else the feed's authors
    QStringList byline;
    for (const QJsonValue& r : extra.value(QLatin1String("reporters")).toArray()) {
        const QJsonObject o = r.toObject();
        QString who = HtmlSanitizer::escape(o.value(QLatin1String("name")).toString());
        if (!o.value(QLatin1String("role")).toString().isEmpty()) {
            who += u' ' + HtmlSanitizer::escape(o.value(QLatin1String("role")).toString());
        }
        const QString email = o.value(QLatin1String("email")).toString();
        if (!email.isEmpty()) {
            who += QStringLiteral(" <a href='mailto:%1'>%1</a>").arg(HtmlSanitizer::escape(email));
        }
        byline.append(who);
    }
    if (byline.isEmpty() && !a.authors.isEmpty()) {
        byline.append(HtmlSanitizer::escape(a.authors));
    }
    if (!byline.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(byline.join(QStringLiteral(" · ")));
    }
    const QJsonObject dateline = extra.value(QLatin1String("dateline")).toObject();
    if (!dateline.isEmpty()) {
        html
            += QStringLiteral("<p style='color:gray'>%1</p>")
                   .arg(
                       tr("Dateline: %1").arg(HtmlSanitizer::escape(dateline.value(QLatin1String("city")).toString())));
    }
    html += QStringLiteral("<hr/>");
    // images get their size from loadResource (fitted to the view), not from the publisher's attributes
    static const QRegularExpression imageSize(QStringLiteral("(<img[^>]*?)\\s(?:width|height)=\"[^\"]*\""));
    QString body = a.content.isEmpty() ? a.summary : a.content;
    for (int i = 0; i < 4 && body.contains(imageSize); ++i) {
        body.replace(imageSize, QStringLiteral("\\1"));
    }
    // QTextDocument knows no <figure>: show it as a block with a grey caption
    body.replace(QLatin1String("<figure>"), QLatin1String("<div>"))
        .replace(QLatin1String("</figure>"), QLatin1String("</div>"))
        .replace(QLatin1String("<figcaption>"), QLatin1String("<p style='color:gray; margin-top:2px'>"))
        .replace(QLatin1String("</figcaption>"), QLatin1String("</p>"));
    html += body;
    // photos the body does not show itself (Media RSS), with captions and credits
    for (const auto& m : a.media) {
        if (m.role == QLatin1String("thumbnail") || QString(a.content + a.summary).contains(m.url.toHtmlEscaped())) {
            continue;
        }
        html += QStringLiteral("<p><img src=\"%1\" /><br/><span style='color:gray'>%2 %3</span></p>")
                    .arg(m.url.toHtmlEscaped(), HtmlSanitizer::escape(m.caption), HtmlSanitizer::escape(m.credit));
    }
    if (!credits.isEmpty()) {
        credits.removeDuplicates();
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(HtmlSanitizer::escape(tr("Photo credits: %1").arg(credits.join(QStringLiteral(", ")))));
    }
    const QString copyright = extra.value(QLatin1String("copyright")).toString();
    if (!copyright.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(HtmlSanitizer::escape(copyright));
    }
    html += QStringLiteral("<hr/><p>");
    if (a.row.comments >= 0) {
        html += HtmlSanitizer::escape(tr("%n comment(s)", nullptr, a.row.comments)) + QStringLiteral(" · ");
    }
    if (!a.link.isEmpty()) {
        html += QStringLiteral("<a href=\"%1\">%2</a>").arg(a.link.toHtmlEscaped(), tr("Open the original article"));
    }
    html += QStringLiteral("</p></div>");
    setHtml(html);
}
