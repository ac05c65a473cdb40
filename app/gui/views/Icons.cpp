#include "Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>

namespace Icons
{

namespace
{

// Every icon is drawn on a 24×24 grid with a 1.8-unit round stroke and no fill except the star when checked.
class LineIconEngine : public QIconEngine
{
public:
    explicit LineIconEngine(Kind kind)
        : m_kind(kind)
    {
    }

    QIconEngine* clone() const override { return new LineIconEngine(m_kind); }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const qreal dpr = std::max<qreal>(1.0, scale);
        QPixmap pm(size * dpr);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(dpr);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                     mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, color, state == QIcon::On);
        painter->restore();
    }

private:
    void draw(QPainter* p, const QColor& color, bool on) const
    {
        switch (m_kind) {
        case Kind::Refresh: {
            p->drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 290 * 16);
            const QPointF tip(12 + 7.5 * qCos(qDegreesToRadians(60.0)), 12 - 7.5 * qSin(qDegreesToRadians(60.0)));
            p->drawPolyline(QPolygonF({tip + QPointF(-4.2, -0.8), tip, tip + QPointF(0.6, 4.2)}));
            break;
        }
        case Kind::AddFeed:
            p->drawEllipse(QRectF(3.5, 3.5, 17, 17));
            p->drawLine(QPointF(12, 8), QPointF(12, 16));
            p->drawLine(QPointF(8, 12), QPointF(16, 12));
            break;
        case Kind::MarkAllRead:
            p->drawPolyline(QPolygonF({QPointF(2.5, 12.5), QPointF(6.5, 16.5), QPointF(14, 8)}));
            p->drawPolyline(QPolygonF({QPointF(9.5, 16.5), QPointF(10.5, 17.5), QPointF(21.5, 6.5)}));
            break;
        case Kind::Star: {
            QPolygonF star;
            for (int i = 0; i < 10; ++i) {
                const qreal r = i % 2 == 0 ? 9.0 : 4.0;
                const qreal a = qDegreesToRadians(-90.0 + i * 36.0);
                star << QPointF(12 + r * qCos(a), 12.6 + r * qSin(a));
            }
            if (on) {
                p->setBrush(color);
            }
            p->drawPolygon(star);
            break;
        }
        case Kind::Save: // an arrow into a tray: kept on this computer
            p->drawLine(QPointF(12, 3.5), QPointF(12, 14.5));
            p->drawPolyline(QPolygonF({QPointF(7.5, 10), QPointF(12, 14.5), QPointF(16.5, 10)}));
            p->drawPolyline(QPolygonF({QPointF(4, 14), QPointF(4, 20), QPointF(20, 20), QPointF(20, 14)}));
            break;
        case Kind::Offline: { // a cloud, crossed out while offline (it was crossed out online too, #14's walk)
            QPainterPath cloud;
            cloud.moveTo(7, 18);
            cloud.cubicTo(3, 18, 3, 12, 7, 12);
            cloud.cubicTo(7.5, 7, 14.5, 6, 16, 10.5);
            cloud.cubicTo(21, 10.5, 21.5, 18, 17, 18);
            cloud.closeSubpath();
            p->drawPath(cloud);
            if (on) {
                p->drawLine(QPointF(4, 4), QPointF(20, 21));
            }
            break;
        }
        case Kind::Settings: { // a gear: eight teeth around a ring
            QPainterPath gear;
            const int teeth = 8;
            for (int i = 0; i < teeth * 4; ++i) {
                const qreal a = qDegreesToRadians(i * 360.0 / (teeth * 4) - 90.0 / teeth);
                const qreal r = (i % 4 == 1 || i % 4 == 2) ? 9.5 : 7.2;
                const QPointF pt(12 + r * qCos(a), 12 + r * qSin(a));
                i == 0 ? gear.moveTo(pt) : gear.lineTo(pt);
            }
            gear.closeSubpath();
            p->drawPath(gear);
            p->drawEllipse(QPointF(12, 12), 3, 3);
            break;
        }
        case Kind::Panels:
            p->drawRoundedRect(QRectF(3, 4.5, 18, 15), 2, 2);
            p->drawLine(QPointF(15, 4.5), QPointF(15, 19.5));
            break;
        case Kind::Home:
            p->drawPolyline(QPolygonF({QPointF(3.5, 11.5), QPointF(12, 4), QPointF(20.5, 11.5)}));
            p->drawPolyline(QPolygonF({QPointF(6, 9.5), QPointF(6, 20), QPointF(18, 20), QPointF(18, 9.5)}));
            p->drawLine(QPointF(10.5, 20), QPointF(10.5, 15));
            p->drawLine(QPointF(10.5, 15), QPointF(13.5, 15));
            p->drawLine(QPointF(13.5, 15), QPointF(13.5, 20));
            break;
        case Kind::Help: {
            p->drawRoundedRect(QRectF(2.5, 6, 19, 12), 2, 2);
            for (int i = 0; i < 4; ++i) {
                p->drawPoint(QPointF(6.5 + i * 3.7, 10));
            }
            p->drawLine(QPointF(8, 14.5), QPointF(16, 14.5));
            break;
        }
        case Kind::About:
            p->drawEllipse(QRectF(3.5, 3.5, 17, 17));
            p->drawLine(QPointF(12, 11), QPointF(12, 16.5));
            p->drawPoint(QPointF(12, 7.8));
            break;
        case Kind::Search:
            p->drawEllipse(QRectF(4, 4, 12, 12));
            p->drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
            break;
        case Kind::Close:
            p->drawLine(QPointF(6, 6), QPointF(18, 18));
            p->drawLine(QPointF(18, 6), QPointF(6, 18));
            break;
        case Kind::Float: // two windows, one over the other
            p->drawRect(QRectF(8.5, 4.5, 11, 9));
            p->drawPolyline(QPolygonF({QPointF(8.5, 10.5),
                                       QPointF(4.5, 10.5),
                                       QPointF(4.5, 19.5),
                                       QPointF(15.5, 19.5),
                                       QPointF(15.5, 13.5)}));
            break;
        }
    }

    Kind m_kind;
};

} // namespace

QIcon icon(Kind kind)
{
    return QIcon(new LineIconEngine(kind));
}

} // namespace Icons
