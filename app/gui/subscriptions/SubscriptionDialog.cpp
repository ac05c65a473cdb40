#include "subscriptions/SubscriptionDialog.h"

#include "ErrorMessages.h"
#include "dialogs/AddFeedDialog.h"
#include "model/FeedDocument.h"
#include "model/Refresh.h"
#include "model/Subscription.h"
#include "models/NavigationModel.h"
#include "normalize/SectionWords.h"
#include "parse/FeedParser.h"
#include "render/PortalTime.h"
#include "session/Session.h"
#include "sources/SourceCatalog.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDataStream>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace news;

namespace
{

enum Role
{
    KindRole = Qt::UserRole + 1, // "outlet" | "feed"
    IdRole,
};

constexpr int kUndoMilliseconds = 10000;

/// A feed's 보관 기간: -1 follows the app's setting, 0 keeps its articles forever, else so many days.
class RetentionSpinBox : public QSpinBox
{
public:
    RetentionSpinBox()
    {
        setRange(-1, 3650);
        setSpecialValueText(SubscriptionDialog::tr("As the app"));
        setSuffix(SubscriptionDialog::tr(" days"));
        connect(this, &QSpinBox::valueChanged, this, [this](int days) {
            setSuffix(days == 0 ? QString() : SubscriptionDialog::tr(" days"));
        });
    }

protected:
    QString textFromValue(int value) const override
    {
        return value == 0 ? SubscriptionDialog::tr("Forever") : QSpinBox::textFromValue(value);
    }
    int valueFromText(const QString& text) const override
    {
        return text == SubscriptionDialog::tr("Forever") ? 0 : QSpinBox::valueFromText(text);
    }
    QValidator::State validate(QString& text, int& pos) const override
    {
        return text == SubscriptionDialog::tr("Forever") ? QValidator::Acceptable : QSpinBox::validate(text, pos);
    }
};

// The wheel scrolls the form, not the field under the pointer: scrolling past 기사 보관 changed it (#14's walk).
// A field takes the wheel once it has the focus (a click or Tab).
class WheelOnlyWhenFocused : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() == QEvent::Wheel && widget && !widget->hasFocus()) {
            if (QWidget* parent = widget->parentWidget()) {
                QCoreApplication::sendEvent(parent, event);
            }
            return true;
        }
        return false;
    }
};

} // namespace

QList<qint64> SubscriptionTree::draggedFeeds(const QMimeData* mime)
{
    // the item views' own format: per item its row, column and roles, ours (kind, id) among them
    const QString format = QStringLiteral("application/x-qabstractitemmodeldatalist");
    if (!mime || !mime->hasFormat(format)) {
        return {};
    }
    QByteArray bytes = mime->data(format);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    QList<qint64> feeds;
    while (!stream.atEnd()) {
        int row = 0;
        int column = 0;
        QMap<int, QVariant> roles;
        stream >> row >> column >> roles;
        if (stream.status() != QDataStream::Ok) {
            return {};
        }
        if (column == 0 && roles.value(KindRole).toString() == QLatin1String("feed")) {
            feeds.append(roles.value(IdRole).toLongLong());
        }
    }
    return feeds;
}

QTreeWidgetItem* SubscriptionTree::outletAt(const QPoint& pos) const
{
    QTreeWidgetItem* target = itemAt(pos);
    if (target && target->data(0, KindRole).toString() == QLatin1String("feed")) {
        target = target->parent();
    }
    return target && target->data(0, KindRole).toString() == QLatin1String("outlet") ? target : nullptr;
}

