#pragma once

#include "model/Article.h"
#include "store/AccountStore.h"
#include "store/ArticleQueries.h"

#include <QPointer>
#include <QStandardItemModel>

/// The navigation pane: 전체 and the canonical sections with unread counts, then outlets and their feeds
/// (a failing feed shows its error quietly), then 스크랩 and 오프라인 저장.
namespace news
{
class AccountSync;
}

class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        FilterKindRole = Qt::UserRole + 1,
        SectionRole,
        IdRole,
        UnreadRole,
        ErrorRole,
        RepeatedFailureRole, // failed kRepeatedFailures times in a row: flagged in the pane
        ReasonRole, // the last error in the reader's words (ErrorMessages)
        NextRetryRole, // unix seconds of the next attempt (back-off, Retry-After), 0 = with the next refresh
        KeptRole, // true: the articles kept from unsubscribed feeds (a place of their own, never refreshed)
        AccountRole, // a sync account's heading: its id (its outlets are listed under it)
        TitleRole, // the name without its unread count (NavigationDelegate elides it, never the count)
    };
    static constexpr int kRepeatedFailures = 3;

    explicit NavigationModel(QObject* parent = nullptr);

    /// Rebuilds from fresh counts and feeds, keeping item identities where possible.
    void update(const news::UnreadCounts& counts, const QList<news::FeedInfo>& feeds);
    /// The sync accounts listed (with their status) on every update; none: no account headings.
    void setAccounts(const news::AccountSync* accounts);
    news::ArticleFilter filterAt(const QModelIndex& index) const;
    QModelIndex indexFor(const news::ArticleFilter& filter) const;

    static QString sectionTitle(const QString& section);
    /// How a feed is called under its outlet: what its title adds to the outlet's name ("경제" for "소식데모일보
    /// 경제"), 전체 기사 for a title that is only the outlet's name, else its title.
    static QString feedLabel(const QString& feedTitle, const QString& outlet);
    /// A failing feed's health for tooltips: when it last worked, when it was last tried, the next try.
    static QString healthDetails(const news::FeedInfo& feed);
    /// An account's sync status for its tooltip, like a feed's health (#16): the error, since when, the last
    /// sync, the next try, what waits to go up.
    static QString syncDetails(const news::AccountRecord& account, bool syncing, qint64 nextSync);

private:
    QStandardItem* makeItem(const QString& title, news::ArticleFilter::Kind kind, const QString& section, qint64 id);
    void setCount(QStandardItem* item, const QString& title, int unread);
    QStandardItem* makeAccountItem(const news::AccountRecord& account, const QIcon& warning);

    QPointer<const news::AccountSync> m_accounts;
};
