#pragma once

#include "model/Ranking.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace news
{
class ArticleQueries;
}

/// 홈, the front page the window opens with (#14): the leading stories with their lead photo, each section's
/// top stories, the most read and today's topics — all from the cache, laid out like the portal front pages
/// our readers know. Every story is a link: Tab and Shift+Tab move between them, Enter opens one.
class FrontPage : public QTextBrowser
{
    Q_OBJECT

public:
    struct Lead
    {
        qint64 id = 0;
        QString section;
        QString title;
        QString outlet;
        QString summary;
        qint64 published = 0;
        int outlets = 1;
        QImage photo; // decoded and fitted on the reader thread; null when none is stored
    };
    struct Content
    {
        QList<Lead> leads;
        QList<news::RankingList> sections; // each section's top stories (clustered)
        QList<news::RankingList> rankings; // most read, per section (publisher's or Sosik's own)
        news::RankingList today; // today's topics across every section (this week's when today has none)
        bool topicsOfWeek = false;
        bool olderThanToday = false; // the cache's newest story is more than a day old: "최근", not "오늘의"
    };

    explicit FrontPage(QWidget* parent = nullptr);

    /// Reads the front page from the cache around the sections' `topics` (the topics panel's): the leading
    /// stories with their photos and today's topics. Call it on a reader thread (the analysis runner).
    static Content
    load(news::ArticleQueries& q, const QList<news::RankingList>& topics, qint64 now, qreal devicePixelRatio);
    /// Everything but the rankings, which come with the ranking panel's (setRankings()).
    void setContent(const Content& content);
    void setRankings(const QList<news::RankingList>& rankings);
    /// The ranking and topic panels are docked beside the page: a narrow page then leaves out its own side column,
    /// which they show (at 1024 px it landed under the sections, a screen below, #14's walk).
    void setPanelsBeside(bool beside);
    const Content& content() const { return m_content; }
    /// The stories on the page in reading order (tests).
    QList<qint64> storyIds() const;

    QVariant loadResource(int type, const QUrl& name) override;

signals:
    /// A story was opened (click or Enter): its article and section.
    void articleRequested(qint64 articleId, const QString& section);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();

    Content m_content;
    bool m_narrow = false;
    bool m_panelsBeside = false;
};