void SubscriptionTree::dragEnterEvent(QDragEnterEvent* event)
{
    QTreeWidget::dragEnterEvent(event); // auto-scroll and the drop indicator
    if (draggedFeeds(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void SubscriptionTree::dragMoveEvent(QDragMoveEvent* event)
{
    QTreeWidget::dragMoveEvent(event);
    if (draggedFeeds(event->mimeData()).isEmpty() || !outletAt(event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void SubscriptionTree::dropEvent(QDropEvent* event)
{
    // the tree is rebuilt from the cache after the move: the view itself moves nothing
    const QList<qint64> feeds = draggedFeeds(event->mimeData());
    QTreeWidgetItem* target = outletAt(event->position().toPoint());
    if (feeds.isEmpty() || !target) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    for (qint64 feed : feeds) {
        emit feedDropped(feed, target->data(0, IdRole).toLongLong());
    }
}

SubscriptionDialog::SubscriptionDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tree(new SubscriptionTree)
    , m_heading(new QLabel)
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_saveAddress(new QPushButton(tr("Check and save")))
    , m_outlet(new QComboBox)
    , m_section(new QComboBox)
    , m_byCategory(new QCheckBox(tr("Sort items by their own categories")))
    , m_mapping(new QTableWidget)
    , m_health(new QLabel)
    , m_retry(new QPushButton(tr("Try again now")))
    , m_interval(new QSpinBox)
    , m_retention(new RetentionSpinBox)
    , m_fullText(new QComboBox)
    , m_images(new QComboBox)
    , m_encoding(new QComboBox)
    , m_userAgent(new QLineEdit)
    , m_apply(new QPushButton(tr("Apply settings")))
    , m_unsubscribe(new QPushButton(tr("Unsubscribe…")))
    , m_addFeed(new QPushButton(tr("Add feed…")))
    , m_message(new QLabel)
    , m_undoBar(new QWidget)
    , m_undoText(new QLabel)
    , m_undoTimer(new QTimer(this))
    , m_feedPane(new QWidget)
    , m_outletPane(new QWidget)
    , m_outletInterval(new QSpinBox)
    , m_applyOutlet(new QPushButton(tr("Apply to the outlet")))
{
    setObjectName(QStringLiteral("subscriptionDialog"));
    setWindowTitle(tr("Manage subscriptions"));
    resize(940, 640);

    m_tree->setObjectName(QStringLiteral("subscriptionTree"));
    m_tree->setAccessibleName(tr("Outlets and their feeds"));
    m_tree->setHeaderLabels({tr("Outlet / feed"), tr("Section"), tr("State")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // a section's name is short
    // long names end in "…" (their tooltip holds the whole name), never a horizontal scrollbar (#14)
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);

    m_heading->setObjectName(QStringLiteral("subscriptionHeading"));
    m_heading->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("subscriptionNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_address->setObjectName(QStringLiteral("subscriptionAddressEdit"));
    m_address->setAccessibleName(tr("Feed address"));
    m_saveAddress->setObjectName(QStringLiteral("saveAddressButton"));
    m_outlet->setObjectName(QStringLiteral("subscriptionOutletCombo"));
    m_outlet->setAccessibleName(tr("Outlet"));
    m_section->setObjectName(QStringLiteral("subscriptionSectionCombo"));
    m_section->setAccessibleName(tr("Section"));
    for (const QString& s : canonicalSections()) {
        m_section->addItem(NavigationModel::sectionTitle(s), s);
    }
    m_byCategory->setObjectName(QStringLiteral("sortByCategoryCheck"));
    m_byCategory->setToolTip(tr("Items that name a section in their categories (사설, 경제 …) go to that section; "
                                "the others to the feed's."));
    m_mapping->setObjectName(QStringLiteral("categoryMappingTable"));
    m_mapping->setAccessibleName(tr("Category words and the sections they stand for"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Category word"), tr("Section")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setRowCount(int(sectionWords().size()));
    for (int i = 0; i < sectionWords().size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(sectionWords().at(i).word));
        m_mapping->setItem(i, 1, new QTableWidgetItem(NavigationModel::sectionTitle(sectionWords().at(i).section)));
    }
    m_mapping->setMinimumHeight(110);
    m_health->setObjectName(QStringLiteral("feedHealthLabel"));
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryFeedButton"));
    m_retry->setToolTip(tr("Refresh this feed now, past its back-off"));
    m_interval->setObjectName(QStringLiteral("feedIntervalSpin"));
    m_interval->setAccessibleName(tr("Refresh at most every (minutes)"));
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_outletInterval->setObjectName(QStringLiteral("outletIntervalSpin"));
    m_outletInterval->setAccessibleName(tr("Refresh this outlet's feeds at most every (minutes)"));
    m_outletInterval->setRange(0, 7 * 24 * 60);
    m_outletInterval->setSpecialValueText(tr("As the app"));
    m_outletInterval->setSuffix(tr(" min"));
    m_applyOutlet->setObjectName(QStringLiteral("applyOutletButton"));
    m_retention->setObjectName(QStringLiteral("feedRetentionSpin"));
    m_retention->setAccessibleName(tr("Keep articles for (days)"));
    m_fullText->setObjectName(QStringLiteral("feedFullTextCombo"));
    m_fullText->setAccessibleName(tr("Full text"));
    m_fullText->addItem(tr("As the outlet"), QString());
    m_fullText->addItem(tr("When the feed has only summaries"), QStringLiteral("auto"));
    m_fullText->addItem(tr("Always"), QStringLiteral("always"));
    m_fullText->addItem(tr("Never"), QStringLiteral("never"));
    m_images->setObjectName(QStringLiteral("feedImagesCombo"));
    m_images->setAccessibleName(tr("Images"));
    m_images->addItem(tr("As the outlet"), -1);
    m_images->addItem(tr("Store them"), 1);
    m_images->addItem(tr("Do not store them"), 0);
    m_encoding->setObjectName(QStringLiteral("feedEncodingCombo"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("As declared"), QString());
    for (const char* e : {"utf-8", "euc-kr", "cp949", "gb18030", "big5"}) {
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    }
    m_userAgent->setObjectName(QStringLiteral("feedUserAgentEdit"));
    m_userAgent->setAccessibleName(tr("User-Agent"));
    m_userAgent->setPlaceholderText(tr("Sosik's own"));
    m_apply->setObjectName(QStringLiteral("applyFeedSettingsButton"));
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribeButton"));
    m_message->setObjectName(QStringLiteral("subscriptionMessage"));
    m_message->setWordWrap(true);

    // the undo bar under the tree
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto* undo = new QPushButton(tr("Undo"));
    undo->setObjectName(QStringLiteral("undoButton"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undo);
    m_undoBar->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMilliseconds);
    auto* wheelGuard = new WheelOnlyWhenFocused(this);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_outlet, m_section, m_interval, m_retention, m_fullText, m_images, m_encoding, m_outletInterval}) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(wheelGuard);
    }

    // the details of the selected feed (or outlet)
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_saveAddress);
    // a row that is a layout gets a label of its own, with its field as buddy: QFormLayout gives a layout's label
    // none, and "이름(&N):" showed its "&" (#14's walk)
    const auto labelFor = [](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Name:"), m_name), nameRow);
    auto* feedForm = new QFormLayout(m_feedPane);
    feedForm->setContentsMargins(0, 0, 0, 0);
    feedForm->addRow(labelFor(tr("&Address:"), m_address), addressRow);
    feedForm->addRow(tr("&Outlet:"), m_outlet);
    feedForm->addRow(tr("S&ection:"), m_section);
    feedForm->addRow(QString(), m_byCategory);
    feedForm->addRow(tr("Categories:"), m_mapping);
    auto* healthRow = new QHBoxLayout;
    healthRow->addWidget(m_health, 1);
    healthRow->addWidget(m_retry);
    feedForm->addRow(tr("State:"), healthRow);
    auto* settingsBox = new QGroupBox(tr("Settings of this feed"));
    auto* settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(tr("Refresh &interval:"), m_interval);
    settingsForm->addRow(tr("&Keep articles:"), m_retention);
    settingsForm->addRow(tr("&Full text:"), m_fullText);
    settingsForm->addRow(tr("I&mages:"), m_images);
    settingsForm->addRow(tr("En&coding:"), m_encoding);
    settingsForm->addRow(tr("&User-Agent:"), m_userAgent);
    settingsForm->addRow(QString(), m_apply);
    feedForm->addRow(settingsBox);
    auto* outletBox = new QGroupBox(tr("Settings of this outlet"));
    auto* outletForm = new QFormLayout(outletBox);
    outletForm->addRow(tr("Refresh &interval:"), m_outletInterval);
    auto* outletNote = new QLabel(tr("Every feed of this outlet follows it, except those with an interval of their "
                                     "own."));
    outletNote->setWordWrap(true);
    outletForm->addRow(QString(), outletNote);
    outletForm->addRow(QString(), m_applyOutlet);
    auto* outletLayout = new QVBoxLayout(m_outletPane);
    outletLayout->setContentsMargins(0, 0, 0, 0);
    outletLayout->addWidget(outletBox);
    m_outletPane->hide();
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_outletPane);
    detailsLayout->addWidget(m_feedPane);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_undoBar);
    auto* leftButtons = new QHBoxLayout;
    // the feeds are added here too, not only from the main window's toolbar (#14's walk)
    m_addFeed->setObjectName(QStringLiteral("addFeedButton"));
    leftButtons->addWidget(m_addFeed);
    leftButtons->addWidget(m_unsubscribe);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) {
            showFeed(nullptr);
        } else if (item->data(0, KindRole).toString() == QLatin1String("outlet")) {
            showOutlet(item->data(0, IdRole).toLongLong(), item->text(0));
        } else {
            showFeed(currentFeed());
        }
    });
    connect(m_tree, &SubscriptionTree::feedDropped, this, [this](qint64 feedId, qint64 outletId) {
        for (const FeedInfo& f : std::as_const(m_feeds)) {
            if (f.id == feedId && f.sourceId != outletId) {
                m_session->cache()->moveFeed(feedId, outletId, this, written()); // not onto its own outlet
            }
        }
    });
    // a name is kept when the field is left (Tab, a click elsewhere, 닫기), not only on Enter: closing threw an edited
    // name away without a word (#14's walk)
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->isEnabled() && m_name->text().simplified() != m_shownName) {
            renameCurrent();
        }
    });
    connect(m_saveAddress, &QPushButton::clicked, this, &SubscriptionDialog::checkAndSaveAddress);
    connect(m_address, &QLineEdit::returnPressed, this, &SubscriptionDialog::checkAndSaveAddress);
    connect(m_outlet, &QComboBox::activated, this, [this] { moveCurrent(m_outlet->currentData().toLongLong()); });
    connect(m_section, &QComboBox::activated, this, &SubscriptionDialog::setSectionOfCurrent);
    connect(m_byCategory, &QCheckBox::toggled, this, [this](bool on) {
        const FeedInfo* feed = currentFeed();
        if (m_filling || !feed) {
            return;
        }
        const qint64 id = feed->id;
        const QString section = on ? QString() : m_section->currentData().toString();
        m_session->cache()->setFeedSection(id, section, this, written());
    });
    connect(m_retry, &QPushButton::clicked, this, &SubscriptionDialog::refreshCurrent);
    connect(m_apply, &QPushButton::clicked, this, &SubscriptionDialog::applySettings);
    connect(m_applyOutlet, &QPushButton::clicked, this, &SubscriptionDialog::applyOutletInterval);
    connect(m_unsubscribe, &QPushButton::clicked, this, &SubscriptionDialog::askUnsubscribe);
    connect(m_addFeed, &QPushButton::clicked, this, &SubscriptionDialog::addFeed);
    connect(undo, &QPushButton::clicked, this, &SubscriptionDialog::undoUnsubscribe);
    connect(m_undoTimer, &QTimer::timeout, this, &SubscriptionDialog::commitPendingUnsubscribe);
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    connect(deleteKey, &QAction::triggered, this, &SubscriptionDialog::askUnsubscribe);
    m_tree->addAction(deleteKey);
    auto* undoKey = new QAction(this);
    undoKey->setShortcut(QKeySequence::Undo);
    connect(undoKey, &QAction::triggered, this, &SubscriptionDialog::undoUnsubscribe);
    addAction(undoKey);
    auto* renameKey = new QAction(this);
    renameKey->setShortcut(QKeySequence(Qt::Key_F2));
    connect(renameKey, &QAction::triggered, this, &SubscriptionDialog::editName);
    addAction(renameKey);
    connect(m_session, &Session::refreshFinished, this, [this](const RefreshSummary& summary) {
        // the feed's own refresh says how it went: "새로 고침 중…" stayed long after it was done (#14's walk)
        if (!m_refreshing.isEmpty()) {
            m_message->setText(
                summary.progress.feedsFailed > 0
                    ? tr("“%1” could not be refreshed; its state is below.").arg(m_refreshing)
                    : tr("“%1” refreshed: %n new article(s).", nullptr, summary.progress.newItems).arg(m_refreshing));
            m_refreshing.clear();
        }
        reload();
    });
    showFeed(nullptr);
    reload();
}

