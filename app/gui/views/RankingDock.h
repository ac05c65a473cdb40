#pragma once

#include "store/StoreTypes.h"

#include <QDockWidget>

class QTabWidget;

/// 가장 많이 본 뉴스: a tab per section, top 10, numbered, from publishers' ranking feeds (labelled with the
/// outlet). Clicking an entry opens the article.
class RankingDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RankingDock(QWidget* parent = nullptr);
    void setRankings(const QList<news::RankingList>& lists);
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void articleRequested(qint64 articleId, const QString& link);

private:
    QTabWidget* m_tabs;
};
