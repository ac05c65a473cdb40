#include "NavigationModel.h"

#include "ErrorMessages.h"
#include "model/Article.h"
#include "model/Feed.h"
#include "render/PortalTime.h"
#include "session/AccountSync.h"
#include "sources/SourceCatalog.h"

#include <QApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStyle>
#include <QTimeZone>
#include <QUrl>

using namespace news;

NavigationModel::NavigationModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Sections")});
}

QString NavigationModel::sectionTitle(const QString& section)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("general"), QT_TR_NOOP("General")},
        {QStringLiteral("politics"), QT_TR_NOOP("Politics")},
        {QStringLiteral("economy"), QT_TR_NOOP("Economy")},
        {QStringLiteral("society"), QT_TR_NOOP("Society")},
        {QStringLiteral("world"), QT_TR_NOOP("World")},
        {QStringLiteral("culture"), QT_TR_NOOP("Culture")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Opinion")},
        {QStringLiteral("sports"), QT_TR_NOOP("Sports")},
        {QStringLiteral("entertainment"), QT_TR_NOOP("Entertainment")},
        {QStringLiteral("it"), QT_TR_NOOP("IT & Science")},
        {QStringLiteral("local"), QT_TR_NOOP("Local & Community")},
    };
    const char* title = titles.value(section);
    return title ? tr(title) : section;
}

QString NavigationModel::healthDetails(const FeedInfo& feed)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto when = [&zone](qint64 seconds) { return PortalTime::localDateTime(seconds, zone); };
    QStringList lines;
    if (feed.failingSince > 0) {
        lines << tr("Failing since: %1").arg(when(feed.failingSince));
    }
    lines << (feed.lastSuccess > 0 ? tr("Last worked: %1").arg(when(feed.lastSuccess)) : tr("Has never worked yet"));
    if (feed.lastFetch > 0) {
        lines << tr("Last tried: %1").arg(when(feed.lastFetch));
    }
    if (feed.disabled) {
        lines << tr("No longer refreshed");
    } else if (feed.nextFetch > QDateTime::currentSecsSinceEpoch()) {
        lines << tr("Next try: %1").arg(when(feed.nextFetch));
    } else {
        lines << tr("Next try: with the next refresh");
    }
    lines << feed.url;
    return lines.join(u'\n');
}

void NavigationModel::setAccounts(const AccountSync* accounts)
{
    m_accounts = accounts;
}

QString NavigationModel::syncDetails(const AccountRecord& account, bool syncing, qint64 nextSync)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto when = [&zone](qint64 seconds) { return PortalTime::localDateTime(seconds, zone); };
    const bool failing = account.lastErrorCode > 0;
    QStringList lines;
    if (failing) {
        lines << AccountSync::errorText(ErrorCode(account.lastErrorCode - 1), account.lastHttpStatus);
        if (account.failingSince > 0) {
            lines << tr("Failing since: %1").arg(when(account.failingSince));
        }
    }
    lines << (account.lastSync > 0 ? tr("Last synced: %1").arg(when(account.lastSync)) : tr("Not synced yet"));
    if (syncing) {
        lines << tr("Syncing now…");
    } else if (nextSync == 0) {
        lines << (failing ? tr("Next try: when the network is back") : tr("Next sync: when the network is back"));
    } else if (nextSync < 0) {
        lines << (failing ? tr("Next try: when you choose Sync now") : tr("Syncs only when you choose Sync now"));
    } else {
        lines << (failing ? tr("Next try: %1") : tr("Next sync: %1")).arg(when(nextSync));
    }
    if (account.pending > 0) {
        lines << tr("%n change(s) waiting to go up", nullptr, account.pending);
    }
    lines << tr("%1 at %2").arg(account.username, account.url);
    return lines.join(u'\n');
}

QStandardItem* NavigationModel::makeAccountItem(const AccountRecord& account, const QIcon& warning)
{
    const QUrl url(account.url);
    const QString host = url.host().isEmpty() ? account.url : url.host();
    //: a heading in the navigation pane: the outlets that come from a Tiny Tiny RSS account on this server
    auto* item = makeItem(tr("Sync · %1").arg(host), ArticleFilter::Kind::All, {}, -1);
    item->setSelectable(false);
    item->setData(account.id, AccountRole);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    const bool syncing = m_accounts && m_accounts->isSyncing();
    const qint64 next = m_accounts ? m_accounts->nextSync(account.id) : -1;
    const QString details = syncDetails(account, syncing, next);
    if (account.lastErrorCode > 0) {
        // like a failing feed (#16): a quiet mark, the reason in Korean, since when and the next try
        const QString reason = AccountSync::errorText(ErrorCode(account.lastErrorCode - 1), account.lastHttpStatus);
        const QString error = account.failingSince > 0
            ? tr("Sync failing since %1: %2")
                  .arg(PortalTime::localDateTime(account.failingSince, QTimeZone::systemTimeZone()), reason)
            : tr("Sync failed: %1").arg(reason);
        item->setIcon(warning);
        item->setData(reason, ReasonRole);
        item->setData(error, ErrorRole);
        item->setData(next, NextRetryRole);
        item->setToolTip(error + u'\n' + details.section(u'\n', account.failingSince > 0 ? 2 : 1));
        item->setData(QString(item->text() + QStringLiteral(", ") + error), Qt::AccessibleTextRole);
    } else {
        item->setToolTip(details);
        item->setData(QString(item->text() + QStringLiteral(", ") + details.section(u'\n', 0, 0)),
                      Qt::AccessibleTextRole);
    }
    return item;
}

