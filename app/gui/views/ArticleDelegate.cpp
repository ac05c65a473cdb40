#include "ArticleDelegate.h"

#include "models/ArticleListModel.h"
#include "views/Icons.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

QStringList
ArticleDelegate::headlineLines(const QString& headline, const QFontMetrics& fm, int width, bool underSnippet)
{
    return wrapped(headline, fm, width, underSnippet ? 1 : 2);
}

namespace
{

constexpr int kPadX = 8;
constexpr int kPadY = 6;
constexpr int kGutter = 18; // the marks: unread, scrapped, saved for offline
constexpr int kGap = 2;
constexpr int kThumbGap = 8;
constexpr int kMinWidthForThumbnail = 220; // narrower rows give the headline the room instead
constexpr int kSmallThumbnailBelow = 320; // a list of 1024 px window's (about 250 px) keeps a smaller one (#14's walk)
constexpr int kVersionIndent = 18; // another outlet's version, under its story

QFont titleFont(const QFont& base, bool bold)
{
    QFont f = base;
    f.setBold(bold);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    return f;
}

QFont metaFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

} // namespace

QString ArticleDelegate::metaLine(
    const QString& outlet, const QString& time, const QString& comments, const QFontMetrics& fm, int width)
{
    const QString dot = QStringLiteral(" · ");
    const QString tail = dot + time + (comments.isEmpty() ? QString() : dot + comments);
    const QString whole = outlet + tail;
    if (fm.horizontalAdvance(whole) <= width) {
        return whole;
    }
    const int room = width - fm.horizontalAdvance(tail);
    if (room >= fm.horizontalAdvance(QStringLiteral("가나…"))) {
        return fm.elidedText(outlet, Qt::ElideRight, room) + tail;
    }
    return fm.elidedText(whole, Qt::ElideRight, width); // too narrow even for that
}

QStringList ArticleDelegate::wrapped(const QString& text, const QFontMetrics& fm, int width, int maxLines)
{
    QStringList lines;
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QString line;
    qsizetype i = 0;
    while (i < words.size() && lines.size() < maxLines - 1) {
        const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            ++i;
            continue;
        }
        if (line.isEmpty()) {
            // one word wider than the line: as many characters as fit, the rest on the next line
            qsizetype n = words[i].size();
            while (n > 1 && fm.horizontalAdvance(words[i].left(n)) > width) {
                --n;
            }
            lines.append(words[i].left(n));
            words[i] = words[i].mid(n);
            continue;
        }
        lines.append(line);
        line.clear();
    }
    QStringList rest;
    if (!line.isEmpty()) {
        rest.append(line);
    }
    for (; i < words.size(); ++i) {
        rest.append(words[i]);
    }
    if (!rest.isEmpty()) {
        lines.append(fm.elidedText(rest.join(u' '), Qt::ElideRight, width));
    }
    return lines;
}

namespace
{

/// A search snippet: the match (between \x01 and \x02) drawn bold in the text colour, what precedes it
/// shortened from the left so the match is always in sight, the rest elided.
void drawSnippet(QPainter* painter,
                 const QString& snippet,
                 const QRect& rect,
                 const QFont& font,
                 const QColor& text,
                 const QColor& dim)
{
    const qsizetype open = snippet.indexOf(QChar(0x01));
    const qsizetype close = snippet.indexOf(QChar(0x02));
    const QFontMetrics fm(font);
    const int baseline = rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent();
    if (open < 0 || close < open) {
        painter->setPen(dim);
        painter->drawText(rect.left(), baseline, fm.elidedText(snippet, Qt::ElideRight, rect.width()));
        return;
    }
    QString before = snippet.left(open);
    const QString match = snippet.mid(open + 1, close - open - 1);
    const QString after = snippet.mid(close + 1);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const int matchWidth = std::min(bm.horizontalAdvance(match), rect.width());
    const int beforeRoom = std::max(0, std::min(rect.width() / 3, rect.width() - matchWidth));
    if (fm.horizontalAdvance(before) > beforeRoom) {
        before = fm.elidedText(before, Qt::ElideLeft, beforeRoom);
    }
    int x = rect.left();
    painter->setFont(font);
    painter->setPen(dim);
    painter->drawText(x, baseline, before);
    x += fm.horizontalAdvance(before);
    painter->setFont(bold);
    painter->setPen(text);
    const QString shownMatch = bm.elidedText(match, Qt::ElideRight, rect.right() - x);
    painter->drawText(x, baseline, shownMatch);
    x += bm.horizontalAdvance(shownMatch);
    painter->setFont(font);
    painter->setPen(dim);
    if (x < rect.right()) {
        painter->drawText(x, baseline, fm.elidedText(after, Qt::ElideRight, rect.right() - x));
    }
}

} // namespace

