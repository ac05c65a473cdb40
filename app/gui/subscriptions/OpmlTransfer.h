#pragma once

#include "model/Subscription.h"
#include "sources/Opml.h"

#include <QHash>
#include <QObject>

class MainWindow;
class QAction;

namespace news
{
class Session;
} // namespace news

/// OPML import and export in the window (#15): 파일 → OPML 가져오기… / OPML 내보내기…, and an .opml file dropped on
/// the window. An import shows first what will be added, what is subscribed already and what cannot be (with
/// why); nothing is duplicated, and what is added is refreshed at once. The export keeps outlets as folders and
/// sections as categories (and whether a section is the reader's choice), so that an import restores both.
/// Files are read, parsed, compared and written off the GUI thread: a list of 100,000 outlines never stalls it.
class OpmlTransfer : public QObject
{
    Q_OBJECT

public:
    OpmlTransfer(MainWindow* window, news::Session* session);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    /// Reads `path` and shows the preview (opmlPreviewDialog), or says why the file cannot be imported
    /// (opmlErrorBox); subscribing happens when the reader accepts the preview.
    void importFile(const QString& path);
    /// Writes every subscription to `path`.
    void exportTo(const QString& path);

    /// What an import would do; each list in the file's order.
    struct Preview
    {
        QList<news::NewSubscription> adding;
        QList<news::NewSubscription> existing;
        QHash<QString, QPair<QString, QString>> subscribedAs; // url → outlet, section it is subscribed under
        QList<news::OpmlRejected> rejected;
    };

signals:
    /// The preview is shown: how many outlines would be added, are there already, cannot be imported.
    void previewShown(int added, int existing, int invalid);
    /// The import ended: `added` feeds were subscribed, or `error` (the reader's message) says why nothing was.
    void imported(int added, const QString& error);
    void exported(const QString& path, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPreview(const Preview& preview, const QString& path);
    void subscribe(const QList<news::NewSubscription>& feeds);
    void showError(const QString& title, const QString& message);

    MainWindow* m_window;
    news::Session* m_session;
    QAction* m_import;
    QAction* m_export;
};
