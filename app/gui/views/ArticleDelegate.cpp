#include "ArticleDelegate.h"

#include "models/ArticleListModel.h"

#include <QApplication>
#include <QPainter>

void ArticleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QRect r = opt.rect.adjusted(8, 6, -8, -6);
    int right = r.right();
    const QPixmap thumb = index.data(ArticleListModel::ThumbnailRole).value<QPixmap>();
    if (!thumb.isNull()) {
        const QRect target(r.right() - 80 + 1, r.top() + (r.height() - 55) / 2, 80, 55);
        painter->drawPixmap(target, thumb);
        right = target.left() - 8;
    }
    painter->save();
    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    QFont title = opt.font;
    title.setBold(!read);
    title.setPointSizeF(title.pointSizeF() * 1.05);
    painter->setFont(title);
    painter->setPen(text);
    QRect titleRect(r.left() + 18, r.top(), right - r.left() - 18, r.height() * 6 / 10);
    painter->drawText(titleRect,
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      painter->fontMetrics().elidedText(
                          index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width() * 2 - 20));
    if (!read) {
        painter->setBrush(opt.palette.color(group, QPalette::Highlight).lighter(selected ? 160 : 100));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPoint(r.left() + 6, r.top() + QFontMetrics(title).height() / 2), 3, 3);
    }
    QFont meta = opt.font;
    meta.setPointSizeF(meta.pointSizeF() * 0.9);
    painter->setFont(meta);
    painter->setPen(dim);
    QString line = index.data(ArticleListModel::OutletRole).toString() + QStringLiteral(" · ")
        + index.data(ArticleListModel::TimeTextRole).toString();
    const int comments = index.data(ArticleListModel::CommentsRole).toInt();
    if (comments > 0) {
        line += QStringLiteral(" · ") + ArticleListModel::tr("%n comment(s)", nullptr, comments);
    }
    QString snippet = index.data(ArticleListModel::SnippetRole).toString();
    const QRect metaRect(
        r.left() + 18, r.bottom() - QFontMetrics(meta).height(), right - r.left() - 18, QFontMetrics(meta).height());
    if (!snippet.isEmpty()) {
        snippet.replace(QChar(0x01), QStringLiteral("「")).replace(QChar(0x02), QStringLiteral("」"));
        line = snippet;
    }
    painter->drawText(metaRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(meta).elidedText(line, Qt::ElideRight, metaRect.width()));
    if (starred) {
        painter->setPen(QColor(0xE6, 0xA1, 0x17));
        painter->drawText(QRect(r.left(), metaRect.top(), 16, metaRect.height()), Qt::AlignCenter, QStringLiteral("★"));
    }
    painter->restore();
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return QSize(400, std::max(72, fm.height() * 4));
}
