#pragma once

#include <QWidget>

class QAbstractScrollArea;

/// A 2 px line in the highlight colour around a pane that has the keyboard focus (the list, the article): Tab moved
/// between them with nothing on screen to say where it went, and in the dark theme the focus could not be found at
/// all (#14's walk). It is a transparent child over the pane, shown only while the pane has the focus, and lets the
/// mouse through.
class FocusFrame : public QWidget
{
    Q_OBJECT

public:
    static void install(QAbstractScrollArea* area);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    explicit FocusFrame(QAbstractScrollArea* area);
    QAbstractScrollArea* m_area;
};
