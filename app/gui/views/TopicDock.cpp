#include "TopicDock.h"

#include "models/NavigationModel.h"
#include "views/StoryItemDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>
#include <QTreeWidget>

using namespace news;

TopicDock::TopicDock(QWidget* parent)
    : QDockWidget(tr("Topics"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("topicDock"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setAccessibleName(tr("Leading stories by section"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemDelegate(new StoryItemDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(false);
    m_tree->viewport()->installEventFilter(this); // a new width may give a headline another line
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, StoryItemDelegate::ArticleIdRole).toLongLong(); id > 0) {
            emit articleRequested(id, item->parent() ? item->parent()->data(0, SectionRole).toString() : QString());
        }
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, StoryItemDelegate::ArticleIdRole).toLongLong(); id > 0) {
            emit articleRequested(id, item->parent() ? item->parent()->data(0, SectionRole).toString() : QString());
        }
    });
}

bool TopicDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent*>(event)->oldSize().width() != static_cast<QResizeEvent*>(event)->size().width()) {
        m_tree->doItemsLayout(); // row heights are measured again (the tree keeps them otherwise)
    }
    return QDockWidget::eventFilter(watched, event);
}

void TopicDock::setTopics(const QList<RankingList>& bySection)
{
    m_tree->clear();
    for (const RankingList& list : bySection) {
        if (list.items.isEmpty()) {
            continue;
        }
        auto* header = new QTreeWidgetItem(m_tree, {NavigationModel::sectionTitle(list.section)});
        header->setData(0, SectionRole, list.section);
        QFont f = header->font(0);
        f.setBold(true);
        header->setFont(0, f);
        header->setFlags(Qt::ItemIsEnabled);
        for (const RankingItem& item : list.items) {
            auto* row = new QTreeWidgetItem(header, {item.title});
            row->setData(0, StoryItemDelegate::ArticleIdRole, item.articleId);
            row->setData(0, StoryItemDelegate::OutletsRole, item.outlets);
            row->setData(0, Qt::AccessibleTextRole, StoryItemDelegate::accessibleText(0, item.title, item.outlets));
            row->setToolTip(0,
                            item.outlets > 1 ? tr("%1 — carried by %n outlet(s)", nullptr, item.outlets).arg(item.title)
                                             : item.title);
        }
    }
    m_tree->expandAll();
    if (!m_section.isEmpty()) {
        showSection(m_section);
    }
}

void TopicDock::showSection(const QString& section)
{
    // the section being read comes first in sight
    m_section = section;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* header = m_tree->topLevelItem(i);
        if (header->data(0, SectionRole).toString() == section) {
            m_tree->scrollToItem(header, QAbstractItemView::PositionAtTop);
            return;
        }
    }
    // 전체 or 홈 (or a section without topics): from the top. It stayed where the last section had put it, its first
    // heading out of sight (#14 walk)
    m_tree->scrollToTop();
}