QRect ArticleDelegate::thumbnailRect(const QRect& rowRect)
{
    const QRect r = rowRect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    if (r.width() < kMinWidthForThumbnail) {
        return {};
    }
    // the stored thumbnail's shape (16:11), as tall as the row allows: always whole, never cut
    // the stored thumbnail's size (ThumbnailCache): never scaled up; in a narrow list a smaller one, so that the
    // headline keeps most of the row (they vanished at 1024 px, #14's walk)
    const int h = std::min(r.height(), r.width() < kSmallThumbnailBelow ? 40 : 55);
    const int w = h * 16 / 11;
    return QRect(r.right() - w + 1, r.top() + (r.height() - h) / 2, w, h);
}

QString ArticleDelegate::versionsBadgeText(const QModelIndex& index)
{
    const int versions = index.data(ArticleListModel::VersionsRole).toInt();
    if (versions <= 0) {
        return {};
    }
    return ArticleListModel::tr("%n related article(s)", nullptr, versions)
        + (index.data(ArticleListModel::ExpandedRole).toBool() ? QStringLiteral(" ▴") : QStringLiteral(" ▾"));
}

namespace
{

// the text column's right edge: the thumbnail's left when one is drawn
int textRight(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QRect thumb = ArticleDelegate::thumbnailRect(option.rect);
    if (!thumb.isEmpty() && !index.data(ArticleListModel::ThumbnailRole).value<QPixmap>().isNull()) {
        return thumb.left() - kThumbGap;
    }
    return r.right();
}

} // namespace

QRect ArticleDelegate::versionsBadgeRect(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString text = versionsBadgeText(index);
    if (text.isEmpty()) {
        return {};
    }
    const QFontMetrics mm(metaFont(option.font));
    const QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const int right = textRight(option, index);
    const int w = std::min(mm.horizontalAdvance(text) + 12, std::max(0, (right - r.left() - kGutter) / 2));
    const int h = mm.height() + 2;
    return QRect(right - w + 1, r.bottom() - h + 2, w, h);
}

