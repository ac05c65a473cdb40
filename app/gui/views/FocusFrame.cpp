#include "FocusFrame.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace
{
constexpr int kWidth = 2;
}

void FocusFrame::install(QAbstractScrollArea* area)
{
    new FocusFrame(area);
}

FocusFrame::FocusFrame(QAbstractScrollArea* area)
    : QWidget(area)
    , m_area(area)
{
    setObjectName(QStringLiteral("focusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    area->installEventFilter(this);
}

bool FocusFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_area) {
        switch (event->type()) {
        case QEvent::FocusIn:
            setGeometry(m_area->rect());
            raise();
            show();
            break;
        case QEvent::FocusOut:
            hide();
            break;
        case QEvent::Resize:
            setGeometry(m_area->rect());
            break;
        default:
            break;
        }
    }
    return false;
}

void FocusFrame::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QPen pen(m_area->palette().color(QPalette::Active, QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}
