#include "EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_text(new QLabel)
    , m_buttons(new QHBoxLayout)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setAlignment(Qt::AlignHCenter);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    // a centred column of readable width; the labels fill it, so that they wrap to their full height
    auto* column = new QWidget;
    column->setMaximumWidth(540);
    auto* inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_heading);
    inner->addSpacing(8);
    inner->addWidget(m_text);
    inner->addSpacing(16);
    m_buttons->addStretch();
    m_buttons->addStretch();
    inner->addLayout(m_buttons);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 24, 16, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setMessage(const QString& heading, const QString& text)
{
    m_heading->setText(heading);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleName(heading);
    setAccessibleDescription(text);
}

QString EmptyState::heading() const
{
    return m_heading->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QPushButton* EmptyState::addButton(const QString& objectName, const QString& label)
{
    auto* button = new QPushButton(label);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}
