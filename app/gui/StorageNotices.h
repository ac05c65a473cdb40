#pragma once

#include <QObject>

class StatusPanel;
class QWidget;

namespace news
{
class Session;
} // namespace news

/// What the window says when the cache cannot do its job (#17): a save that failed (a full disk, named with its
/// folder), a read-only data folder, and a damaged cache, for which it offers the rebuild (Session::recover).
class StorageNotices : public QObject
{
    Q_OBJECT

public:
    StorageNotices(news::Session* session, StatusPanel* status, QWidget* window);

    /// The sentence for a storage failure's technical detail.
    static QString message(const QString& detail, const QString& dataDir);

private:
    void offerRecovery(const QString& detail);
    news::Session* m_session;
    StatusPanel* m_status;
    QWidget* m_window;
    bool m_offered = false;
};
