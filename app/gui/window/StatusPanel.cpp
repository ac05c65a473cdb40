#include "StatusPanel.h"

#include "StorageNotices.h"
#include "refresh/RefreshEngine.h"
#include "session/AccountSync.h"
#include "session/Session.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

using namespace news;

StatusPanel::StatusPanel(QStatusBar* bar, Session* session)
    : QObject(bar)
    , m_session(session)
    , m_text(new QLabel)
    , m_action(new QToolButton)
    , m_expiry(new QTimer(this))
    , m_offline(new QLabel(tr("Offline")))
    , m_progress(new QProgressBar)
{
    m_text->setObjectName(QStringLiteral("statusText"));
    // a long error must not widen the window: the label elides into its space instead of growing
    m_text->setMinimumWidth(0);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_offline->setObjectName(QStringLiteral("offlineLabel"));
    m_offline->setToolTip(tr("Sosik makes no network request; everything shown comes from the cache."));
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        m_text->clear();
        m_text->setToolTip({});
        m_action->setVisible(false);
        m_onAction = {};
    });
    m_action->setObjectName(QStringLiteral("statusActionButton"));
    // a button that looks like one: flat text read as part of the message (#14's walk)
    m_action->setAutoRaise(false);
    m_action->setVisible(false);
    connect(m_action, &QToolButton::clicked, this, [this] {
        const std::function<void()> action = std::exchange(m_onAction, {});
        m_action->setVisible(false);
        if (action) {
            action();
        }
    });
    bar->addWidget(m_text, 1);
    bar->addWidget(m_action);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_offline);
    // the accounts' sync state, like a feed's errors: quiet, in Korean, since when, with a retry (#16)
    auto* syncLabel = new QLabel;
    syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    auto* syncRetry = new QToolButton;
    syncRetry->setObjectName(QStringLiteral("syncRetryButton"));
    syncRetry->setText(tr("Retry sync"));
    syncRetry->setVisible(false);
    bar->addPermanentWidget(syncLabel);
    bar->addPermanentWidget(syncRetry);
    // a session without accounts (a test's, a one-shot command's) has no sync status to show
    if (AccountSync* accounts = session->accounts()) {
        connect(syncRetry, &QToolButton::clicked, accounts, &AccountSync::syncNow);
        connect(accounts, &AccountSync::statusChanged, syncLabel, [accounts, syncLabel, syncRetry] {
            syncLabel->setText(accounts->statusText());
            bool failing = false;
            for (const news::AccountRecord& a : accounts->accounts()) {
                failing = failing || a.lastErrorCode > 0;
            }
            syncRetry->setVisible(failing && !accounts->isSyncing());
        });
    }

    connect(session, &Session::failed, this, [this](const QString& detail) {
        showLastingMessage(tr("The cache could not be opened: %1").arg(detail));
    });
    connect(session, &Session::refreshStarted, this, [this](int feeds) {
        m_pagesStored = m_pagesFailed = m_imagesStored = m_imagesFailed = 0;
        m_progress->setRange(0, std::max(1, feeds));
        m_progress->setValue(0);
        m_progress->setVisible(feeds > 0);
        showLastingMessage(tr("Refreshing %n feed(s)…", nullptr, feeds));
    });
    connect(session, &Session::refreshProgress, this, [this](const RefreshProgress& p) {
        m_progress->setValue(p.feedsDone);
        showLastingMessage(tr("Refreshing: %1 of %2 feeds, %n new article(s)", nullptr, p.newItems)
                               .arg(p.feedsDone)
                               .arg(p.feedsTotal));
    });
    connect(session, &Session::refreshFinished, this, [this](const RefreshSummary& s) {
        m_progress->setVisible(false);
        if (m_session->isOffline()) {
            // offline is a choice (or no network), not a failure: nothing was asked of the network (#14)
            showMessage(tr("Offline: showing what is in the cache."));
            return;
        }
        if (!s.storageError.isEmpty()) {
            // what could not be saved (a full disk, #17 §8) is the news, not the count of feeds it made fail
            showLastingMessage(StorageNotices::message(s.storageError, m_session->dataDir()));
            return;
        }
        if (s.progress.feedsFailed > 0 && s.networkFailures == s.progress.feedsTotal) {
            // every feed failed before any answer: it is the connection, not "완료" with failures (#14's walk)
            showMessage(tr("No feed could be reached (%n feed(s)): check the connection. Sosik tries again later.",
                           nullptr,
                           s.progress.feedsTotal));
            return;
        }
        QString text = tr("Updated: %n new article(s)", nullptr, s.progress.newItems);
        if (s.progress.feedsFailed > 0) {
            text += QStringLiteral(" · ") + tr("%n feed(s) could not be refreshed", nullptr, s.progress.feedsFailed);
        }
        showMessage(text);
    });
    connect(
        session, &Session::completionProgress, this, [this](int pages, int pagesTotal, int images, int imagesTotal) {
            if (pagesTotal + imagesTotal == 0) {
                return; // nothing to complete: the refresh's own message stays
            }
            if (pages < pagesTotal || images < imagesTotal) {
                showProgress(tr("Saving for offline reading: %1 of %2 pages, %3 of %4 images")
                                 .arg(pages)
                                 .arg(pagesTotal)
                                 .arg(images)
                                 .arg(imagesTotal));
            }
            // all done: the finished signals say what was stored
        });
    connect(session, &Session::fullTextFinished, this, [this](int extracted, int failed) {
        m_pagesStored += extracted;
        m_pagesFailed += failed;
        showSaved();
    });
    connect(session, &Session::imagesFinished, this, [this](int stored, int failed) {
        m_imagesStored += stored;
        m_imagesFailed += failed;
        showSaved();
    });
    connect(session, &Session::offlineChanged, this, &StatusPanel::updateOffline);
    updateOffline();
}

