#pragma once

#include <QStyledItemDelegate>

/// Paints an entry of the ranking and topic panels: its number, the headline in the lines it needs at the panel's
/// width (two to three, the last elided with "…") and, for stories carried by several outlets, an "N개 매체" badge that
/// is always in sight (#14). Rows without a story (section headings) are painted as usual.
class StoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole,
        LinkRole,
        OutletsRole, // how many outlets carry the story (badge from 2)
        PositionRole, // 1-based place in a ranking; 0: none
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The badge text for `outlets` ("3개 매체"), empty below two.
    static QString badgeText(int outlets);
    /// What a screen reader says for an entry: place, headline, outlet count.
    static QString accessibleText(int position, const QString& title, int outlets);
};
