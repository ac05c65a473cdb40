// sosik-cli: subscriptions the reader owns (#15) — subscribe (with discovery), unsubscribe, rename, move, set.
#include "CliCommand.h"
#include "CliCommon.h"
#include "model/Feed.h"
#include "model/Subscription.h"
#include "sources/FeedDiscovery.h"
#include "sources/OutletNames.h"
#include "sources/SourceCatalog.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace news;
using namespace cli;

namespace
{

bool parseId(const QString& text, qint64* id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

// Prints a refusal from the store (bad input: exit 2; a missing feed or outlet: exit 5; else I/O).
int refuse(const Error& e)
{
    err(e.detail);
    if (e.code == ErrorCode::Malformed) {
        return e.detail.startsWith(QLatin1String("no ")) ? NotFound : Usage;
    }
    return IoError;
}

int subscribe(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli", "Find the feeds behind an address (a feed or any page of a site) and subscribe to them."));
    const QCommandLineOption sectionOption{
        QStringLiteral("section"),
        QCoreApplication::translate("cli", "Put the feeds in this section (general, economy, …)."),
        QStringLiteral("id")};
    const QCommandLineOption outletOption{
        QStringLiteral("outlet"),
        QCoreApplication::translate("cli", "File the feeds under this outlet (created if new)."),
        QStringLiteral("name")};
    const QCommandLineOption allOption{
        QStringLiteral("all"),
        QCoreApplication::translate("cli", "Subscribe to every feed found, not only the first.")};
    c.parser.addOption(sectionOption);
    c.parser.addOption(outletOption);
    c.parser.addOption(allOption);
    c.parser.addPositionalArgument(QStringLiteral("url"),
                                   QCoreApplication::translate("cli", "A feed's or a site's address."));
    c.parser.process(args);
    if (c.parser.positionalArguments().size() != 1) {
        err(c.parser.helpText());
        return Usage;
    }
    const QString section = c.parser.value(sectionOption);
    if (!section.isEmpty() && !canonicalSections().contains(section)) {
        err(QCoreApplication::translate("cli", "Unknown section '%1'; one of: %2")
                .arg(section, canonicalSections().join(QStringLiteral(", "))));
        return Usage;
    }
    if (c.parser.isSet(c.offline)) {
        err(QCoreApplication::translate("cli", "Finding feeds needs the network (--offline was given)."));
        return IoError;
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    qint64 outletId = 0;
    const QString outletName = c.parser.value(outletOption).simplified();
    if (c.parser.isSet(outletOption) && outletName.isEmpty()) {
        err(QCoreApplication::translate("cli", "An outlet's name cannot be empty."));
        return Usage;
    }
    if (!outletName.isEmpty()) {
        const auto found = core.findOutlet(outletName);
        outletId = std::holds_alternative<qint64>(found) ? std::get<qint64>(found) : 0;
    }
    FeedDiscoverer discoverer(FetchSettings{});
    QList<DiscoveredFeed> found;
    QString error;
    QObject::connect(&discoverer,
                     &FeedDiscoverer::finished,
                     QCoreApplication::instance(),
                     [&](const QList<DiscoveredFeed>& feeds, const QString& why) {
                         found = feeds;
                         error = why;
                         QCoreApplication::quit();
                     });
    const QString address = c.parser.positionalArguments().front();
    const QUrl start = QUrl::fromUserInput(address);
    if (!isNetworkUrl(start)) {
        err(QCoreApplication::translate("cli", "Not a web address (http or https): %1").arg(address));
        return Usage;
    }
    // started from the event loop, so that a discovery that ends at once still ends the loop
    QTimer::singleShot(0, &discoverer, [&discoverer, start] { discoverer.discover(start); });
    QCoreApplication::exec();
    if (found.isEmpty()) {
        // the reader is told what was tried
        err(QCoreApplication::translate("cli", "No feed found at %1.").arg(address));
        for (const TriedAddress& t : discoverer.tried()) {
            err(QStringLiteral("  %1 — %2").arg(t.url.toString(), t.error.detail));
        }
        if (c.parser.isSet(c.json)) {
            QJsonArray tried;
            for (const TriedAddress& t : discoverer.tried()) {
                tried.append(QJsonObject{{"url", t.url.toString()}, {"error", t.error.detail}});
            }
            outJson(QJsonObject{{"subscribed", QJsonArray()}, {"tried", tried}, {"error", error}});
        }
        return NotAFeed;
    }
    if (!c.parser.isSet(allOption)) {
        found = found.mid(0, 1);
    }
    const QList<SourceDefinition> catalogue = bundledCatalog();
    QList<NewSubscription> wanted;
    for (const DiscoveredFeed& f : found) {
        NewSubscription n = subscriptionFor(f, catalogue, section);
        if (!outletName.isEmpty()) {
            n.outlet = outletName;
            n.outletId = outletId;
            n.outletByName = outletId == 0;
        }
        wanted.append(n);
    }
    const auto done = core.subscribe(wanted);
    if (const auto* e = std::get_if<Error>(&done)) {
        return refuse(*e);
    }
    QJsonArray rows;
    for (int i = 0; i < std::get<QList<SubscriptionOutcome>>(done).size(); ++i) {
        const SubscriptionOutcome& o = std::get<QList<SubscriptionOutcome>>(done).at(i);
        const NewSubscription& n = wanted.at(i);
        if (c.parser.isSet(c.json)) {
            rows.append(QJsonObject{{"id", double(o.feedId)},
                                    {"url", o.url},
                                    {"title", n.title},
                                    {"outlet", o.outlet},
                                    {"outlet_id", double(o.outletId)},
                                    {"section", n.section},
                                    {"added", o.added}});
        } else {
            out((o.added ? QCoreApplication::translate("cli", "subscribed %1\t%2\t%3 / %4 (%5)\n")
                         : QCoreApplication::translate("cli", "already subscribed %1\t%2\t%3 / %4 (%5)\n"))
                    .arg(o.feedId)
                    .arg(o.url, o.outlet, n.title, n.section));
        }
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"subscribed", rows}});
    }
    return Ok;
}