QStandardItem*
NavigationModel::makeItem(const QString& title, ArticleFilter::Kind kind, const QString& section, qint64 id)
{
    auto* item = new QStandardItem(title);
    item->setEditable(false);
    item->setData(int(kind), FilterKindRole);
    item->setData(section, SectionRole);
    item->setData(id, IdRole);
    item->setData(title, Qt::AccessibleTextRole);
    item->setData(title, TitleRole);
    return item;
}

void NavigationModel::setCount(QStandardItem* item, const QString& title, int unread)
{
    item->setData(unread, UnreadRole);
    item->setData(title, TitleRole);
    item->setText(unread > 0 ? QStringLiteral("%1  (%2)").arg(title).arg(unread) : title);
    item->setData(unread > 0 ? tr("%1, %n unread", nullptr, unread).arg(title) : title, Qt::AccessibleTextRole);
    QFont f = item->font();
    f.setBold(unread > 0);
    item->setFont(f);
}

QString NavigationModel::feedLabel(const QString& feedTitle, const QString& outlet)
{
    // under its outlet, a feed is called by what its title adds to the outlet's name: "소식데모일보 경제" reads 경제
    // (every feed read "소식데모일보 …" in a narrow pane, #14's walk), and one called like its outlet ("테크 소식 ▸
    // 테크 소식") is the outlet's whole feed: 전체 기사, as portals say
    const QString title = feedTitle.simplified();
    const QString name = outlet.simplified();
    if (name.isEmpty() || !title.startsWith(name, Qt::CaseInsensitive)) {
        return feedTitle;
    }
    QString rest = title.mid(name.size());
    static const QRegularExpression lead(QStringLiteral("^[\\s:|>\\-–—»·/]+"));
    if (!rest.isEmpty() && !lead.match(rest).hasMatch()) {
        return feedTitle; // "한국경제TV" under 한국경제: another name, not a section of it
    }
    rest.remove(lead);
    return rest.isEmpty() ? tr("All articles") : rest;
}

