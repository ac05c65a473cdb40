#include "StoryItemDelegate.h"

#include "views/ArticleDelegate.h"

#include <QApplication>
#include <QPainter>

namespace
{

constexpr int kPad = 4;

bool isStory(const QModelIndex& index)
{
    return index.data(StoryItemDelegate::ArticleIdRole).toLongLong() != 0
        || !index.data(StoryItemDelegate::LinkRole).toString().isEmpty();
}

QFont badgeFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

} // namespace

QString StoryItemDelegate::badgeText(int outlets)
{
    return outlets > 1 ? tr("%n outlet(s)", nullptr, outlets) : QString();
}

QString StoryItemDelegate::accessibleText(int position, const QString& title, int outlets)
{
    QStringList parts;
    if (position > 0) {
        parts.append(tr("number %1").arg(position));
    }
    parts.append(title);
    if (outlets > 1) {
        parts.append(tr("carried by %n outlet(s)", nullptr, outlets));
    }
    return parts.join(QStringLiteral(", "));
}

void StoryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isStory(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = opt.rect.adjusted(kPad + 2, kPad, -kPad - 2, -kPad);
    const QFontMetrics fm(opt.font);
    painter->save();
    int left = r.left();
    const int position = index.data(PositionRole).toInt();
    if (position > 0) {
        QFont number = opt.font;
        number.setBold(true);
        painter->setFont(number);
        painter->setPen(position <= 3 && !selected ? opt.palette.color(group, QPalette::Highlight) : text);
        const int w = QFontMetrics(number).horizontalAdvance(QStringLiteral("10")) + 6;
        painter->drawText(
            QRect(left, r.top(), w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, QString::number(position));
        left += w;
    }
    int right = r.right();
    const QString badge = badgeText(index.data(OutletsRole).toInt());
    if (!badge.isEmpty()) {
        const QFont bf = badgeFont(opt.font);
        const QFontMetrics bm(bf);
        const int w = bm.horizontalAdvance(badge) + 10;
        const QRect pill(right - w + 1, r.top() + (fm.height() - bm.height() - 2) / 2, w, bm.height() + 2);
        QColor fill = opt.palette.color(group, QPalette::Highlight);
        fill.setAlphaF(selected ? 0.35f : 0.16f);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(bf);
        painter->setPen(text);
        painter->drawText(pill, Qt::AlignCenter, badge);
        right = pill.left() - 6;
    }
    painter->setFont(opt.font);
    painter->setPen(text);
    const QStringList lines = ArticleDelegate::wrapped(title, fm, std::max(10, right - left), 2);
    int y = r.top();
    for (const QString& line : lines) {
        painter->drawText(left, y + fm.ascent(), line);
        y += fm.height();
    }
    painter->restore();
}

QSize StoryItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isStory(index)) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    // two lines for every story, and no wider than the panel (nothing to scroll sideways)
    const QFontMetrics fm(option.font);
    return QSize(60, 2 * fm.height() + 2 * kPad);
}
