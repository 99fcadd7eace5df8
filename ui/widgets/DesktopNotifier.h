#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace mixdesk {

// Messages that must reach the operator even when the window is hidden or on another
// desktop (a new blocklist listing of a premium exit): a tray bubble where the desktop
// has a system tray. Without one (or offscreen) only `notified` is emitted, and the
// caller's in-window message (status bar, inbox entry) is all there is.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // `window`: raised and activated when the operator clicks the bubble.
    explicit DesktopNotifier(QWidget* window);
    ~DesktopNotifier() override;

    void notify(const QString& title, const QString& text);
    bool hasTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    void notified(const QString& title, const QString& text);
    void clicked(); // the operator clicked the last bubble

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace mixdesk