SubscriptionDialog::~SubscriptionDialog() = default;

void SubscriptionDialog::done(int result)
{
    if (const QString name = m_name->text().simplified();
        m_name->isEnabled() && !name.isEmpty() && name != m_shownName) {
        // typed and closed without leaving the field: kept, and the window told once it is written (the dialog,
        // closing, is gone by then)
        Session* session = m_session;
        rename(name, session, [session](const Result<bool>&) { emit session->contentChanged(); });
    }
    commitPendingUnsubscribe();
    QDialog::done(result);
}

void SubscriptionDialog::reload()
{
    m_session->queries()->run<QList<FeedInfo>>(
        this,
        [](ArticleQueries& q) {
            auto feeds = q.feeds();
            return std::holds_alternative<QList<FeedInfo>>(feeds) ? std::get<QList<FeedInfo>>(feeds)
                                                                  : QList<FeedInfo>();
        },
        [this](QList<FeedInfo> feeds) {
            const QTreeWidgetItem* before = m_tree->currentItem();
            const QString kind = before ? before->data(0, KindRole).toString() : QString();
            const qint64 id = before ? before->data(0, IdRole).toLongLong() : 0;
            m_feeds.clear();
            for (const FeedInfo& f : feeds) {
                if (f.kind != QLatin1String("ranking") && f.kind != QLatin1String("kept") && f.id != m_pending.feedId) {
                    m_feeds.append(f);
                }
            }
            QSignalBlocker blocker(m_tree);
            m_tree->clear();
            m_filling = true;
            m_outlet->clear();
            QHash<qint64, QTreeWidgetItem*> outlets;
            QTreeWidgetItem* current = nullptr;
            for (const FeedInfo& f : std::as_const(m_feeds)) {
                QTreeWidgetItem* outlet = outlets.value(f.sourceId);
                if (!outlet) {
                    outlet = new QTreeWidgetItem(m_tree, {f.sourceName});
                    outlet->setToolTip(0, f.sourceName);
                    outlet->setData(0, KindRole, QStringLiteral("outlet"));
                    outlet->setData(0, IdRole, f.sourceId);
                    outlet->setFlags((outlet->flags() | Qt::ItemIsDropEnabled) & ~Qt::ItemIsDragEnabled);
                    outlet->setExpanded(true);
                    outlets.insert(f.sourceId, outlet);
                    m_outlet->addItem(f.sourceName, f.sourceId);
                    if (kind == QLatin1String("outlet") && id == f.sourceId) {
                        current = outlet;
                    }
                }
                auto* feed = new QTreeWidgetItem(outlet);
                // under its outlet, what the title adds to the outlet's name, as in the navigation pane
                // ("소식데모일보 IT·…" cut every row at 1366 px, #14's walk); the tooltip and 이름 hold it whole
                feed->setText(0, f.title.isEmpty() ? f.url : NavigationModel::feedLabel(f.title, f.sourceName));
                feed->setText(1, NavigationModel::sectionTitle(f.section));
                const QString reason = ErrorMessages::describeStored(f.lastErrorCode, f.lastStatus, f.lastError);
                feed->setText(2, f.disabled ? tr("Gone") : reason.isEmpty() ? tr("OK") : reason);
                feed->setToolTip(0, f.title.isEmpty() ? f.url : f.title + u'\n' + f.url);
                feed->setToolTip(2, feed->text(2));
                feed->setData(0, KindRole, QStringLiteral("feed"));
                feed->setData(0, IdRole, f.id);
                feed->setFlags((feed->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
                if (!reason.isEmpty() || f.disabled) {
                    feed->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                }
                if (kind == QLatin1String("feed") && id == f.id) {
                    current = feed;
                }
            }
            m_filling = false;
            if (!m_wanted.kind.isEmpty()) {
                current = nullptr; // the wanted one, below
            }
            if (!current && m_wanted.kind.isEmpty() && m_tree->topLevelItemCount() > 0) {
                current = m_tree->topLevelItem(0)->childCount() > 0 ? m_tree->topLevelItem(0)->child(0)
                                                                    : m_tree->topLevelItem(0);
            }
            m_tree->setCurrentItem(current);
            blocker.unblock(); // the details pane follows the restored item
            if (!m_wanted.kind.isEmpty()) {
                if (!selectWanted() && m_tree->topLevelItemCount() > 0) {
                    m_wanted = {};
                    m_tree->setCurrentItem(m_tree->topLevelItem(0)); // gone meanwhile
                }
            } else if (current && current->data(0, KindRole).toString() == QLatin1String("outlet")) {
                showOutlet(current->data(0, IdRole).toLongLong(), current->text(0));
            } else {
                showFeed(currentFeed());
            }
            emit reloaded();
        });
}

void SubscriptionDialog::select(bool outlet, qint64 id, std::function<void()> then)
{
    m_wanted = Wanted{outlet ? QStringLiteral("outlet") : QStringLiteral("feed"), id, std::move(then)};
    selectWanted(); // else the reload under way selects it
}

bool SubscriptionDialog::selectWanted()
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (item->data(0, KindRole).toString() == m_wanted.kind && item->data(0, IdRole).toLongLong() == m_wanted.id) {
            const std::function<void()> then = std::exchange(m_wanted, {}).then;
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            if (item->data(0, KindRole).toString() == QLatin1String("outlet")) {
                showOutlet(item->data(0, IdRole).toLongLong(), item->text(0));
            } else {
                showFeed(currentFeed());
            }
            if (then) {
                then();
            }
            return true;
        }
    }
    return false;
}