int unsubscribe(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli", "Unsubscribe from a feed; its articles go, except starred and saved ones with --keep-starred."));
    const QCommandLineOption keepOption{
        QStringLiteral("keep-starred"),
        QCoreApplication::translate(
            "cli", "Keep the feed's starred and saved articles (under 구독 취소한 피드의 보관 기사).")};
    c.parser.addOption(keepOption);
    c.parser.addPositionalArgument(QStringLiteral("id"),
                                   QCoreApplication::translate("cli", "The feed's id (sosik-cli feeds)."));
    c.parser.process(args);
    qint64 id = 0;
    if (c.parser.positionalArguments().size() != 1 || !parseId(c.parser.positionalArguments().front(), &id)) {
        err(c.parser.helpText());
        return Usage;
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto kept = core.unsubscribe(id, c.parser.isSet(keepOption));
    if (const auto* e = std::get_if<Error>(&kept)) {
        return refuse(*e);
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"unsubscribed", double(id)}, {"kept", std::get<int>(kept)}});
    } else {
        out(QCoreApplication::translate("cli", "unsubscribed %1 (%2 articles kept)\n")
                .arg(id)
                .arg(std::get<int>(kept)));
    }
    return Ok;
}

int rename(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Rename a feed, or with --outlet an outlet."));
    const QCommandLineOption outletOption{QStringLiteral("outlet"),
                                          QCoreApplication::translate("cli", "ID is an outlet's id, not a feed's.")};
    c.parser.addOption(outletOption);
    c.parser.addPositionalArgument(QStringLiteral("id"),
                                   QCoreApplication::translate("cli", "The feed's (or outlet's) id."));
    c.parser.addPositionalArgument(QStringLiteral("name"), QCoreApplication::translate("cli", "The new name."));
    c.parser.process(args);
    const QStringList pos = c.parser.positionalArguments();
    qint64 id = 0;
    if (pos.size() < 2 || !parseId(pos.front(), &id)) {
        err(c.parser.helpText());
        return Usage;
    }
    const QString name = pos.mid(1).join(u' ');
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto r = c.parser.isSet(outletOption) ? core.renameOutlet(id, name) : core.renameFeed(id, name);
    if (const auto* e = std::get_if<Error>(&r)) {
        return refuse(*e);
    }
    return Ok;
}

