#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QAction;

namespace mixdesk {

class Banner;
class InboxPane;

// Delete in the inbox, as in a mail client, but nothing is lost: the selected
// notices are hidden (a flag; the raw notice stays), they leave the list at once
// (InboxModel::removeIds) while the store's worker writes it, and a failure brings
// them back and says why. A banner offers Undo (Ctrl+Z too); the "Hidden" view
// lists them, and Restore brings them back at any time. Both are journalled.
class HideController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBannerMs = 30000;

    explicit HideController(InboxPane* inbox, QObject* parent = nullptr);

    QAction* hideAction() const { return m_hide; }       // Delete
    QAction* restoreAction() const { return m_restore; } // in the Hidden view
    QAction* undoAction() const { return m_undo; }       // Ctrl+Z: the last hiding
    Banner* banner() const { return m_banner; }
    int pendingWrites() const { return m_pending; }

    void hide(const QList<qint64>& ids);
    void restore(const QList<qint64>& ids);
    void undo();

signals:
    void message(const QString& text);
    void failed(const QString& text);
    void written(const QList<qint64>& ids); // the history of those changed

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void write(const QList<qint64>& ids, bool hidden);
    void updateActions();
    void retranslate();

    InboxPane* m_inbox;
    QAction* m_hide = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_undo = nullptr;
    Banner* m_banner = nullptr;
    QTimer m_bannerTimer;
    QList<qint64> m_lastHidden; // what Undo brings back
    int m_pending = 0;
    qint64 m_selectId = 0; // a restored notice, made current when the list has it
};

} // namespace mixdesk
