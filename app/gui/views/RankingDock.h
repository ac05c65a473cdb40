#pragma once

#include "model/Ranking.h"

#include <QDockWidget>

class QTabWidget;

/// 가장 많이 본 뉴스: a tab for 전체 (the ranking over every section, a list of section "") and one per section,
/// top 10, numbered, from publishers' ranking feeds (labelled with the outlet) or Sosik's own. Clicking an entry
/// opens the article.
class RankingDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RankingDock(QWidget* parent = nullptr);
    void setRankings(const QList<news::RankingList>& lists);
    QTabWidget* tabs() const { return m_tabs; }
    /// Shows the tab of `section` (a canonical section id; "" for 전체, the ranking over every section), now and
    /// after the next setRankings().
    void showSection(const QString& section);
    /// The canonical section of the tab shown ("" when none).
    QString currentSection() const;

signals:
    /// An entry was clicked or activated: the article (0 when not in the cache), its address, the tab's section.
    void articleRequested(qint64 articleId, const QString& link, const QString& section);

private:
    QTabWidget* m_tabs;
    QString m_section;
};
