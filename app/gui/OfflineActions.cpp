#include "OfflineActions.h"

#include "dialogs/LastFolder.h"
#include "export/HtmlExport.h"
#include "model/Article.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

using namespace news;

namespace
{

constexpr int kMaxExported = HtmlExport::kMaxArticles;

} // namespace

OfflineActions::OfflineActions(Session* session, ArticleListModel* articles, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_articles(articles)
    , m_window(window)
    , m_saveArticle(new QAction(tr("Save for offline"), this))
    , m_saveShown(new QAction(tr("Save all shown for offline"), this))
    , m_exportArticle(new QAction(tr("Export article as HTML…"), this))
    , m_exportShown(new QAction(tr("Export shown articles as HTML…"), this))
{
    m_saveArticle->setObjectName(QStringLiteral("saveOfflineAction"));
    m_saveArticle->setCheckable(true);
    m_saveArticle->setToolTip(tr("Keep this article with its full text and images, whatever the retention (P)"));
    m_saveShown->setObjectName(QStringLiteral("saveShownAction"));
    m_exportArticle->setObjectName(QStringLiteral("exportArticleAction"));
    m_exportShown->setObjectName(QStringLiteral("exportShownAction"));
    connect(m_saveArticle, &QAction::triggered, this, &OfflineActions::toggleSaved);
    connect(m_saveShown, &QAction::triggered, this, &OfflineActions::saveAllShown);
    connect(m_exportArticle, &QAction::triggered, this, [this] {
        const ArticleRow* row = nullptr;
        for (int i = 0; i < m_articles->rowCount() && !row; ++i) {
            row = m_articles->rowAt(i)->id == m_current ? m_articles->rowAt(i) : nullptr;
        }
        const QString path = askPath(row ? row->title : tr("article"));
        if (!path.isEmpty()) {
            exportArticleTo(path);
        }
    });
    connect(m_exportShown, &QAction::triggered, this, [this] {
        const QString path = askPath(shownTitle());
        if (!path.isEmpty()) {
            exportShownTo(path);
        }
    });
    connect(m_session->cache(), &Cache::savedForOffline, this, &OfflineActions::saved);
    setCurrentArticle(0, false);
}

void OfflineActions::setCurrentArticle(qint64 id, bool saved)
{
    m_current = id;
    m_currentSaved = saved;
    m_saveArticle->setEnabled(id > 0);
    m_exportArticle->setEnabled(id > 0);
    m_saveArticle->setChecked(saved);
}

void OfflineActions::toggleSaved()
{
    if (m_current <= 0) {
        return;
    }
    m_currentSaved = !m_currentSaved;
    m_saveArticle->setChecked(m_currentSaved);
    m_articles->setStatus(m_current, StatusField::Saved, m_currentSaved);
    m_session->cache()->setStatus({m_current}, StatusField::Saved, m_currentSaved);
    emit message(m_currentSaved ? tr("Saved for offline reading: full text and images are being stored.")
                                : tr("No longer saved for offline reading."));
}

void OfflineActions::saveAllShown()
{
    // it asks first: one click pinned a whole section, its pages and photos downloaded and kept whatever the
    // retention, with no way back (#14's walk)
    const QString where = m_shownName ? m_shownName() : shownTitle();
    if (!QSettings().value(QStringLiteral("ui/confirmSaveShown"), true).toBool()) {
        saveShownNow(where);
        return;
    }
    const QString question = m_articles->isSearch()
        ? tr("Save the %n search result(s) for offline reading?", nullptr, m_articles->rowCount())
        : tr("Save every article in %1 for offline reading?").arg(where);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Save for offline"), question, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("saveShownQuestion"));
    box->setInformativeText(tr("Sosik downloads their pages and photos and keeps them whatever the retention."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("&Save"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setCheckBox(new QCheckBox(tr("Do not ask again")));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, where](QAbstractButton* clicked) {
        if (clicked == yes) {
            if (box->checkBox()->isChecked()) {
                QSettings().setValue(QStringLiteral("ui/confirmSaveShown"), false);
            }
            saveShownNow(where);
        }
        box->close();
    });
    box->open(); // window-modal, and the event loop goes on
}

void OfflineActions::saveShownNow(const QString& where)
{
    m_saveWhere = where;
    if (m_articles->isSearch()) {
        QList<qint64> ids;
        QList<qint64> pinned;
        for (int i = 0; i < m_articles->rowCount(); ++i) {
            const ArticleRow* row = m_articles->rowAt(i);
            ids.append(row->id);
            if (!row->saved) {
                pinned.append(row->id);
            }
            m_articles->setStatus(row->id, StatusField::Saved, true);
        }
        if (!ids.isEmpty()) {
            m_session->cache()->setStatus(ids, StatusField::Saved, true);
        }
        saved(pinned);
        return;
    }
    m_session->cache()->saveForOffline(m_articles->filter());
}

void OfflineActions::saved(const QList<qint64>& ids)
{
    if (m_saveWhere.isEmpty()) {
        return; // not asked here
    }
    const QString where = std::exchange(m_saveWhere, {});
    m_lastSaved = ids;
    for (const qint64 id : ids) {
        m_articles->setStatus(id, StatusField::Saved, true);
    }
    if (ids.isEmpty()) {
        emit message(tr("Everything in %1 was already saved for offline reading.").arg(where));
        return;
    }
    emit undoableMessage(tr("%n article(s) in %1 saved for offline reading.", nullptr, int(ids.size())).arg(where));
}

void OfflineActions::undoSaveAllShown()
{
    const QList<qint64> ids = std::exchange(m_lastSaved, {});
    if (ids.isEmpty()) {
        return;
    }
    for (const qint64 id : ids) {
        m_articles->setStatus(id, StatusField::Saved, false);
    }
    m_session->cache()->setStatus(ids, StatusField::Saved, false);
    if (ids.contains(m_current)) {
        m_currentSaved = false;
        m_saveArticle->setChecked(false);
    }
    emit message(tr("%n article(s) no longer saved for offline reading.", nullptr, int(ids.size())));
}

QString OfflineActions::askPath(const QString& suggested)
{
    QString name = suggested.left(60);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(m_window,
                                                      tr("Export as HTML"),
                                                      QDir(LastFolder::get()).filePath(name + QStringLiteral(".html")),
                                                      tr("Web page (*.html)"));
    LastFolder::remember(path);
    return path;
}

void OfflineActions::exportArticleTo(const QString& path)
{
    if (m_current > 0) {
        exportIds({m_current}, QString(), path);
    }
}

void OfflineActions::exportShownTo(const QString& path)
{
    QList<qint64> ids;
    if (m_articles->isSearch()) {
        for (int i = 0; i < m_articles->rowCount() && ids.size() < kMaxExported; ++i) {
            ids.append(m_articles->rowAt(i)->id);
        }
        exportIds(ids, tr("Search results"), path);
        return;
    }
    // the whole filter, not just the loaded page: read the ids on the reader thread
    const ArticleFilter filter = m_articles->filter();
    m_session->queries()->run<QList<qint64>>(
        this,
        [filter](ArticleQueries& q) {
            QList<qint64> out;
            auto page = q.page(filter, {}, kMaxExported);
            if (const auto* p = std::get_if<ArticlePage>(&page)) {
                for (const ArticleRow& r : p->rows) {
                    out.append(r.id);
                }
            }
            return out;
        },
        [this, path, title = shownTitle()](QList<qint64> found) { exportIds(found, title, path); });
}

QString OfflineActions::shownTitle() const
{
    // the page and its file are named after what was shown ("경제"), not "소식 기사" whatever it was (#14 walk)
    const ArticleFilter filter = m_articles->filter();
    switch (filter.kind) {
    case ArticleFilter::Kind::Section:
        return NavigationModel::sectionTitle(filter.section);
    case ArticleFilter::Kind::All:
        return NavigationModel::tr("All");
    default:
        return tr("Sosik articles");
    }
}

void OfflineActions::exportIds(const QList<qint64>& ids, const QString& title, const QString& path)
{
    m_session->analysis()->run<HtmlExport::Written>(
        this,
        [ids, title, path](ArticleQueries& q) { return HtmlExport::writeFile(q, ids, title, path); },
        [this, path](const HtmlExport::Written& w) {
            const bool ok = w.failure == HtmlExport::Written::Failure::None;
            emit exported(path, ok);
            emit message(ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : w.error);
        });
}
