// sosik-cli: sync accounts (#16) — account add|list|remove, sync
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "store/AccountStore.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace news;
using namespace cli;

namespace
{

QJsonObject accountJson(const AccountRecord& a)
{
    QJsonObject o{{"id", a.id},
                  {"kind", a.kind},
                  {"url", a.url},
                  {"user", a.username},
                  {"password_in", a.secretInKeychain ? QStringLiteral("keychain") : QStringLiteral("cache")},
                  {"sync_subscriptions", a.syncSubscriptions},
                  {"sync_state", a.syncState},
                  {"feeds", a.feeds},
                  {"articles", a.articles},
                  {"pending_changes", a.pending},
                  {"last_sync", isoTime(a.lastSync)}};
    if (a.lastErrorCode > 0) {
        o.insert(QStringLiteral("last_error"), a.lastError);
        o.insert(QStringLiteral("failing_since"), isoTime(a.failingSince));
    }
    return o;
}

int accountAdd(Common& c,
               const QStringList& positional,
               const QCommandLineOption& user,
               const QCommandLineOption& passwordFile,
               const QCommandLineOption& noSubscriptions,
               const QCommandLineOption& noState)
{
    if (positional.size() != 3 || positional.at(1) != QLatin1String("ttrss") || !c.parser.isSet(user)
        || !c.parser.isSet(passwordFile)) {
        err(QCoreApplication::translate("cli",
                                        "usage: sosik-cli account add ttrss URL --user USER --password-file FILE"));
        return Usage;
    }
    const QUrl url = QUrl::fromUserInput(positional.at(2));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        err(QCoreApplication::translate("cli", "Not a server address: %1").arg(positional.at(2)));
        return Usage;
    }
    // the password comes from a file (or - for standard input), never from the command line where others see it
    QFile file;
    const QString path = c.parser.value(passwordFile);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err(QCoreApplication::translate("cli", "Cannot read the password file %1").arg(path));
        return IoError;
    }
    const QString password = QString::fromUtf8(file.readAll()).section(u'\n', 0, 0).trimmed();
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    AccountRecord a;
    a.kind = QStringLiteral("ttrss");
    a.url = url.toString();
    a.username = c.parser.value(user);
    a.secret = password;
    a.syncSubscriptions = !c.parser.isSet(noSubscriptions);
    a.syncState = !c.parser.isSet(noState);
    const auto added = AccountStore::addAccount(core, a, QDateTime::currentSecsSinceEpoch());
    if (const auto* e = std::get_if<Error>(&added)) {
        err(QCoreApplication::translate("cli", "Cannot add the account: %1").arg(e->detail));
        return IoError;
    }
    a.id = std::get<qint64>(added);
    // the CLI has no keychain: say where the password is
    err(QCoreApplication::translate(
            "cli", "warning: the password is kept in the cache (%1), readable by whoever can read that file")
            .arg(core.path()));
    if (c.parser.isSet(c.json)) {
        outJson(accountJson(a));
    } else {
        out(QCoreApplication::translate("cli", "account %1 added: %2 at %3\n").arg(a.id).arg(a.username, a.url));
    }
    return Ok;
}

int account(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli",
        "Sync accounts: account add ttrss URL --user USER --password-file FILE | account list | "
        "account remove ID"));
    const QCommandLineOption user{QStringLiteral("user"),
                                  QCoreApplication::translate("cli", "The user name on the server."),
                                  QStringLiteral("user")};
    const QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QCoreApplication::translate("cli", "A file whose first line is the password (- for standard input)."),
        QStringLiteral("file")};
    const QCommandLineOption noSubscriptions{
        QStringLiteral("no-subscriptions"),
        QCoreApplication::translate("cli", "Do not take the server's subscriptions.")};
    const QCommandLineOption noState{QStringLiteral("no-state"),
                                     QCoreApplication::translate("cli", "Do not sync read and starred state.")};
    c.parser.addOption(user);
    c.parser.addOption(passwordFile);
    c.parser.addOption(noSubscriptions);
    c.parser.addOption(noState);
    c.parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "add, list or remove"));
    c.parser.process(args);
    const QStringList positional = c.parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("add")) {
        return accountAdd(c, positional, user, passwordFile, noSubscriptions, noState);
    }
    if (action == QLatin1String("list")) {
        StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
        if (!openCore(core)) {
            return IoError;
        }
        const auto list = AccountStore::accounts(core);
        if (const auto* e = std::get_if<Error>(&list)) {
            err(e->detail);
            return IoError;
        }
        if (c.parser.isSet(c.json)) {
            QJsonArray array;
            for (const AccountRecord& a : std::get<QList<AccountRecord>>(list)) {
                array.append(accountJson(a));
            }
            outJson(array);
            return Ok;
        }
        for (const AccountRecord& a : std::get<QList<AccountRecord>>(list)) {
            QString line = QStringLiteral("%1\t%2\t%3\t%4").arg(a.id).arg(a.kind, a.username, a.url);
            line += u'\t'
                + QCoreApplication::translate("cli", "%1 feeds, %2 articles, %3 changes to send")
                      .arg(a.feeds)
                      .arg(a.articles)
                      .arg(a.pending);
            if (a.lastErrorCode > 0) {
                line += u'\t'
                    + QCoreApplication::translate("cli", "failing since %1: %2")
                          .arg(isoTime(a.failingSince), a.lastError);
            } else if (a.lastSync > 0) {
                line += u'\t' + QCoreApplication::translate("cli", "synced %1").arg(isoTime(a.lastSync));
            }
            out(line + u'\n');
        }
        return Ok;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
        if (!openCore(core)) {
            return IoError;
        }
        const auto removed = AccountStore::removeAccount(core, positional.at(1).toLongLong());
        if (const auto* e = std::get_if<Error>(&removed)) {
            err(e->detail);
            return IoError;
        }
        if (!std::get<bool>(removed)) {
            err(QCoreApplication::translate("cli", "No account %1").arg(positional.at(1)));
            return NotFound;
        }
        out(QCoreApplication::translate("cli", "account %1 removed\n").arg(positional.at(1)));
        return Ok;
    }
    err(QCoreApplication::translate(
        "cli", "usage: sosik-cli account add ttrss URL --user USER --password-file FILE | list | remove ID"));
    return Usage;
}

