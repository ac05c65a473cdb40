#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace news
{
class Session;
} // namespace news

/// The status bar: refresh progress, the offline state and quiet messages (errors never interrupt reading).
/// It follows the session's signals by itself.
class StatusPanel : public QObject
{
    Q_OBJECT

public:
    /// "Saved for offline reading: 3 article pages, 23 images", leaving out what is none.
    static QString savedLine(int pages, int images);
    StatusPanel(QStatusBar* bar, news::Session* session);

    void showMessage(const QString& text);
    QString message() const;

private:
    void updateOffline();

    news::Session* m_session;
    QLabel* m_text;
    QLabel* m_offline;
    QProgressBar* m_progress;
};
