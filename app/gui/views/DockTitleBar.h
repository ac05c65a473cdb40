#pragma once

#include <QWidget>

class QDockWidget;
class QLabel;
class QToolButton;

/// A panel's title bar: its title, and "float" and "close" buttons drawn with the window's own icon set, in the
/// palette's text colour. The style's own buttons were dark grey on the dark theme's dark title (#14's walk).
/// Mouse presses outside the buttons go to the dock widget, which drags, floats and docks as it always does.
class DockTitleBar : public QWidget
{
    Q_OBJECT

public:
    explicit DockTitleBar(QDockWidget* dock);

    QToolButton* floatButton() const { return m_float; }
    QToolButton* closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QDockWidget* m_dock;
    QLabel* m_title;
    QToolButton* m_float;
    QToolButton* m_close;
};
