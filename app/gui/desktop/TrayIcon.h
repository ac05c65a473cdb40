#pragma once

#include "model/Article.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

/// The system-tray icon: the unread count drawn on Sosik's icon and in the tooltip, a small menu, and the
/// optional "new articles" notification. Where the desktop has no tray, it does nothing.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void setVisible(bool visible);
    bool isVisible() const;
    void setUnread(int unread);
    int unread() const { return m_unread; }
    /// Announces new articles (at most a few headlines); nothing when `rows` is empty.
    void notifyNew(const QList<news::ArticleRow>& rows);
    /// A plain note from the tray (nothing where there is no tray).
    void showMessage(const QString& title, const QString& text);
    /// The notification's title and text for `rows` (empty when there is nothing to say).
    static QPair<QString, QString> notificationText(const QList<news::ArticleRow>& rows);
    static QIcon badgeIcon(int unread);

signals:
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    void retranslate();

    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    int m_unread = 0;
};
