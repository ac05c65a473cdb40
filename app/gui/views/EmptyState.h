#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

/// A friendly message where content would be (no articles yet, no search results): a heading, a sentence
/// that says what happened and what to do, and buttons for the next step. Keyboard reachable; the text is
/// what a screen reader reads for the area.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setMessage(const QString& heading, const QString& text);
    QString heading() const;
    QString text() const;
    /// Adds a button (shown in the order added); `objectName` names it for tests.
    QPushButton* addButton(const QString& objectName, const QString& label);

private:
    QLabel* m_heading;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};