void SubscriptionDialog::editName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void SubscriptionDialog::addFeed()
{
    auto* dialog = new AddFeedDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddFeedDialog::subscribed, this, [this](int feeds) {
        if (feeds > 0) {
            m_message->setText(tr("%n feed(s) added; they are being refreshed.", nullptr, feeds));
            reload();
        }
    });
    dialog->open();
}

const FeedInfo* SubscriptionDialog::currentFeed() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toString() != QLatin1String("feed")) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const FeedInfo& f : m_feeds) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

qint64 SubscriptionDialog::currentOutletId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(0, KindRole).toString() == QLatin1String("outlet") ? item->data(0, IdRole).toLongLong()
                                                                                 : 0;
}

void SubscriptionDialog::showOutlet(qint64 outletId, const QString& name)
{
    m_filling = true;
    int interval = -1;
    for (const FeedInfo& f : std::as_const(m_feeds)) {
        if (f.sourceId == outletId) {
            interval = f.outletIntervalMinutes;
            break;
        }
    }
    m_outletInterval->setValue(std::max(0, interval));
    m_outletPane->show();
    m_heading->setText(
        tr("<b>%1</b> — an outlet. Rename it here; drag feeds onto it to move them.").arg(name.toHtmlEscaped()));
    m_name->setText(name);
    m_shownName = name;
    m_name->setEnabled(true);
    m_feedPane->setEnabled(false);
    m_feedPane->hide();
    m_unsubscribe->setEnabled(false);
    m_filling = false;
}

