#include "subscriptions/OpmlTransfer.h"

#include "ErrorMessages.h"
#include "MainWindow.h"
#include "dialogs/LastFolder.h"
#include "model/Feed.h"
#include "model/Refresh.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "sources/OutletNames.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"
#include "window/StatusPanel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace news;

namespace
{

constexpr qint64 kMaxOpmlBytes = 64 * 1024 * 1024; // far above any real subscription list (100,000 feeds: ~15 MB)
constexpr int kShownPerGroup = 1000; // the preview lists this many of each kind; its counts are whole

QString droppedOpml(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".opml"), Qt::CaseInsensitive)) {
            return url.toLocalFile();
        }
    }
    return {};
}

struct ReadOutcome
{
    QList<NewSubscription> wanted;
    QList<OpmlRejected> rejected;
    QString error; // the reader's message: the file cannot be imported at all
};

/// Runs on a worker: the file's bytes → the subscriptions it asks for.
ReadOutcome readFile(const QString& path)
{
    ReadOutcome out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    if (file.size() > kMaxOpmlBytes) {
        out.error = OpmlTransfer::tr("the file is larger than %n MB", nullptr, int(kMaxOpmlBytes / (1024 * 1024)));
        return out;
    }
    const auto read = readOpml(file.readAll());
    if (std::holds_alternative<Error>(read)) {
        out.error = OpmlTransfer::tr("it is not an OPML file (a subscription list of a news reader)");
        return out;
    }
    const OpmlContents& contents = std::get<OpmlContents>(read);
    out.wanted = subscriptionsFor(contents.feeds, bundledCatalog());
    out.rejected = contents.rejected;
    return out;
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

OpmlTransfer::OpmlTransfer(MainWindow* window, Session* session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_import(new QAction(tr("Import OPML…"), this))
    , m_export(new QAction(tr("Export OPML…"), this))
{
    m_import->setObjectName(QStringLiteral("importOpmlAction"));
    m_import->setToolTip(tr("Subscribe to the feeds of another news reader's OPML file (you see them first)"));
    m_export->setObjectName(QStringLiteral("exportOpmlAction"));
    m_export->setToolTip(tr("Save every subscription, with its outlet and section, as an OPML file"));
    connect(m_import, &QAction::triggered, this, [this] {
        // not the static getOpenFileName: its own event loop would run under every queued result (STYLE §5)
        auto* dialog = new QFileDialog(
            m_window, tr("Import OPML"), LastFolder::get(), tr("OPML files (*.opml *.xml);;All files (*)"));
        dialog->setObjectName(QStringLiteral("importOpmlDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &LastFolder::remember);
        connect(dialog, &QFileDialog::fileSelected, this, &OpmlTransfer::importFile);
        dialog->open();
    });
    connect(m_export, &QAction::triggered, this, [this] {
        auto* dialog = new QFileDialog(m_window, tr("Export OPML"), LastFolder::get(), tr("OPML files (*.opml)"));
        dialog->setObjectName(QStringLiteral("exportOpmlDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("opml"));
        dialog->selectFile(tr("sosik-subscriptions.opml"));
        connect(dialog, &QFileDialog::fileSelected, this, &LastFolder::remember);
        connect(dialog, &QFileDialog::fileSelected, this, &OpmlTransfer::exportTo);
        dialog->open();
    });
    // a drop anywhere in the window that no pane takes reaches the window (QApplication passes it up)
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

bool OpmlTransfer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!droppedOpml(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = droppedOpml(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            importFile(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void OpmlTransfer::importFile(const QString& path)
{
    m_window->statusPanel()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // read and parsed on a worker, compared with the subscriptions on the reader thread: only the preview's first
    // rows are built here
    QPointer<OpmlTransfer> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        ReadOutcome read = readFile(path);
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, read = std::move(read)] {
                if (!self) {
                    return;
                }
                if (!read.error.isEmpty()) {
                    const QString message = tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), read.error);
                    self->showError(tr("Import OPML"), message);
                    emit self->imported(0, message);
                    return;
                }
                self->m_session->queries()->run<Preview>(
                    self,
                    [read](ArticleQueries& q) {
                        Preview p;
                        p.rejected = read.rejected;
                        const auto feeds = q.feeds();
                        if (const auto* list = std::get_if<QList<FeedInfo>>(&feeds)) {
                            for (const FeedInfo& f : *list) {
                                p.subscribedAs.insert(f.url, {f.sourceName, f.section});
                            }
                        }
                        for (const NewSubscription& n : read.wanted) {
                            (p.subscribedAs.contains(n.url) ? p.existing : p.adding).append(n);
                        }
                        return p;
                    },
                    [self, path](Preview preview) {
                        if (self) {
                            self->showPreview(preview, path);
                        }
                    });
            },
            Qt::QueuedConnection);
    });
}

void OpmlTransfer::showPreview(const Preview& p, const QString& path)
{
    m_window->statusPanel()->showMessage(QString());
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("opmlPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import OPML"));
    dialog->resize(720, 520);
    QString text = tr("<b>%1</b>: %2 to add, %3 already subscribed, %4 cannot be imported.")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped())
                       .arg(p.adding.size())
                       .arg(p.existing.size())
                       .arg(p.rejected.size());
    if (p.adding.isEmpty()) {
        text += u' '
            + (p.existing.isEmpty() ? tr("The file lists no feed that can be subscribed to.")
                                    : tr("Nothing is new: you follow every feed of this file already."));
    } else {
        text += u' ' + tr("Feeds you follow already stay as they are; the new ones are fetched right away.");
    }
    auto* summary = new QLabel(text);
    summary->setObjectName(QStringLiteral("opmlPreviewSummary"));
    summary->setWordWrap(true);
    auto* tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("opmlPreviewTree"));
    tree->setAccessibleName(tr("What the import adds, what you follow already, what it cannot import"));
    tree->setHeaderLabels({tr("Feed"), tr("Outlet"), tr("Section")});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    tree->setUniformRowHeights(true);
    tree->setRootIsDecorated(true);
    auto group = [tree](const QString& title, qsizetype count) {
        auto* item = new QTreeWidgetItem(tree, {title});
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(count > 0 && count <= 200);
        item->setDisabled(count == 0);
        return item;
    };
    auto more = [](QTreeWidgetItem* parent, qsizetype count) {
        if (count > kShownPerGroup) {
            auto* item = new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, int(count - kShownPerGroup))});
            item->setFirstColumnSpanned(true);
        }
    };
    QTreeWidgetItem* add = group(tr("To add (%1)").arg(p.adding.size()), p.adding.size());
    add->setData(0, Qt::UserRole, QStringLiteral("add"));
    for (qsizetype i = 0; i < std::min<qsizetype>(p.adding.size(), kShownPerGroup); ++i) {
        const NewSubscription& n = p.adding.at(i);
        auto* item = new QTreeWidgetItem(
            add, {n.title.isEmpty() ? n.url : n.title, n.outlet, NavigationModel::sectionTitle(n.section)});
        item->setToolTip(0, n.url);
    }
    more(add, p.adding.size());
    QTreeWidgetItem* there = group(tr("Already subscribed (%1)").arg(p.existing.size()), p.existing.size());
    there->setData(0, Qt::UserRole, QStringLiteral("existing"));
    for (qsizetype i = 0; i < std::min<qsizetype>(p.existing.size(), kShownPerGroup); ++i) {
        const NewSubscription& n = p.existing.at(i);
        const auto [outlet, section] = p.subscribedAs.value(n.url);
        auto* item = new QTreeWidgetItem(
            there, {n.title.isEmpty() ? n.url : n.title, outlet, NavigationModel::sectionTitle(section)});
        item->setToolTip(0, n.url);
    }
    more(there, p.existing.size());
    QTreeWidgetItem* bad = group(tr("Cannot be imported (%1)").arg(p.rejected.size()), p.rejected.size());
    bad->setData(0, Qt::UserRole, QStringLiteral("rejected"));
    for (qsizetype i = 0; i < std::min<qsizetype>(p.rejected.size(), kShownPerGroup); ++i) {
        const OpmlRejected& r = p.rejected.at(i);
        const QString what = r.url.isEmpty() ? r.title : r.url.left(200);
        const QString why = r.duplicate ? tr("listed twice in the file") : tr("not a web (http, https) address");
        auto* item = new QTreeWidgetItem(bad, {tr("%1 — %2").arg(what, why)});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, r.title);
    }
    more(bad, p.rejected.size());
    tree->resizeColumnToContents(1);
    tree->resizeColumnToContents(2);
    auto* buttons = new QDialogButtonBox(p.adding.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    if (!p.adding.isEmpty()) {
        QPushButton* go = buttons->addButton(tr("Subscribe to %n feed(s)", nullptr, int(p.adding.size())),
                                             QDialogButtonBox::AcceptRole);
        go->setObjectName(QStringLiteral("opmlImportButton"));
        go->setDefault(true);
        for (QAbstractButton* b : buttons->buttons()) {
            if (b != go) {
                qobject_cast<QPushButton*>(b)->setAutoDefault(false);
            }
        }
    }
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, adding = p.adding] {
        dialog->accept();
        subscribe(adding);
    });
    dialog->open();
    if (auto* go = dialog->findChild<QPushButton*>(QStringLiteral("opmlImportButton"))) {
        go->setFocus(); // Enter subscribes, whatever is first in the focus chain
    }
    emit previewShown(int(p.adding.size()), int(p.existing.size()), int(p.rejected.size()));
}

