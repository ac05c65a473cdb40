#include "DockTitleBar.h"

#include "Icons.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

DockTitleBar::DockTitleBar(QDockWidget* dock)
    : QWidget(dock)
    , m_dock(dock)
    , m_title(new QLabel)
    , m_float(new QToolButton)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("dockTitleBar"));
    m_title->setTextFormat(Qt::PlainText);
    m_float->setObjectName(QStringLiteral("dockFloatButton"));
    m_close->setObjectName(QStringLiteral("dockCloseButton"));
    m_float->setIcon(Icons::icon(Icons::Kind::Float));
    m_close->setIcon(Icons::icon(Icons::Kind::Close));
    m_float->setToolTip(tr("Detach the panel, or put it back"));
    m_close->setToolTip(tr("Close the panel (the View menu brings it back)"));
    m_float->setAccessibleName(m_float->toolTip());
    m_close->setAccessibleName(m_close->toolTip());
    for (QToolButton* b : {m_float, m_close}) {
        b->setAutoRaise(true);
        b->setIconSize(QSize(12, 12));
        b->setFocusPolicy(Qt::NoFocus); // the panel's own keys are its lists'; the 보기 menu toggles it
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_float);
    layout->addWidget(m_close);
    connect(m_float, &QToolButton::clicked, dock, [dock] { dock->setFloating(!dock->isFloating()); });
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, this, &DockTitleBar::refresh);
    connect(dock, &QDockWidget::featuresChanged, this, &DockTitleBar::refresh);
    refresh();
}

void DockTitleBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // the icons are drawn in the palette's colours: a theme switch redraws them
        m_float->setIcon(Icons::icon(Icons::Kind::Float));
        m_close->setIcon(Icons::icon(Icons::Kind::Close));
    }
}

void DockTitleBar::refresh()
{
    m_title->setText(m_dock->windowTitle());
    m_float->setVisible(m_dock->features().testFlag(QDockWidget::DockWidgetFloatable));
    m_close->setVisible(m_dock->features().testFlag(QDockWidget::DockWidgetClosable));
}