bool ArticleDelegate::editorEvent(QEvent* event,
                                  QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton
            && versionsBadgeRect(option, index).contains(mouse->position().toPoint())) {
            emit versionsToggled(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void ArticleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const bool version = index.data(ArticleListModel::VersionRowRole).toBool();
    const QRect r = opt.rect.adjusted(kPadX + (version ? kVersionIndent : 0), kPadY, -kPadX, -kPadY);
    int right = r.right();
    const QRect thumbRect = thumbnailRect(opt.rect);
    if (!thumbRect.isEmpty()) {
        const QPixmap thumb = index.data(ArticleListModel::ThumbnailRole).value<QPixmap>();
        if (!thumb.isNull()) {
            painter->save();
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawPixmap(thumbRect, thumb);
            painter->restore();
            right = thumbRect.left() - kThumbGap;
        }
    }
    painter->save();
    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    const bool saved = index.data(ArticleListModel::SavedRole).toBool();
    const QFont title = titleFont(opt.font, !read);
    const QFont meta = metaFont(opt.font);
    const QFontMetrics tm(title);
    const QFontMetrics mm(meta);
    const int left = r.left() + kGutter;
    const int width = std::max(10, right - left);
    const QRect metaRect(left, r.bottom() - mm.height() + 1, width, mm.height());

    // the headline: two lines, or one with the summary (or a search snippet) underneath. The headline comes
    // first: one that does not fit a line takes the summary's line too (at 1024 px, "…교민 송…" cut most
    // headlines at one line while their summaries repeated the lead, #14's walk); a search keeps its snippet,
    // where the match is.
    QString snippet = index.data(ArticleListModel::SnippetRole).toString();
    const QString headline = index.data(Qt::DisplayRole).toString();
    QString summary
        = snippet.isEmpty() && m_summaries ? index.data(ArticleListModel::SummaryRole).toString() : QString();
    const QStringList lines = headlineLines(headline, tm, width, !snippet.isEmpty());
    if (lines.size() > 1) {
        summary.clear();
    }
    painter->setFont(title);
    painter->setPen(text);
    int y = r.top();
    for (const QString& line : lines) {
        painter->drawText(left, y + tm.ascent(), line);
        y += tm.height();
    }
    const QRect secondRect(left, r.top() + tm.height() + kGap, width, tm.height());
    if (!snippet.isEmpty()) {
        drawSnippet(painter, snippet, secondRect, opt.font, text, dim);
    } else if (!summary.isEmpty()) {
        QFont f = opt.font;
        painter->setFont(f);
        painter->setPen(dim);
        const QFontMetrics fm(f);
        painter->drawText(secondRect.left(),
                          secondRect.top() + (secondRect.height() - fm.height()) / 2 + fm.ascent(),
                          fm.elidedText(summary, Qt::ElideRight, secondRect.width()));
    }

    // outlet · time · comments
    const int comments = index.data(ArticleListModel::CommentsRole).toInt();
    const QString outlet = index.data(ArticleListModel::OutletRole).toString();
    const QString time = index.data(ArticleListModel::TimeTextRole).toString();
    const QString commentText = comments > 0 ? ArticleListModel::tr("%n comment(s)", nullptr, comments) : QString();
    painter->setFont(meta);
    painter->setPen(dim);
    int lineWidth = width;
    if (const QRect badge = versionsBadgeRect(opt, index); !badge.isEmpty()) {
        // "관련 기사 N건 ▾": the story's other outlets, a click away (#14)
        lineWidth = std::max(10, badge.left() - 6 - left);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = opt.palette.color(group, QPalette::Highlight);
        fill.setAlphaF(selected ? 0.0f : 0.14f);
        painter->setBrush(fill);
        QColor edge = selected ? text : opt.palette.color(group, QPalette::Highlight);
        edge.setAlphaF(0.6f);
        painter->setPen(edge);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(selected ? text : opt.palette.color(group, QPalette::Text));
        painter->drawText(
            badge, Qt::AlignCenter, mm.elidedText(versionsBadgeText(index), Qt::ElideRight, badge.width() - 6));
        painter->restore();
    }
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, metaLine(outlet, time, commentText, mm, lineWidth));
    if (version) {
        // the thread from the story to its version
        painter->setPen(dim);
        const int x = opt.rect.left() + kPadX + kVersionIndent / 2;
        painter->drawLine(x, opt.rect.top(), x, opt.rect.center().y());
        painter->drawLine(x, opt.rect.center().y(), x + kVersionIndent / 2 - 2, opt.rect.center().y());
    }

    // the marks, one per line of the row: unread, scrapped, saved for offline
    if (!read) {
        painter->setBrush(opt.palette.color(group, QPalette::Highlight).lighter(selected ? 160 : 100));
        painter->setPen(Qt::NoPen);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawEllipse(QPoint(r.left() + 6, r.top() + tm.height() / 2), 3, 3);
    }
    if (starred) {
        painter->setFont(meta);
        painter->setPen(QColor(0xE6, 0xA1, 0x17));
        painter->drawText(
            QRect(r.left(), secondRect.top(), 13, secondRect.height()), Qt::AlignCenter, QStringLiteral("★"));
    }
    if (saved) {
        const int side = std::min(13, metaRect.height());
        const QRect pin(r.left(), metaRect.top() + (metaRect.height() - side) / 2, side, side);
        Icons::icon(Icons::Kind::Save).paint(painter, pin, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    }
    painter->restore();
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // one height for every row: two headline lines (or headline and summary) and the outlet line. The width
    // asks for little, so the list lays rows out at its own width and never scrolls sideways (#14).
    const QFontMetrics tm(titleFont(option.font, true));
    const QFontMetrics mm(metaFont(option.font));
    return QSize(kGutter + 2 * kPadX + 60, std::max(64, 2 * kPadY + 2 * tm.height() + kGap * 2 + mm.height()));
}
