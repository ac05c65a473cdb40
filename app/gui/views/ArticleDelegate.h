#pragma once

#include <QStyledItemDelegate>

/// Paints an article row like a portal list: the headline (bold while unread, elided with "…"), an optional
/// one-line summary (or, for search results, the snippet with the match highlighted), outlet · time ·
/// comments, the marks (unread, scrapped, saved for offline) in a left column and the thumbnail, fitted
/// whole into the row. Rows have one fixed height (uniform rows keep 100,000-row lists smooth), and no row
/// asks for more width than the list has, so the list never scrolls sideways.
class ArticleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The one-line summary under each headline (search snippets are shown either way).
    void setShowSummaries(bool on) { m_summaries = on; }
    bool showSummaries() const { return m_summaries; }

    /// Where a row draws its "관련 기사 N건" badge (empty when the story has no other versions known).
    static QRect versionsBadgeRect(const QStyleOptionViewItem& option, const QModelIndex& index);
    static QString versionsBadgeText(const QModelIndex& index);

    /// Where a row of `rowRect` draws its thumbnail (empty when the row is too narrow for one).
    static QRect thumbnailRect(const QRect& rowRect);
    /// Up to `maxLines` lines of `text` in `width`, broken between words (Korean is written with spaces; a
    /// word longer than a line is broken where it must), the last line elided with "…".
    static QStringList wrapped(const QString& text, const QFontMetrics& fm, int width, int maxLines);
    /// A row's headline lines: the headline comes first, so one that does not fit a line takes the summary's line
    /// too (the summary shows only under a one-line headline); under a search snippet, one line.
    static QStringList headlineLines(const QString& headline, const QFontMetrics& fm, int width, bool underSnippet);
    /// A row's "outlet · time · comments" line in `width`: the outlet's name gives way first, so that the time and
    /// the comment count stay whole ("6 comme…" at 1024 px in English, #14 walk).
    static QString
    metaLine(const QString& outlet, const QString& time, const QString& comments, const QFontMetrics& fm, int width);

signals:
    /// The "관련 기사 N건" badge of a row was clicked: show or hide the story's versions under it.
    void versionsToggled(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event,
                     QAbstractItemModel* model,
                     const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    bool m_summaries = true;
};