void SubscriptionDialog::showFeed(const FeedInfo* f)
{
    m_filling = true;
    m_outletPane->hide();
    m_feedPane->setVisible(f != nullptr);
    m_feedPane->setEnabled(f != nullptr);
    m_name->setEnabled(f != nullptr);
    m_unsubscribe->setEnabled(f != nullptr);
    if (!f) {
        m_heading->setText(m_tree->topLevelItemCount() == 0 ? tr("No subscriptions yet: add a feed or import OPML.")
                                                            : QString());
        m_name->clear();
        m_shownName.clear();
        m_filling = false;
        return;
    }
    m_heading->setText(tr("<b>%1</b> — %2").arg(f->title.toHtmlEscaped(), f->sourceName.toHtmlEscaped()));
    m_name->setText(f->title);
    m_shownName = f->title;
    m_address->setText(f->url);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(f->sourceId)));
    m_section->setCurrentIndex(std::max(0, m_section->findData(f->section)));
    m_byCategory->setChecked(!f->sectionFixed);
    if (f->lastErrorCode != 0 || f->disabled) {
        const QString reason = f->disabled
            ? tr("This feed is gone (HTTP 410) and is no longer refreshed.")
            : ErrorMessages::describeStored(f->lastErrorCode, f->lastStatus, f->lastError);
        m_health->setText(reason + u'\n' + NavigationModel::healthDetails(*f));
    } else {
        m_health->setText(f->lastSuccess > 0
                              ? tr("Working. Last refreshed %1.")
                                    .arg(PortalTime::localDateTime(f->lastSuccess, QTimeZone::systemTimeZone()))
                              : tr("Not refreshed yet."));
    }
    m_retry->setText(f->lastErrorCode != 0 ? tr("Try again now") : tr("Refresh now"));
    // "as the outlet" says what that is: the feed follows its outlet, then the app
    m_interval->setSpecialValueText(f->outletIntervalMinutes > 0
                                        ? tr("As the outlet (%n min)", nullptr, f->outletIntervalMinutes)
                                        : tr("As the outlet (the app's)"));
    m_interval->setValue(std::max(0, f->options.intervalMinutes));
    m_retention->setValue(f->options.retentionDays);
    m_fullText->setCurrentIndex(std::max(0, m_fullText->findData(f->options.fullText)));
    m_images->setCurrentIndex(std::max(0, m_images->findData(f->options.images)));
    const int encoding = m_encoding->findData(f->options.encoding);
    if (encoding >= 0) {
        m_encoding->setCurrentIndex(encoding);
    } else {
        m_encoding->setEditText(f->options.encoding);
    }
    m_userAgent->setText(f->options.userAgent);
    m_filling = false;
}

