#include "text/ResolveUrl.h"

#include <QUrl>

namespace news
{
namespace
{

QString schemeOf(const QString& url)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F) {
            compact += c;
        }
        if (c == u':' || c == u'/' || c == u'?' || c == u'#') {
            break;
        }
    }
    const qsizetype colon = compact.indexOf(u':');
    if (colon <= 0) {
        return {};
    }
    const QString scheme = compact.left(colon).toLower();
    for (const QChar c : scheme) {
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.')) {
            return {};
        }
    }
    return scheme;
}

bool safeScheme(const QString& scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

} // namespace

QString resolveUrl(const QString& base, const QString& ref)
{
    const QString trimmed = ref.trimmed();
    const QString scheme = schemeOf(trimmed);
    if (!scheme.isEmpty()) {
        return safeScheme(scheme) ? trimmed : QString();
    }
    if (base.isEmpty()) {
        if (trimmed.startsWith(QLatin1String("//"))) {
            return QLatin1String("https:") + trimmed;
        }
        return trimmed;
    }
    const QUrl baseUrl(base);
    if (!baseUrl.isValid()) {
        return trimmed;
    }
    const QUrl resolved = baseUrl.resolved(QUrl(trimmed));
    const QString out = resolved.toString();
    const QString outScheme = schemeOf(out);
    if (outScheme.isEmpty()) {
        return out;
    }
    // a document that is itself local (the bundled demo, a file the user opened) may point next to itself
    const bool localDocument = outScheme == QLatin1String("qrc") || outScheme == QLatin1String("file");
    return (safeScheme(outScheme) || localDocument) ? out : QString();
}

} // namespace news
