#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    auto* show = m_menu->addAction(tr("Show Sosik"));
    connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
    auto* refresh = m_menu->addAction(tr("Refresh"));
    connect(refresh, &QAction::triggered, this, &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    auto* quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

TrayIcon::~TrayIcon()
{
    delete m_tray;
    delete m_menu;
}

void TrayIcon::setVisible(bool visible)
{
    if (!visible) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(badgeIcon(m_unread));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            emit showRequested();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    retranslate();
    m_tray->show();
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::showMessage(const QString& title, const QString& text)
{
    if (m_tray) {
        m_tray->showMessage(title, text, badgeIcon(m_unread), 8000);
    }
}

void TrayIcon::setUnread(int unread)
{
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    if (m_tray) {
        m_tray->setIcon(badgeIcon(unread));
        retranslate();
    }
}

void TrayIcon::retranslate()
{
    if (m_tray) {
        m_tray->setToolTip(m_unread > 0 ? tr("Sosik — %n unread article(s)", nullptr, m_unread) : tr("Sosik"));
    }
}

QPair<QString, QString> TrayIcon::notificationText(const QList<news::ArticleRow>& rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    const QString title = tr("%n new article(s)", nullptr, int(rows.size()));
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < 3; ++i) {
        lines.append(QStringLiteral("· %1 (%2)").arg(rows[i].title, rows[i].outlet));
    }
    return {title, lines.join(QLatin1Char('\n'))};
}

void TrayIcon::notifyNew(const QList<news::ArticleRow>& rows)
{
    const auto text = notificationText(rows);
    if (m_tray && !text.first.isEmpty()) {
        m_tray->showMessage(text.first, text.second, badgeIcon(m_unread), 8000);
    }
}

QIcon TrayIcon::badgeIcon(int unread)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = QIcon(QStringLiteral(":/icons/sosik-64.png")).pixmap(size, size);
        if (unread > 0) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QString label = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(std::max(7, size * 9 / 20));
            p.setFont(font);
            const int w = std::min(size, QFontMetrics(font).horizontalAdvance(label) + size / 5);
            const QRect badge(size - w, size - size * 11 / 20, w, size * 11 / 20);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xd9, 0x30, 0x25));
            p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, label);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}
