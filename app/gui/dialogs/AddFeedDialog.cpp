#include "AddFeedDialog.h"

#include "models/NavigationModel.h"
#include "session/Session.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/Cache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace news;

AddFeedDialog::AddFeedDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_discoverer(new FeedDiscoverer(session->engine()->fetcher()->settings(), this))
    , m_address(new QLineEdit)
    , m_find(new QPushButton(tr("Find feeds")))
    , m_status(new QLabel)
    , m_results(new QTreeWidget)
{
    setObjectName(QStringLiteral("addFeedDialog"));
    setWindowTitle(tr("Add a feed"));
    resize(720, 420);
    m_address->setObjectName(QStringLiteral("feedAddressEdit"));
    m_address->setAccessibleName(tr("Address of a site or feed"));
    m_address->setPlaceholderText(tr("A site's address or a feed's, e.g. https://www.shanghaibang.com/"));
    m_find->setObjectName(QStringLiteral("findFeedsButton"));
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("discoveredFeeds"));
    m_results->setAccessibleName(tr("Feeds found"));
    m_results->setHeaderLabels({tr("Feed"), tr("Section"), tr("Articles"), tr("Address")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Subscribe"));
    m_ok->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(m_find);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Sosik finds the feeds behind any address: a feed, or a site's page.")));
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    connect(m_find, &QPushButton::clicked, this, [this] { find(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { find(m_address->text()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        subscribe();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discoverer, &FeedDiscoverer::finished, this, &AddFeedDialog::showFeeds);
    connect(m_results, &QTreeWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
            any = any || m_results->topLevelItem(i)->checkState(0) == Qt::Checked;
        }
        m_ok->setEnabled(any);
    });
}

void AddFeedDialog::find(const QString& address)
{
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        return;
    }
    // a name, not an address ("연합뉴스"): it went out as a host name, and came back as "xn--vg1b002akocy6v을(를) 찾을
    // 수 없음" (#14's walk). The catalogue's outlets of that name are offered instead, network or not.
    if (!text.contains(u'.') && !text.contains(u':') && !text.contains(u'/')) {
        QList<DiscoveredFeed> named;
        for (const SourceDefinition& d : bundledCatalog()) {
            if (!d.nameKo.contains(text, Qt::CaseInsensitive) && !d.nameEn.contains(text, Qt::CaseInsensitive)) {
                continue;
            }
            for (const SourceSection& s : d.sections) {
                for (const QString& feed : s.feeds) {
                    named.append(
                        DiscoveredFeed{QUrl(feed),
                                       s.name.isEmpty() ? d.nameKo : QStringLiteral("%1 %2").arg(d.nameKo, s.name),
                                       0,
                                       s.section,
                                       d.nameKo,
                                       {}});
                }
            }
        }
        if (named.isEmpty()) {
            m_results->clear();
            m_ok->setEnabled(false);
            m_status->setText(tr("“%1” is not an address, and no outlet in the catalogue has that name. Type the "
                                 "site's address, such as news.example.co.kr.")
                                  .arg(text));
            emit discoveryFinished(0);
            return;
        }
        showFeeds(named, {});
        return;
    }
    if (m_session->isOffline()) {
        m_status->setText(tr("Sosik is offline: finding feeds needs the network."));
        return;
    }
    m_results->clear();
    m_ok->setEnabled(false);
    m_find->setEnabled(false);
    m_status->setText(tr("Looking for feeds…"));
    m_discoverer->discover(QUrl::fromUserInput(text));
}

void AddFeedDialog::showFeeds(const QList<DiscoveredFeed>& feeds, const QString& error)
{
    m_find->setEnabled(true);
    m_results->clear();
    if (feeds.isEmpty()) {
        m_status->setText(tr("No feed found at this address (%1).").arg(error));
        emit discoveryFinished(0);
        return;
    }
    m_status->setText(
        tr("%n feed(s) found. Tick the ones to subscribe to and choose their sections.", nullptr, int(feeds.size())));
    for (const DiscoveredFeed& f : feeds) {
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, f.title.isEmpty() ? f.url.toString() : f.title);
        item->setText(2, QString::number(f.items));
        item->setText(3, f.url.toString());
        item->setData(0, Qt::UserRole, f.url);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, feeds.size() == 1 ? Qt::Checked : Qt::Unchecked);
        auto* section = new QComboBox;
        section->setAccessibleName(tr("Section for %1").arg(item->text(0)));
        for (const QString& s : canonicalSections()) {
            section->addItem(NavigationModel::sectionTitle(s), s);
        }
        section->setCurrentIndex(std::max(0, section->findData(f.section)));
        m_results->setItemWidget(item, 1, section);
    }
    m_ok->setEnabled(feeds.size() == 1);
    emit discoveryFinished(int(feeds.size()));
}

void AddFeedDialog::subscribe()
{
    // one custom source per site, its feeds in their sections
    QHash<QString, SourceDefinition> bySite;
    int count = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_results->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) {
            continue;
        }
        const QUrl url = item->data(0, Qt::UserRole).toUrl();
        const auto* combo = qobject_cast<QComboBox*>(m_results->itemWidget(item, 1));
        const QString host = url.host().startsWith(QLatin1String("www.")) ? url.host().mid(4) : url.host();
        SourceDefinition& def = bySite[host];
        if (def.id.isEmpty()) {
            def.id = QStringLiteral("web:") + host;
            def.nameKo = host;
            def.nameEn = host;
            def.homepage = url.scheme() + QStringLiteral("://") + url.host() + u'/';
            def.kind = QStringLiteral("custom");
        }
        SourceSection section;
        section.section = combo ? combo->currentData().toString() : QStringLiteral("general");
        section.name = item->text(0);
        section.feeds = {url.toString()};
        def.sections.append(section);
        ++count;
    }
    if (count == 0) {
        return;
    }
    QList<SubscriptionRecord> subscriptions;
    for (const SourceDefinition& d : bySite) {
        subscriptions.append(subscriptionOf(d));
    }
    m_session->cache()->importSubscriptions(
        subscriptions, m_session, [session = m_session](const Result<QList<qint64>>&) {
            session->refresh(); // a failure went to the cache's storageError (the status bar)
        });
    emit subscribed(count);
}
