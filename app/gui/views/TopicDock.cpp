#include "TopicDock.h"

#include "models/NavigationModel.h"

#include <QHeaderView>
#include <QTreeWidget>

using namespace news;

TopicDock::TopicDock(QWidget* parent)
    : QDockWidget(tr("Topics by section"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("topicDock"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setAccessibleName(tr("Leading stories by section"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong(); id > 0) {
            emit articleRequested(id);
        }
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong(); id > 0) {
            emit articleRequested(id);
        }
    });
}

void TopicDock::setTopics(const QList<RankingList>& bySection)
{
    m_tree->clear();
    for (const RankingList& list : bySection) {
        if (list.items.isEmpty()) {
            continue;
        }
        auto* header = new QTreeWidgetItem(m_tree, {NavigationModel::sectionTitle(list.section)});
        QFont f = header->font(0);
        f.setBold(true);
        header->setFont(0, f);
        header->setFlags(Qt::ItemIsEnabled);
        for (const RankingItem& item : list.items) {
            auto* row = new QTreeWidgetItem(header, {tr("%1 — %n outlet(s)", nullptr, item.outlets).arg(item.title)});
            row->setData(0, Qt::UserRole, item.articleId);
            row->setToolTip(0, item.title);
        }
    }
    m_tree->expandAll();
}
