#pragma once

#include "model/Ranking.h"

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
    /// Scrolls the section's stories to the top (now and after the next setTopics()).
    void showSection(const QString& section);

signals:
    /// A story was clicked or activated: its article and the section it is listed under.
    void articleRequested(qint64 articleId, const QString& section);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int SectionRole = Qt::UserRole + 10;
    QTreeWidget* m_tree;
    QString m_section;
};
