#include "StorageNotices.h"

#include "session/Session.h"
#include "store/Recovery.h"
#include "window/StatusPanel.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

using namespace news;

Q_LOGGING_CATEGORY(lcStorageNotices, "news.storage")

StorageNotices::StorageNotices(Session* session, StatusPanel* status, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_status(status)
    , m_window(window)
{
    connect(session, &Session::storageError, this, [this](const QString& detail) {
        m_status->showLastingMessage(message(detail, m_session->dataDir()));
        if (isDamagedCacheError(detail)) {
            offerRecovery(detail);
        }
    });
    connect(session, &Session::damaged, this, [this](const QString& detail) {
        m_status->showLastingMessage(message(detail, m_session->dataDir()));
        offerRecovery(detail);
    });
    connect(session, &Session::readOnlyOpened, this, [this] {
        m_status->showLastingMessage(
            tr("The data folder %1 is read-only: Sosik shows what it holds but cannot save anything, "
               "not even what you read.")
                .arg(QDir::toNativeSeparators(m_session->dataDir())));
    });
    connect(session, &Session::recovered, this, [this](bool ok, const QString& detail) {
        m_offered = false;
        m_status->showLastingMessage(
            ok ? tr("The cache was rebuilt; the damaged file was kept as %1.").arg(QDir::toNativeSeparators(detail))
               : tr("The cache could not be rebuilt: %1").arg(detail));
    });
}

QString StorageNotices::message(const QString& detail, const QString& dataDir)
{
    if (isDiskFullError(detail)) {
        return tr("The disk is full: nothing more can be saved in %1. Free some space on it.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    if (isDamagedCacheError(detail)) {
        return tr("The cache in %1 is damaged.").arg(QDir::toNativeSeparators(dataDir));
    }
    if (isReadOnlyError(detail)) {
        return tr("The data folder %1 is read-only: nothing can be saved.").arg(QDir::toNativeSeparators(dataDir));
    }
    // SQLite's own words are English and say little to a reader (#16's walk): they go to the log, the status bar
    // says what happened in the reader's language
    qCWarning(lcStorageNotices) << "storage error:" << detail;
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
        return tr("The cache in %1 was busy (another program is using it): the change was not saved. Try again in a "
                  "moment.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    if (detail.contains(QLatin1String("I/O error"), Qt::CaseInsensitive)) {
        return tr("The disk reported an error while saving to %1: the change was not saved.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    return tr("Sosik could not save to its cache in %1: the change was not saved. Sosik's log (standard error) has "
              "the details.")
        .arg(QDir::toNativeSeparators(dataDir));
}

void StorageNotices::offerRecovery(const QString& detail)
{
    if (m_offered) {
        return;
    }
    m_offered = true;
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("The cache is damaged"),
                                tr("Sosik's cache in %1 is damaged (%2). Sosik can keep the damaged file as a backup "
                                   "and rebuild the cache from what is still readable, keeping your subscriptions and "
                                   "what you read, starred and saved.")
                                    .arg(QDir::toNativeSeparators(m_session->dataDir()), detail),
                                QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("recoveryDialog"));
    QAbstractButton* rebuild = box->addButton(tr("Rebuild the cache"), QMessageBox::AcceptRole);
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, rebuild](QAbstractButton* button) {
        if (button == rebuild) {
            m_status->showLastingMessage(tr("Rebuilding the cache…"));
            m_session->recover();
        } else {
            m_offered = false;
        }
    });
    box->open();
}