int move(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Move a feed and its articles to another outlet."));
    const QCommandLineOption outletOption{QStringLiteral("outlet"),
                                          QCoreApplication::translate("cli", "The outlet's id or name."),
                                          QStringLiteral("outlet")};
    c.parser.addOption(outletOption);
    c.parser.addPositionalArgument(QStringLiteral("feed-id"), QCoreApplication::translate("cli", "The feed's id."));
    c.parser.process(args);
    qint64 id = 0;
    if (c.parser.positionalArguments().size() != 1 || !parseId(c.parser.positionalArguments().front(), &id)
        || !c.parser.isSet(outletOption)) {
        err(c.parser.helpText());
        return Usage;
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto outlet = core.findOutlet(c.parser.value(outletOption));
    if (const auto* e = std::get_if<Error>(&outlet)) {
        return refuse(*e);
    }
    const auto r = core.moveFeed(id, std::get<qint64>(outlet));
    if (const auto* e = std::get_if<Error>(&r)) {
        return refuse(*e);
    }
    return Ok;
}

int set(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli",
        "Change a feed's settings: section, interval (minutes), retention (days), fulltext "
        "(auto|always|never), images (on|off), encoding, user-agent; an empty value restores the default."));
    c.parser.addPositionalArgument(QStringLiteral("feed-id"), QCoreApplication::translate("cli", "The feed's id."));
    c.parser.addPositionalArgument(QStringLiteral("key=value"),
                                   QCoreApplication::translate("cli", "Settings to change."),
                                   QStringLiteral("key=value..."));
    c.parser.process(args);
    const QStringList pos = c.parser.positionalArguments();
    qint64 id = 0;
    if (pos.size() < 2 || !parseId(pos.front(), &id)) {
        err(c.parser.helpText());
        return Usage;
    }
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const auto feeds = q.feeds();
    if (const auto* e = std::get_if<Error>(&feeds)) {
        err(e->detail);
        return IoError;
    }
    const FeedInfo* feed = nullptr;
    for (const FeedInfo& f : std::get<QList<FeedInfo>>(feeds)) {
        if (f.id == id) {
            feed = &f;
        }
    }
    if (!feed) {
        err(QCoreApplication::translate("cli", "No feed %1.").arg(id));
        return NotFound;
    }
    FeedOptions options = feed->options;
    QString section;
    bool sectionGiven = false;
    auto number = [](const QString& v, int* to) {
        if (v.isEmpty()) {
            *to = -1;
            return true;
        }
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok && n >= 0) {
            *to = n;
        }
        return ok && n >= 0;
    };
    for (const QString& pair : pos.mid(1)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        bool ok = eq > 0;
        if (key == QLatin1String("section")) {
            ok = ok && (value.isEmpty() || canonicalSections().contains(value));
            section = value;
            sectionGiven = true;
        } else if (key == QLatin1String("interval")) {
            ok = ok && number(value, &options.intervalMinutes);
        } else if (key == QLatin1String("retention")) {
            ok = ok && number(value, &options.retentionDays);
        } else if (key == QLatin1String("fulltext")) {
            ok = ok
                && (value.isEmpty() || value == QLatin1String("auto") || value == QLatin1String("always")
                    || value == QLatin1String("never"));
            options.fullText = value;
        } else if (key == QLatin1String("images")) {
            const QString v = value.toLower();
            const bool on = v == QLatin1String("on") || v == QLatin1String("1") || v == QLatin1String("true");
            const bool off = v == QLatin1String("off") || v == QLatin1String("0") || v == QLatin1String("false");
            ok = ok && (on || off || v.isEmpty());
            options.images = v.isEmpty() ? -1 : on ? 1 : 0;
        } else if (key == QLatin1String("encoding")) {
            options.encoding = value.toLower();
        } else if (key == QLatin1String("user-agent")) {
            options.userAgent = value;
        } else {
            ok = false;
        }
        if (!ok) {
            err(QCoreApplication::translate(
                    "cli",
                    "Cannot set '%1' (keys: section, interval, retention, fulltext, images, encoding, user-agent).")
                    .arg(pair));
            return Usage;
        }
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    if (sectionGiven) {
        if (const auto r = core.setFeedSection(id, section); std::holds_alternative<Error>(r)) {
            return refuse(std::get<Error>(r));
        }
    }
    if (const auto r = core.setFeedOptions(id, options); std::holds_alternative<Error>(r)) {
        return refuse(std::get<Error>(r));
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"subscribe",
     QT_TRANSLATE_NOOP("cli", "URL [--section ID] [--outlet NAME]"),
     QT_TRANSLATE_NOOP("cli", "find the feeds behind an address and subscribe"),
     60,
     &subscribe},
    {"unsubscribe",
     QT_TRANSLATE_NOOP("cli", "ID [--keep-starred]"),
     QT_TRANSLATE_NOOP("cli", "unsubscribe from a feed"),
     60,
     &unsubscribe},
    {"rename",
     QT_TRANSLATE_NOOP("cli", "[--outlet] ID NAME"),
     QT_TRANSLATE_NOOP("cli", "rename a feed or an outlet"),
     60,
     &rename},
    {"move",
     QT_TRANSLATE_NOOP("cli", "FEED-ID --outlet ID|NAME"),
     QT_TRANSLATE_NOOP("cli", "move a feed to another outlet"),
     60,
     &move},
    {"set",
     QT_TRANSLATE_NOOP("cli", "FEED-ID KEY=VALUE..."),
     QT_TRANSLATE_NOOP("cli", "change a feed's settings"),
     60,
     &set},
};

} // namespace