void NavigationModel::update(const UnreadCounts& counts, const QList<FeedInfo>& feeds)
{
    clear();
    setHorizontalHeaderLabels({tr("Sections")});
    QStandardItem* root = invisibleRootItem();
    auto* all = makeItem(tr("All"), ArticleFilter::Kind::All, {}, 0);
    setCount(all, tr("All"), counts.all);
    root->appendRow(all);
    for (const QString& section : canonicalSections()) {
        const QString title = sectionTitle(section);
        auto* item = makeItem(title, ArticleFilter::Kind::Section, section, 0);
        setCount(item, title, counts.bySection.value(section));
        root->appendRow(item);
    }
    // outlets and their feeds
    auto* outlets = makeItem(tr("Outlets"), ArticleFilter::Kind::All, {}, -1);
    outlets->setSelectable(false);
    QFont bold = outlets->font();
    bold.setBold(true);
    outlets->setFont(bold);
    QHash<qint64, QStandardItem*> sources;
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // each sync account is a heading of its own, after the outlets, with the outlets it brings (#16)
    QList<QStandardItem*> accountItems;
    QHash<qint64, QStandardItem*> accounts;
    if (m_accounts) {
        for (const AccountRecord& a : m_accounts->accounts()) {
            QStandardItem* item = makeAccountItem(a, warning);
            accounts.insert(a.id, item);
            accountItems.append(item);
        }
    }
    auto parentOf = [&](const FeedInfo& f) -> QStandardItem* {
        // account outlets are keyed "account:<id>:<remote feed>" (AccountStore)
        if (f.sourceKey.startsWith(QLatin1String("account:"))) {
            if (QStandardItem* account = accounts.value(f.sourceKey.section(u':', 1, 1).toLongLong())) {
                return account;
            }
        }
        return outlets;
    };
    const FeedInfo* kept = nullptr;
    for (const FeedInfo& f : feeds) {
        if (f.kind == QLatin1String("kept")) {
            kept = &f; // not an outlet: listed with the scrapbook below
            continue;
        }
        if (f.kind == QLatin1String("ranking")) {
            continue;
        }
        QStandardItem* source = sources.value(f.sourceId);
        if (!source) {
            source = makeItem(f.sourceName, ArticleFilter::Kind::Source, {}, f.sourceId);
            sources.insert(f.sourceId, source);
            parentOf(f)->appendRow(source);
        }
        const QString title = feedLabel(f.title.isEmpty() ? f.url : f.title, f.sourceName);
        auto* feed = makeItem(title, ArticleFilter::Kind::Feed, f.section, f.id);
        setCount(feed, title, counts.byFeed.value(f.id));
        if (f.lastErrorCode != 0 || f.disabled) {
            feed->setIcon(warning);
            const QString reason = ErrorMessages::describeStored(f.lastErrorCode, f.lastStatus, f.lastError);
            QString error = f.disabled ? tr("This feed is gone (HTTP 410) and is no longer refreshed.")
                                       : tr("Last refresh failed: %1").arg(reason);
            if (!f.disabled && f.failureCount >= kRepeatedFailures) {
                // flagged, never dropped: the reader decides what to do with a feed that keeps failing
                error = tr("Failed %n time(s) in a row: %1", nullptr, f.failureCount).arg(reason);
                feed->setData(true, RepeatedFailureRole);
                source->setIcon(warning);
                source->setToolTip(tr("Some feeds of this outlet keep failing."));
            }
            feed->setToolTip(error + u'\n' + healthDetails(f));
            feed->setData(reason, ReasonRole);
            feed->setData(f.nextFetch, NextRetryRole);
            feed->setData(error, ErrorRole);
            feed->setData(QString(feed->data(Qt::AccessibleTextRole).toString() + QStringLiteral(", ") + error),
                          Qt::AccessibleTextRole);
        } else {
            feed->setToolTip(f.title.isEmpty() || f.title == title ? f.url : f.title + u'\n' + f.url);
        }
        source->appendRow(feed);
    }
    for (QStandardItem* source : std::as_const(sources)) {
        int unread = 0;
        for (int i = 0; i < source->rowCount(); ++i) {
            unread += source->child(i)->data(UnreadRole).toInt();
        }
        setCount(source, source->data(Qt::AccessibleTextRole).toString().section(u',', 0, 0), unread);
    }
    if (outlets->hasChildren()) {
        root->appendRow(outlets);
    } else {
        delete outlets; // no local outlet (none yet, or every feed comes from an account): no empty heading
    }
    for (QStandardItem* account : std::as_const(accountItems)) {
        root->appendRow(account);
    }
    auto* starred = makeItem(tr("Scrapbook"), ArticleFilter::Kind::Starred, {}, 0);
    starred->setText(counts.starred > 0 ? QStringLiteral("%1  (%2)").arg(tr("Scrapbook")).arg(counts.starred)
                                        : tr("Scrapbook"));
    root->appendRow(starred);
    auto* saved = makeItem(tr("Saved for offline"), ArticleFilter::Kind::Saved, {}, 0);
    saved->setText(counts.saved > 0 ? QStringLiteral("%1  (%2)").arg(tr("Saved for offline")).arg(counts.saved)
                                    : tr("Saved for offline"));
    root->appendRow(saved);
    // starred and saved articles of feeds the reader unsubscribed from: kept where the scrapbook is, not as a feed
    if (kept && kept->articleCount > 0) {
        const QString title = tr("Kept from unsubscribed feeds");
        auto* item = makeItem(title, ArticleFilter::Kind::Feed, {}, kept->id);
        item->setText(QStringLiteral("%1  (%2)").arg(title).arg(kept->articleCount));
        item->setData(true, KeptRole);
        item->setToolTip(tr("Starred and saved articles of the feeds you unsubscribed from. Nothing here is "
                            "refreshed or deleted by retention while it stays starred or saved."));
        root->appendRow(item);
    }
}

ArticleFilter NavigationModel::filterAt(const QModelIndex& index) const
{
    ArticleFilter f;
    if (!index.isValid()) {
        return f;
    }
    f.kind = ArticleFilter::Kind(index.data(FilterKindRole).toInt());
    f.section = index.data(SectionRole).toString();
    f.id = index.data(IdRole).toLongLong();
    if (f.kind != ArticleFilter::Kind::Section) {
        f.section.clear();
    }
    return f;
}

QModelIndex NavigationModel::indexFor(const ArticleFilter& filter) const
{
    const QModelIndexList all
        = match(index(0, 0), FilterKindRole, int(filter.kind), -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& i : all) {
        if (filterAt(i) == filter) {
            return i;
        }
    }
    return {};
}
