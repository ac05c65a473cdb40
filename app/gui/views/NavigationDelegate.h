#pragma once

#include <QStyledItemDelegate>

/// Paints the navigation pane's rows so that a narrow pane elides the name, never its unread count: "소식데모…  (42)",
/// not "소식데모일보  (…" (#14). A sync account's heading elides in the middle, so the server's host keeps its end.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The text shown in `width` pixels with `fm`: `text` is `title` followed by a suffix (the count) kept whole.
    static QString fitted(const QString& title,
                          const QString& text,
                          const QFontMetrics& fm,
                          int width,
                          Qt::TextElideMode mode = Qt::ElideRight);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
