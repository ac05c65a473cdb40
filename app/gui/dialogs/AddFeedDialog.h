#pragma once

#include "sources/FeedDiscovery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace news
{
class Session;
} // namespace news

/// Add a feed from any address: a feed's own URL, or a site's page whose feeds are discovered (<link
/// rel="alternate">, feed-looking links, then the usual paths). Each feed found can be ticked and given a
/// section; OK subscribes through the same import as source definitions and refreshes.
class AddFeedDialog : public QDialog
{
    Q_OBJECT

public:
    AddFeedDialog(news::Session* session, QWidget* parent = nullptr);

    /// Starts discovery for `address` (what "Find feeds" does).
    void find(const QString& address);
    QTreeWidget* results() const { return m_results; }
    /// Subscribes to the ticked feeds (what OK does).
    void subscribe();

signals:
    void discoveryFinished(int found);
    void subscribed(int feeds);

private:
    void showFeeds(const QList<news::DiscoveredFeed>& feeds, const QString& error);

    news::Session* m_session;
    news::FeedDiscoverer* m_discoverer;
    QLineEdit* m_address;
    QPushButton* m_find;
    QLabel* m_status;
    QTreeWidget* m_results;
    QPushButton* m_ok;
};
