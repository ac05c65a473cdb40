#pragma once

#include <QList>
#include <QObject>

#include <functional>

class ArticleListModel;
class QAction;
class QWidget;

namespace news
{
class Session;
} // namespace news

/// 오프라인 저장 and export: pin the current article, everything the list shows (a search result set or a
/// section) or a section from the navigation pane; export an article or a section as one self-contained HTML
/// file. Export reads and writes on the reader thread, never on the GUI thread.
class OfflineActions : public QObject
{
    Q_OBJECT

public:
    OfflineActions(news::Session* session, ArticleListModel* articles, QWidget* window);

    QAction* saveArticle() const { return m_saveArticle; }
    QAction* saveShown() const { return m_saveShown; }
    QAction* exportArticle() const { return m_exportArticle; }
    QAction* exportShown() const { return m_exportShown; }

    /// The article the actions apply to (the list's current one); 0 for none.
    void setCurrentArticle(qint64 id, bool saved);
    void toggleSaved();
    /// Pins everything the list shows: the loaded search results, or the whole current filter. It asks first
    /// (unless told not to again), and its message offers to take it back.
    void saveAllShown();
    /// Takes the last saveAllShown() back: the articles it pinned are no longer saved.
    void undoSaveAllShown();
    /// How the window names what the list shows ("경제", "소식데모일보"), for the question and the message.
    void setShownName(std::function<QString()> name) { m_shownName = std::move(name); }
    void exportArticleTo(const QString& path);
    void exportShownTo(const QString& path);

signals:
    void message(const QString& text);
    /// A message that offers "Undo" (undoSaveAllShown()).
    void undoableMessage(const QString& text);
    void exported(const QString& path, bool ok);

private:
    void exportIds(const QList<qint64>& ids, const QString& title, const QString& path);
    QString askPath(const QString& suggested);
    /// What the list shows, as a title for its export ("경제").
    QString shownTitle() const;
    void saveShownNow(const QString& where);
    void saved(const QList<qint64>& ids);

    news::Session* m_session;
    ArticleListModel* m_articles;
    QWidget* m_window;
    QAction* m_saveArticle;
    QAction* m_saveShown;
    QAction* m_exportArticle;
    QAction* m_exportShown;
    qint64 m_current = 0;
    bool m_currentSaved = false;
    std::function<QString()> m_shownName;
    QString m_saveWhere; // what saveAllShown() was asked for, for the message after the write
    QList<qint64> m_lastSaved; // what it pinned, for undoSaveAllShown()
};
