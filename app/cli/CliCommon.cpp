#include "CliCommon.h"

#include "model/Article.h"
#include "store/Recovery.h"
#include "text/DateParser.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace news;

namespace cli
{
void out(const QString& text)
{
    writeOut(text.toUtf8());
}

void err(const QString& text)
{
    writeErr(text);
}

void outJson(const QJsonValue& value)
{
    writeOut(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString isoTime(qint64 secs)
{
    return secs ? DateParser::toIsoUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())) : QString();
}

QJsonObject rowJson(const ArticleRow& r)
{
    QJsonObject o{{"id", double(r.id)},
                  {"title", r.title},
                  {"outlet", r.outlet},
                  {"section", r.section},
                  {"published", isoTime(r.published)},
                  {"date_known", r.dateKnown},
                  {"read", r.read},
                  {"starred", r.starred},
                  {"saved", r.saved}};
    if (r.comments >= 0) {
        o.insert(QStringLiteral("comments"), r.comments);
    }
    if (!r.thumbnail.isEmpty()) {
        o.insert(QStringLiteral("thumbnail"), r.thumbnail);
    }
    if (!r.snippet.isEmpty()) {
        QString s = r.snippet;
        s.replace(QChar(0x01), QStringLiteral("[")).replace(QChar(0x02), QStringLiteral("]"));
        o.insert(QStringLiteral("snippet"), s);
    }
    return o;
}

QString storageMessage(const QString& detail, const QString& dir)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath());
    if (isDiskFullError(detail)) {
        return QCoreApplication::translate("cli", "The disk holding %1 is full: nothing more can be saved there.")
            .arg(folder);
    }
    if (isDamagedCacheError(detail)) {
        return QCoreApplication::translate(
                   "cli",
                   "The cache in %1 is damaged (%2). 'sosik-cli maintain --recover' rebuilds it from what is readable.")
            .arg(folder, detail);
    }
    if (isReadOnlyError(detail)) {
        return QCoreApplication::translate("cli", "The data folder %1 is read-only: nothing can be saved.").arg(folder);
    }
    return QCoreApplication::translate("cli", "Cannot open the cache: %1").arg(detail);
}

bool openCore(StoreWriterCore& core)
{
    const auto opened = core.open();
    if (const auto* e = std::get_if<Error>(&opened)) {
        err(storageMessage(e->detail, QFileInfo(core.path()).absolutePath()));
        return false;
    }
    return true;
}

bool openQueries(ArticleQueries& q, const QString& dir)
{
    QString writerError;
    {
        // creates an empty cache on a fresh directory and migrates an old one before reading
        StoreWriterCore core(dir + QStringLiteral("/cache.db"));
        const auto created = core.open();
        if (const auto* e = std::get_if<Error>(&created)) {
            writerError = e->detail;
        }
    }
    const auto opened = q.open();
    if (const auto* e = std::get_if<Error>(&opened)) {
        err(storageMessage(writerError.isEmpty() ? e->detail : writerError, dir));
        return false;
    }
    if (!writerError.isEmpty() && !q.isReadOnly()) {
        err(storageMessage(writerError, dir)); // readable, but not as the cache it should be (a damaged file)
        return false;
    }
    return true;
}
} // namespace cli