std::function<void(Result<bool>)> SubscriptionDialog::written()
{
    return [this](const Result<bool>& r) {
        const auto* error = std::get_if<Error>(&r);
        // a refusal is the store's technical English: the reader gets a sentence of ours with it
        const QString message = !error          ? QString()
            : error->code == ErrorCode::Storage ? ErrorMessages::describe(*error)
                                                : tr("Not changed: %1").arg(error->detail);
        m_message->setText(message);
        emit changed(message);
        reload();
        emit m_session->contentChanged();
    };
}

void SubscriptionDialog::renameCurrent()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_message->setText(tr("A name cannot be empty."));
        emit changed(m_message->text());
        return;
    }
    rename(name, this, written());
}

void SubscriptionDialog::rename(const QString& name, QObject* context, std::function<void(Result<bool>)> done)
{
    m_shownName = name;
    if (const FeedInfo* feed = currentFeed()) {
        m_session->cache()->renameFeed(feed->id, name, context, std::move(done));
    } else if (const qint64 outlet = currentOutletId()) {
        m_session->cache()->renameOutlet(outlet, name, context, std::move(done));
    }
}

void SubscriptionDialog::moveCurrent(qint64 outletId)
{
    const FeedInfo* feed = currentFeed();
    if (!feed || outletId == feed->sourceId) {
        return;
    }
    const qint64 id = feed->id;
    m_session->cache()->moveFeed(id, outletId, this, written());
}