void OpmlTransfer::subscribe(const QList<NewSubscription>& feeds)
{
    m_session->cache()->subscribe(feeds, this, [this](const Result<QList<SubscriptionOutcome>>& r) {
        if (const auto* error = std::get_if<Error>(&r)) {
            const QString message = tr("The feeds could not be imported: %1").arg(ErrorMessages::describe(*error));
            showError(tr("Import OPML"), message);
            emit imported(0, message);
            return;
        }
        RefreshScope scope;
        scope.kind = RefreshScope::Kind::Feeds;
        for (const SubscriptionOutcome& o : std::get<QList<SubscriptionOutcome>>(r)) {
            if (o.added) {
                scope.feedIds.append(o.feedId);
            }
        }
        const int added = int(scope.feedIds.size());
        emit m_session->contentChanged();
        if (m_session->isOffline() || m_session->engine()->isRunning()) {
            // fetched with the next refresh (a running one already listed its feeds)
            m_window->statusPanel()->showMessage(tr("%n feed(s) imported; refresh to fetch them.", nullptr, added));
        } else {
            m_window->statusPanel()->showMessage(tr("%n feed(s) imported; refreshing.", nullptr, added));
            if (added > 0) {
                m_session->refresh(scope);
            }
        }
        emit imported(added, QString());
    });
}

