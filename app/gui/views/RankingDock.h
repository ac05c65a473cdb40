#pragma once

#include "model/Ranking.h"

#include <QDockWidget>

class QAbstractButton;
class QButtonGroup;
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
    /// One page per section; the pages are chosen with the section buttons (sectionButtons()), which wrap to more
    /// rows in a narrow panel: its own tab bar is hidden.
    QTabWidget* tabs() const { return m_tabs; }
    /// The row of section buttons, one per tab, in the tabs' order.
    QList<QAbstractButton*> sectionButtons() const;
    /// Shows the tab of `section` (a canonical section id; "" for 전체, the ranking over every section), now and
    /// after the next setRankings().
    void showSection(const QString& section);
    /// The canonical section of the tab shown ("" when none).
    QString currentSection() const;
    /// The heading of Sosik's own ranking: "많이 다룬 뉴스 — 오늘", or the day its period ends when that was before
    /// today (the cache read offline for days).
    static QString ownHeading(const news::RankingList& list, qint64 now);

signals:
    /// An entry was clicked or activated: the article (0 when not in the cache), its address, the tab's section.
    void articleRequested(qint64 articleId, const QString& link, const QString& section);

private:
    void rebuildButtons();

    QTabWidget* m_tabs;
    QWidget* m_chips;
    QButtonGroup* m_buttons;
    QString m_section;
};
