#include "normalize/SiteKey.h"

#include <QStringList>

namespace news
{

QString siteKey(const QUrl& url)
{
    QString host = url.host().toLower();
    if (host.isEmpty()) {
        return url.scheme().toLower() + u':' + url.path().section(u'/', 0, -2);
    }
    const QStringList labels = host.split(u'.', Qt::SkipEmptyParts);
    bool numeric = !labels.isEmpty();
    for (const QString& l : labels) {
        bool ok = false;
        l.toInt(&ok);
        numeric = numeric && ok;
    }
    if (!numeric && !host.contains(u':') && labels.size() > 2) {
        // second-level registries: co.kr, or.kr, com.cn, co.jp, …
        static const QStringList secondLevel = {QStringLiteral("co"),
                                                QStringLiteral("or"),
                                                QStringLiteral("go"),
                                                QStringLiteral("ne"),
                                                QStringLiteral("re"),
                                                QStringLiteral("ac"),
                                                QStringLiteral("com"),
                                                QStringLiteral("net"),
                                                QStringLiteral("org"),
                                                QStringLiteral("gov"),
                                                QStringLiteral("edu")};
        const int keep = secondLevel.contains(labels.at(labels.size() - 2)) && labels.last().size() == 2 ? 3 : 2;
        host = labels.mid(labels.size() - keep).join(u'.');
    }
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("http") && port == 80)
        || (url.scheme() == QLatin1String("https") && port == 443);
    return defaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace news
