#include "widgets/DesktopNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace mixdesk {

DesktopNotifier::DesktopNotifier(QWidget* window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) // a tray icon without an image is invisible
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
        emit clicked();
    });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString& title, const QString& text)
{
    if (m_tray) {
        // The icon shows only while there is something to say: a desk app, not a tray app.
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    }
    emit notified(title, text);
}

} // namespace mixdesk
