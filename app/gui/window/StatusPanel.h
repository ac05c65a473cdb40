#pragma once

#include <QObject>

#include <functional>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;

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
    /// "Saved for offline reading: 3 article pages, 23 images", leaving out what is none; what could not be fetched
    /// is said after it ("· could not be fetched: 2 article pages"), and a line that saved nothing says only that.
    static QString savedLine(int pages, int images, int pagesFailed = 0, int imagesFailed = 0);
    StatusPanel(QStatusBar* bar, news::Session* session);

    /// A message that goes after a while (kMessageLifetimeMs): "오프라인 저장 완료" from the start-up stood for the
    /// whole session, and a browser error stayed on 홈 (#14's walk).
    void showMessage(const QString& text);
    /// One that stays until the next: the state of the cache (read-only, full disk) and a refresh in progress.
    void showLastingMessage(const QString& text);
    /// The progress of what the shown action would take back (오프라인 저장's pages and images): the text changes,
    /// its "되돌리기" stays.
    void showProgress(const QString& text);
    static constexpr int kMessageLifetimeMs = 30000;
    void setMessageLifetime(int milliseconds); // (tests)
    /// A message with a button after it (되돌리기 after 모두 읽음): the button goes with the next message.
    void showMessageWithAction(const QString& text, const QString& actionText, std::function<void()> action);
    QString message() const;

private:
    void updateOffline();

    void showSaved();

    news::Session* m_session;
    // what the offline completion since the last refresh stored and failed: the line is built from these, not
    // from the progress counts (which count a failure as done: "본문 1건" saved for a page that failed, #14's walk)
    int m_pagesStored = 0;
    int m_pagesFailed = 0;
    int m_imagesStored = 0;
    int m_imagesFailed = 0;
    QLabel* m_text;
    QToolButton* m_action;
    std::function<void()> m_onAction;
    QString m_actionMessage; // the message shown with the action, which its progress follows
    QTimer* m_expiry;
    int m_lifetime = kMessageLifetimeMs;
    QLabel* m_offline;
    QProgressBar* m_progress;
};