void SubscriptionDialog::setSectionOfCurrent()
{
    const FeedInfo* feed = currentFeed();
    if (!feed) {
        return;
    }
    const qint64 id = feed->id;
    const QString section = m_section->currentData().toString();
    m_session->cache()->setFeedSection(id, section, this, written());
}

void SubscriptionDialog::checkAndSaveAddress()
{
    const FeedInfo* feed = currentFeed();
    if (!feed) {
        return;
    }
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const QString message = tr("Not a web address: %1").arg(m_address->text());
        m_message->setText(message);
        emit addressChecked(false, message);
        return;
    }
    if (url.toString() == feed->url) {
        return;
    }
    if (m_session->isOffline()) {
        const QString message = tr("Sosik is offline: the new address cannot be checked.");
        m_message->setText(message);
        emit addressChecked(false, message);
        return;
    }
    const qint64 id = feed->id;
    m_message->setText(tr("Checking %1…").arg(url.toString()));
    m_saveAddress->setEnabled(false);
    auto* fetcher = new FeedFetcher(m_session->engine()->fetcher()->settings(), nullptr, this);
    connect(fetcher, &FeedFetcher::finished, this, [this, fetcher, id, url](const FetchResult& result) {
        fetcher->deleteLater();
        if (result.status != FetchStatus::Ok) {
            m_saveAddress->setEnabled(true);
            const QString message = tr("The address was not saved: %1").arg(ErrorMessages::describe(result.error));
            m_message->setText(message);
            emit addressChecked(false, message);
            return;
        }
        // parsed on a worker: a feed can be large
        QPointer<SubscriptionDialog> self(this);
        QThreadPool::globalInstance()->start([self, result, id, url] {
            ParseOptions options;
            options.contentType = result.contentType;
            options.baseUrl = result.finalUrl.toString();
            const auto parsed = parseFeed(result.body, options);
            const auto* doc = std::get_if<FeedDocument>(&parsed);
            Error why = doc ? Error{ErrorCode::NotAFeed, QStringLiteral("not a feed"), 0} : std::get<Error>(parsed);
            const bool ok = doc && doc->format != FeedFormat::Unknown;
            QMetaObject::invokeMethod(
                self.data(),
                [self, ok, why, id, url] {
                    if (!self) {
                        return;
                    }
                    self->m_saveAddress->setEnabled(true);
                    if (!ok) {
                        const QString message = tr("The address was not saved: %1").arg(ErrorMessages::describe(why));
                        self->m_message->setText(message);
                        emit self->addressChecked(false, message);
                        return;
                    }
                    const QString address = url.toString();
                    self->m_session->cache()->setFeedAddress(id, address, self, self->written());
                    emit self->addressChecked(true, QString());
                },
                Qt::QueuedConnection);
        });
    });
    FetchRequest request;
    request.id = id;
    request.url = url;
    fetcher->enqueue(request);
}

void SubscriptionDialog::applySettings()
{
    const FeedInfo* feed = currentFeed();
    if (!feed) {
        return;
    }
    FeedOptions o;
    o.intervalMinutes = m_interval->value() > 0 ? m_interval->value() : -1;
    o.retentionDays = m_retention->value();
    o.fullText = m_fullText->currentData().toString();
    o.images = m_images->currentData().toInt();
    const int encoding = m_encoding->findText(m_encoding->currentText());
    o.encoding
        = encoding >= 0 ? m_encoding->itemData(encoding).toString() : m_encoding->currentText().trimmed().toLower();
    o.userAgent = m_userAgent->text().trimmed();
    const qint64 id = feed->id;
    if (o.retentionDays == feed->options.retentionDays) {
        m_session->cache()->setFeedOptions(id, o, this, written());
        return;
    }
    // a shorter time for this feed removes what is older now, not at the next start
    m_session->cache()->setFeedOptions(id, o, this, [this, done = written()](const Result<bool>& r) {
        done(r);
        if (std::holds_alternative<bool>(r)) {
            m_session->applyRetention(m_session->retention());
        }
    });
}

