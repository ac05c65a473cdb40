#include "views/NavigationDelegate.h"

#include "models/NavigationModel.h"

#include <QApplication>
#include <QStyle>

QString NavigationDelegate::fitted(
    const QString& title, const QString& text, const QFontMetrics& fm, int width, Qt::TextElideMode mode)
{
    if (fm.horizontalAdvance(text) <= width) {
        return text;
    }
    if (title.isEmpty() || !text.startsWith(title) || text.size() == title.size()) {
        return fm.elidedText(text, mode, width);
    }
    const QString suffix = text.mid(title.size());
    return fm.elidedText(title, mode, std::max(0, width - fm.horizontalAdvance(suffix))) + suffix;
}

void NavigationDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->features.testFlag(QStyleOptionViewItem::HasDisplay)) {
        return;
    }
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    int width = option->rect.width() - 2 * margin;
    if (option->features.testFlag(QStyleOptionViewItem::HasDecoration)) {
        width -= option->decorationSize.width() + 2 * margin;
    }
    if (width <= 0) {
        return;
    }
    const bool account = index.data(NavigationModel::AccountRole).isValid();
    option->text = fitted(index.data(NavigationModel::TitleRole).toString(),
                          option->text,
                          QFontMetrics(option->font),
                          width,
                          account ? Qt::ElideMiddle : Qt::ElideRight);
}