void OpmlTransfer::exportTo(const QString& path)
{
    // the same list as sosik-cli export-opml, read on the writer thread and written to the file on a worker
    QPointer<OpmlTransfer> self(this);
    m_session->cache()->call<QList<OpmlFeed>>(
        this,
        [](StoreWriterCore& store) { return exportFeeds(store); },
        [self, path](const Result<QList<OpmlFeed>>& r) {
            if (!self) {
                return;
            }
            if (const auto* error = std::get_if<Error>(&r)) {
                const QString message = tr("%1 could not be written: %2").arg(displayPath(path), error->detail);
                self->showError(tr("Export OPML"), message);
                emit self->exported(path, message);
                return;
            }
            const QList<OpmlFeed> feeds = std::get<QList<OpmlFeed>>(r);
            QThreadPool::globalInstance()->start([self, path, feeds] {
                const QByteArray xml = writeOpml(feeds, QStringLiteral("Sosik"));
                QSaveFile file(path);
                const bool ok = file.open(QIODevice::WriteOnly) && file.write(xml) == xml.size() && file.commit();
                const QString error = ok ? QString() : file.errorString();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, path, error, count = int(feeds.size())] {
                        if (!self) {
                            return;
                        }
                        if (!error.isEmpty()) {
                            const QString message = tr("%1 could not be written: %2").arg(displayPath(path), error);
                            self->showError(tr("Export OPML"), message);
                            emit self->exported(path, message);
                            return;
                        }
                        self->m_window->statusPanel()->showMessage(
                            tr("%n feed(s) exported to %1", nullptr, count).arg(displayPath(path)));
                        emit self->exported(path, QString());
                    },
                    Qt::QueuedConnection);
            });
        });
}

void OpmlTransfer::showError(const QString& title, const QString& message)
{
    // the reader asked for this file: say it where they look, without a nested event loop
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("opmlErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_window->statusPanel()->showMessage(message);
}