QJsonObject summaryJson(const SyncSummary& s)
{
    QJsonObject o{
        {"account", s.accountId},
        {"ok", s.ok},
        {"seconds", s.seconds},
        {"down",
         QJsonObject{{"feeds_added", s.feedsAdded},
                     {"feeds_removed", s.feedsRemoved},
                     {"articles_new", s.articlesNew},
                     {"articles_updated", s.articlesUpdated},
                     {"read", s.readDown},
                     {"unread", s.unreadDown},
                     {"starred", s.starredDown},
                     {"unstarred", s.unstarredDown},
                     {"stars_kept", s.keptStarred},
                     {"starred_fetched", s.starredFetched},
                     {"gone_kept", s.keptGone}}},
        {"up",
         QJsonObject{
             {"read", s.readUp}, {"unread", s.unreadUp}, {"starred", s.starredUp}, {"unstarred", s.unstarredUp}}}};
    if (!s.ok) {
        o.insert(QStringLiteral("error"), s.error.detail);
        if (s.error.httpStatus > 0) {
            o.insert(QStringLiteral("http_status"), s.error.httpStatus);
        }
    }
    return o;
}

int sync(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli", "Sync every account (or one): subscriptions and articles down, read and starred both ways."));
    const QCommandLineOption accountOption{
        QStringLiteral("account"), QCoreApplication::translate("cli", "Only this account."), QStringLiteral("id")};
    const QCommandLineOption noImages{QStringLiteral("no-images"),
                                      QCoreApplication::translate("cli", "Do not store the new articles' images.")};
    c.parser.addOption(accountOption);
    c.parser.addOption(noImages);
    c.parser.process(args);
    if (c.parser.isSet(c.offline)) {
        err(QCoreApplication::translate("cli", "offline: nothing is sent; the queued changes wait"));
        return Ok;
    }
    Cache cache(c.dir());
    SyncEngine engine(&cache);
    FetchSettings settings;
    MediaStore media(&cache, settings);
    FullTextFetcher fullText(&cache, settings);
    QList<SyncSummary> results;
    bool openFailed = false;
    QObject::connect(&cache, &Cache::opened, [&](bool ok, const QString& error) {
        if (!ok) {
            err(QCoreApplication::translate("cli", "Cannot open the cache: %1").arg(error));
            openFailed = true;
            QCoreApplication::exit(IoError);
            return;
        }
        if (c.parser.isSet(accountOption)) {
            engine.sync(c.parser.value(accountOption).toLongLong());
        } else {
            engine.syncAll();
        }
    });
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary& s) { results.append(s); });
    // synced articles are completed for offline reading like a refresh's: full text, then images
    QObject::connect(&engine, &SyncEngine::allFinished, [&] {
        bool any = false;
        for (const SyncSummary& s : results) {
            any = any || s.articlesNew + s.articlesUpdated > 0;
        }
        if (!any || c.parser.isSet(noImages)) {
            QCoreApplication::exit(0);
            return;
        }
        fullText.fetchPending();
    });
    QObject::connect(&fullText, &FullTextFetcher::finished, [&] { media.fetchPending(); });
    QObject::connect(&media, &MediaStore::finished, [&] { QCoreApplication::exit(0); });
    cache.open();
    QCoreApplication::exec();
    if (openFailed) {
        return IoError;
    }
    bool allOk = true;
    QJsonArray array;
    for (const SyncSummary& s : results) {
        allOk = allOk && s.ok;
        array.append(summaryJson(s));
        if (c.parser.isSet(c.json)) {
            continue;
        }
        if (!s.ok) {
            out(QCoreApplication::translate("cli", "account %1: failed: %2\n").arg(s.accountId).arg(s.error.detail));
            continue;
        }
        out(QCoreApplication::translate(
                "cli",
                "account %1: down %2 new articles, %3 feeds added, %4 removed; read %5, unread %6, starred %7, "
                "unstarred %8; up read %9, unread %10, starred %11, unstarred %12 (%13 s)\n")
                .arg(s.accountId)
                .arg(s.articlesNew)
                .arg(s.feedsAdded)
                .arg(s.feedsRemoved)
                .arg(s.readDown)
                .arg(s.unreadDown)
                .arg(s.starredDown)
                .arg(s.unstarredDown)
                .arg(s.readUp)
                .arg(s.unreadUp)
                .arg(s.starredUp)
                .arg(s.unstarredUp)
                .arg(s.seconds, 0, 'f', 1));
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"accounts", array}});
    }
    return allOk ? Ok : SomeFeedsFailed;
}

const CliCommand::Registration registrations[] = {
    {"account",
     QT_TRANSLATE_NOOP("cli", "add ttrss URL --user U --password-file F | list | remove ID"),
     QT_TRANSLATE_NOOP("cli", "sync accounts on a Tiny Tiny RSS server"),
     70,
     &account},
    {"sync",
     QT_TRANSLATE_NOOP("cli", "[--account ID] [--json]"),
     QT_TRANSLATE_NOOP("cli", "sync every account: what went up and down"),
     71,
     &sync},
};

} // namespace