QString StatusPanel::savedLine(int pages, int images, int pagesFailed, int imagesFailed)
{
    // what was stored, without the part that is none ("본문 0건" after every refresh read like a failure)
    const auto counts = [](int p, int i) {
        QStringList parts;
        if (p > 0) {
            parts << tr("%n article page(s)", nullptr, p);
        }
        if (i > 0) {
            parts << tr("%n image(s)", nullptr, i);
        }
        return parts.join(QStringLiteral(", "));
    };
    const QString failed = counts(pagesFailed, imagesFailed);
    if (pages + images == 0) {
        // the article is still kept (pinned) with what its feed gave: "실패" next to it in 오프라인 저장 read as a
        // contradiction (#14's walk)
        return tr("Could not fetch for offline reading: %1. What the feed gave stays readable.").arg(failed);
    }
    const QString saved = tr("Saved for offline reading: %1").arg(counts(pages, images));
    return failed.isEmpty() ? saved : saved + QStringLiteral(" · ") + tr("could not be fetched: %1").arg(failed);
}

void StatusPanel::showSaved()
{
    if (m_pagesStored + m_pagesFailed + m_imagesStored + m_imagesFailed > 0) {
        showProgress(savedLine(m_pagesStored, m_imagesStored, m_pagesFailed, m_imagesFailed));
        if (!m_action->isVisible()) {
            m_expiry->start(m_lifetime);
        }
    }
}

void StatusPanel::showMessage(const QString& text)
{
    showLastingMessage(text);
    m_expiry->start(m_lifetime);
}

void StatusPanel::showLastingMessage(const QString& text)
{
    m_expiry->stop();
    m_text->setText(text);
    m_text->setToolTip(text);
    m_action->setVisible(false);
    m_onAction = {};
}

void StatusPanel::showProgress(const QString& text)
{
    // "N건을 오프라인 저장했습니다 [되돌리기]" was replaced at once by the saving's own progress, and the undo with it
    // (#14's walk): the progress of what the button takes back keeps the button, and its time
    if (!m_action->isVisible()) {
        showLastingMessage(text);
        return;
    }
    const QString both = m_actionMessage + QStringLiteral(" · ") + text;
    m_text->setText(both);
    m_text->setToolTip(both);
}

void StatusPanel::setMessageLifetime(int milliseconds)
{
    m_lifetime = milliseconds;
}

void StatusPanel::showMessageWithAction(const QString& text, const QString& actionText, std::function<void()> action)
{
    showMessage(text);
    m_actionMessage = text;
    m_expiry->start(2 * m_lifetime); // time to find the button
    m_action->setText(actionText);
    m_onAction = std::move(action);
    m_action->setVisible(true);
}

QString StatusPanel::message() const
{
    return m_text->text();
}

void StatusPanel::updateOffline()
{
    m_offline->setVisible(m_session->isOffline());
    m_offline->setText(m_session->isOfflineByChoice() ? tr("Offline") : tr("No network"));
}
