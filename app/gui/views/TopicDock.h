#pragma once

#include "store/StoreTypes.h"

#include <QDockWidget>

class QTreeWidget;

/// 분야별 Topic: the leading stories of each section, clustered across outlets, each with its outlet count.
class TopicDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TopicDock(QWidget* parent = nullptr);
    void setTopics(const QList<news::RankingList>& bySection);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void articleRequested(qint64 articleId);

private:
    QTreeWidget* m_tree;
};
