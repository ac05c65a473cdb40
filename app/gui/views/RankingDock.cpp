#include "RankingDock.h"

#include "models/NavigationModel.h"
#include "sources/SourceCatalog.h"
#include "views/FlowLayout.h"
#include "views/StoryItemDelegate.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace news;

QString RankingDock::ownHeading(const news::RankingList& list, qint64 now)
{
    const bool week = list.period == QLatin1String("week");
    // the period ends at the newest article when the cache is older than now (read offline, an aged demo): the
    // day it ends is named then, not "오늘" over stories a week old (#14's walk)
    if (list.windowEnd > 0 && list.windowEnd < now - 86400) {
        const QString day = QLocale().toString(QDateTime::fromSecsSinceEpoch(list.windowEnd - 1).date(),
                                               tr("MMM d", "the day a ranking's period ends (Qt date format)"));
        return week ? tr("Most covered in the week to %1").arg(day) : tr("Most covered on %1").arg(day);
    }
    return week ? tr("Most covered this week") : tr("Most covered today");
}

RankingDock::RankingDock(QWidget* parent)
    : QDockWidget(tr("Most read"), parent)
    , m_tabs(new QTabWidget)
    , m_chips(new QWidget)
    , m_buttons(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("rankingDock"));
    m_tabs->setObjectName(QStringLiteral("rankingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Most read, by section"));
    // the sections as a row of buttons that wraps, as a portal's ranking box does: a tab bar cut the last tabs at
    // 1024 px, or hid them behind scroll arrows (#14)
    m_tabs->tabBar()->hide();
    // … and with its tab bar hidden, the tab widget (whose focus goes to the bar) took Tab and kept it nowhere:
    // Tab stayed in the article for ever (#14's walk). The section buttons and the lists take the focus instead.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    m_chips->setObjectName(QStringLiteral("rankingSections"));
    m_chips->setAccessibleName(tr("Most read, by section"));
    new FlowLayout(m_chips, 2);
    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, m_tabs, &QTabWidget::setCurrentIndex);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAbstractButton* b = m_buttons->button(index)) {
            b->setChecked(true);
        }
    });
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_chips);
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    setMinimumWidth(200); // a 1024 px window keeps room for the list (#14)
}

void RankingDock::setRankings(const QList<RankingList>& lists)
{
    const QString current = m_tabs->currentIndex() >= 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    QHash<QString, QList<RankingList>> bySection;
    for (const RankingList& l : lists) {
        bySection[l.section].append(l);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // 전체 first: the ranking over every section (#14), then each section's
    for (const QString& section : QStringList{QString()} + canonicalSections()) {
        const auto it = bySection.constFind(section);
        if (it == bySection.constEnd()) {
            continue;
        }
        auto* list = new QListWidget;
        const QString title = section.isEmpty() ? tr("All") : NavigationModel::sectionTitle(section);
        list->setObjectName(QStringLiteral("rankingList_%1").arg(section.isEmpty() ? QStringLiteral("all") : section));
        list->setAccessibleName(tr("Most read in %1").arg(title));
        list->setItemDelegate(new StoryItemDelegate(list));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setAlternatingRowColors(true);
        list->setWordWrap(true); // a long heading ("○○일보 ranking") wraps instead of losing its end
        list->setResizeMode(QListView::Adjust); // a new width may give a headline another line
        for (const RankingList& l : it.value()) {
            const QString heading = l.publisher ? tr("%1 ranking").arg(l.label) : ownHeading(l, now);
            auto* header = new QListWidgetItem(heading);
            // Sosik cannot know what others read: where no outlet publishes a ranking, it ranks the stories by how
            // many outlets carry them, and says so ("소식 집계 — 오늘" read as views of unopened articles, #14's walk)
            header->setToolTip(l.publisher ? tr("The ranking %1 publishes.").arg(l.label)
                                           : tr("No outlet publishes a ranking here: Sosik ranks the stories by how "
                                                "many of your outlets carry them, and how recent they are."));
            // enabled, so that it is drawn in the text's colour (a disabled one was low-contrast grey, #14's walk),
            // but not selectable; the signals below skip it
            header->setFlags(Qt::ItemIsEnabled);
            QFont f = header->font();
            f.setBold(true);
            header->setFont(f);
            list->addItem(header);
            for (const RankingItem& item : l.items) {
                auto* row = new QListWidgetItem(item.title);
                row->setData(StoryItemDelegate::ArticleIdRole, item.articleId);
                row->setData(StoryItemDelegate::LinkRole, item.link);
                row->setData(StoryItemDelegate::OutletsRole, item.outlets);
                row->setData(StoryItemDelegate::PositionRole, item.position);
                row->setData(Qt::AccessibleTextRole,
                             StoryItemDelegate::accessibleText(item.position, item.title, item.outlets));
                row->setToolTip(item.outlets > 1
                                    ? tr("%1 — carried by %n outlet(s)", nullptr, item.outlets).arg(item.title)
                                    : item.title);
                list->addItem(row);
            }
        }
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (!(item->flags() & Qt::ItemIsSelectable)) {
                return; // a heading
            }
            emit articleRequested(item->data(StoryItemDelegate::ArticleIdRole).toLongLong(),
                                  item->data(StoryItemDelegate::LinkRole).toString(),
                                  currentSection());
        });
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
            if (!(item->flags() & Qt::ItemIsSelectable)) {
                return; // a heading
            }
            emit articleRequested(item->data(StoryItemDelegate::ArticleIdRole).toLongLong(),
                                  item->data(StoryItemDelegate::LinkRole).toString(),
                                  currentSection());
        });
        // "Local & Community": a tab's "&" marks a shortcut key, so it is doubled to be shown
        const int tab = m_tabs->addTab(list, QString(title).replace(u'&', QLatin1String("&&")));
        m_tabs->tabBar()->setTabData(tab, section);
    }
    if (m_tabs->count() == 0) {
        auto* empty = new QLabel(tr("No ranking yet: rankings appear after a refresh of outlets that publish them."));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(empty, tr("Ranking"));
    }
    rebuildButtons();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == current) {
            m_tabs->setCurrentIndex(i);
        }
    }
    showSection(m_section);
}

void RankingDock::rebuildButtons()
{
    for (QAbstractButton* b : m_buttons->buttons()) {
        m_buttons->removeButton(b);
        delete b;
    }
    m_chips->setVisible(m_tabs->count() > 1 || m_tabs->tabBar()->tabData(0).isValid());
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* b = new QToolButton;
        b->setObjectName(QStringLiteral("rankingSection_%1").arg(i));
        b->setText(m_tabs->tabText(i)); // "&&" shows one "&"
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(
            tr("Most read in %1").arg(QString(m_tabs->tabText(i)).replace(QLatin1String("&&"), QStringLiteral("&"))));
        b->setChecked(i == m_tabs->currentIndex());
        m_buttons->addButton(b, i);
        m_chips->layout()->addWidget(b);
    }
}

QList<QAbstractButton*> RankingDock::sectionButtons() const
{
    QList<QAbstractButton*> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (QAbstractButton* b = m_buttons->button(i)) {
            out.append(b);
        }
    }
    return out;
}

void RankingDock::showSection(const QString& section)
{
    // the tab follows the section being read; "" (전체 and the front page): the ranking over every section
    m_section = section;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabBar()->tabData(i).toString() == section) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

QString RankingDock::currentSection() const
{
    return m_tabs->currentIndex() >= 0 ? m_tabs->tabBar()->tabData(m_tabs->currentIndex()).toString() : QString();
}
