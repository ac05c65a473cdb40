#pragma once

#include <QStyledItemDelegate>

/// Paints an article row like a portal list: headline (bold while unread), outlet · time · comments, a star
/// and the thumbnail. Fixed row height (uniform rows keep 100,000-row lists smooth).
class ArticleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
