#include "StoryItemDelegate.h"

#include "views/ArticleDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTreeView>

#include <algorithm>

namespace
{

constexpr int kPad = 4;
constexpr int kMaxLines = 3; // a long Korean headline in a 200 px panel needs three; more would crowd the ranking

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

QFont numberFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

// Where an entry's headline goes inside its text rectangle `r`: after the number, before the badge.
struct Span
{
    int left;
    int right;
};

Span headlineSpan(const QRect& r, const QFont& font, const QModelIndex& index)
{
    Span s{r.left(), r.right()};
    if (index.data(StoryItemDelegate::PositionRole).toInt() > 0) {
        s.left += QFontMetrics(numberFont(font)).horizontalAdvance(QStringLiteral("10")) + 6;
    }
    const QString badge = StoryItemDelegate::badgeText(index.data(StoryItemDelegate::OutletsRole).toInt());
    if (!badge.isEmpty()) {
        s.right -= QFontMetrics(badgeFont(font)).horizontalAdvance(badge) + 10 + 6;
    }
    return s;
}

// The width an entry of `view` gets: its viewport, less the tree's indentation of its level.
int entryWidth(const QWidget* widget, const QModelIndex& index)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(widget);
    if (!view) {
        return 240;
    }
    int width = view->viewport()->width();
    if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
            width -= tree->indentation();
        }
    }
    return width;
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
    const Span span = headlineSpan(r, opt.font, index);
    const int position = index.data(PositionRole).toInt();
    if (position > 0) {
        const QFont number = numberFont(opt.font);
        painter->setFont(number);
        painter->setPen(position <= 3 && !selected ? opt.palette.color(group, QPalette::Highlight) : text);
        const int w = QFontMetrics(number).horizontalAdvance(QStringLiteral("10")) + 6;
        painter->drawText(
            QRect(r.left(), r.top(), w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, QString::number(position));
    }
    const int right = r.right();
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
    }
    painter->setFont(opt.font);
    painter->setPen(text);
    // as many lines as the row was given (sizeHint measured them), the last elided with "…" if the headline is longer
    const int fit = std::clamp(r.height() / std::max(1, fm.height()), 1, kMaxLines);
    const QStringList lines = ArticleDelegate::wrapped(title, fm, std::max(10, span.right - span.left), fit);
    int y = r.top();
    for (const QString& line : lines) {
        painter->drawText(span.left, y + fm.ascent(), line);
        y += fm.height();
    }
    painter->restore();
}

QSize StoryItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isStory(index)) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    // the lines the headline needs at the panel's width (three at most), and no wider than the panel (nothing to
    // scroll sideways). Ranking and topic headlines were cut at two lines (#14); a one-line headline kept a blank
    // second line under it, which read as a gap between uneven rows (#14's walk).
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const QRect r(0, 0, entryWidth(opt.widget, index) - 2 * (kPad + 2), fm.height());
    const Span span = headlineSpan(r, opt.font, index);
    const int lines
        = int(ArticleDelegate::wrapped(opt.text, fm, std::max(10, span.right - span.left), kMaxLines).size());
    return QSize(60, std::clamp(lines, 1, kMaxLines) * fm.height() + 2 * kPad);
}