void SubscriptionDialog::applyOutletInterval()
{
    const qint64 outlet = currentOutletId();
    if (!outlet) {
        return;
    }
    const int minutes = m_outletInterval->value() > 0 ? m_outletInterval->value() : -1;
    m_session->cache()->setOutletInterval(outlet, minutes, this, written());
}

void SubscriptionDialog::askUnsubscribe()
{
    const FeedInfo* feed = currentFeed();
    if (!feed) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Unsubscribe"),
                                tr("Unsubscribe from “%1”?").arg(feed->title.isEmpty() ? feed->url : feed->title),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("unsubscribeQuestion"));
    auto* keep = new QCheckBox(tr("Keep its starred and saved articles"));
    keep->setObjectName(QStringLiteral("keepStarredCheck"));
    keep->setChecked(true); // kept by default
    box->setCheckBox(keep);
    QPushButton* yes = box->addButton(tr("Unsubscribe"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmUnsubscribeButton"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = feed->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, keep, id](QAbstractButton* button) {
        if (button == yes) {
            unsubscribe(id, keep->isChecked());
        }
        box->close();
    });
    box->open();
}

void SubscriptionDialog::unsubscribe(qint64 feedId, bool keepStarred)
{
    commitPendingUnsubscribe(); // one undo at a time
    QString title;
    for (const FeedInfo& f : std::as_const(m_feeds)) {
        if (f.id == feedId) {
            title = f.title.isEmpty() ? f.url : f.title;
        }
    }
    // the tree keeps its place: the row below (or above) the one that goes is selected, not the first outlet at the
    // top (#14's walk)
    if (QTreeWidgetItem* gone = m_tree->currentItem()) {
        QTreeWidgetItem* outlet = gone->parent();
        const bool outletGoes = outlet && outlet->childCount() == 1;
        for (const bool down : {true, false}) {
            const auto step
                = [this, down](QTreeWidgetItem* i) { return down ? m_tree->itemBelow(i) : m_tree->itemAbove(i); };
            QTreeWidgetItem* next = step(gone);
            while (next && outletGoes && next == outlet) {
                next = step(next); // the outlet goes with its only feed
            }
            if (next) {
                m_wanted = Wanted{next->data(0, KindRole).toString(), next->data(0, IdRole).toLongLong(), {}};
                break;
            }
        }
    }
    m_pending = Pending{feedId, keepStarred};
    m_undoText->setText(keepStarred ? tr("Unsubscribed from “%1”; its starred and saved articles stay.").arg(title)
                                    : tr("Unsubscribed from “%1”.").arg(title));
    m_undoBar->show();
    m_undoTimer->start();
    reload(); // hidden at once, removed when the undo time is over
}

void SubscriptionDialog::undoUnsubscribe()
{
    if (m_pending.feedId == 0) {
        return;
    }
    m_undoTimer->stop();
    m_pending = {};
    m_undoBar->hide();
    m_message->setText(tr("The subscription is back."));
    reload();
}

void SubscriptionDialog::commitPendingUnsubscribe()
{
    if (m_pending.feedId == 0) {
        return;
    }
    m_undoTimer->stop();
    m_undoBar->hide();
    const Pending p = m_pending;
    m_pending = {};
    const auto done = written();
    m_session->cache()->unsubscribe(p.feedId, p.keepStarred, this, [done](const Result<int>& r) {
        done(std::holds_alternative<Error>(r) ? Result<bool>(std::get<Error>(r)) : Result<bool>(true));
    });
}

void SubscriptionDialog::refreshCurrent()
{
    const FeedInfo* feed = currentFeed();
    if (!feed) {
        return;
    }
    if (m_session->engine()->isRunning()) {
        m_message->setText(tr("A refresh is running; try again when it is done."));
        return;
    }
    RefreshScope scope;
    scope.kind = RefreshScope::Kind::Feeds;
    scope.feedIds = {feed->id};
    scope.force = true;
    m_message->setText(tr("Refreshing “%1”…").arg(feed->title));
    m_refreshing = feed->title;
    m_session->refresh(scope);
}
