#pragma once

#include "store/notices/InboxQueries.h"

#include <QTimer>
#include <QWidget>

namespace mixdesk {

class FilterBar;
class InboxModel;
class InboxView;

// The inbox: filter bar above the lazy notice list. Tells which notice is
// current; changes nothing in the store by itself.
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPane(QWidget* parent = nullptr);

    void setStore(InboxQueries* store);
    InboxModel* model() const { return m_model; }
    InboxView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }

    // Re-reads the list (after import/sync/status change), keeping the current notice.
    void refresh();
    void updateCounts();
    // Coalesces refresh requests (import/sync batches) into one refresh.
    void scheduleRefresh();
    // True from setStore() until the work deferred past the first paint (status
    // counts, selecting the first notice) is done.
    bool isStartupPending() const { return m_startupPending; }

signals:
    void currentNoticeChanged(qint64 id); // 0: none
    void countsChanged(int total, int newCount);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitCurrent();
    void finishStartup();

    FilterBar* m_filterBar = nullptr;
    InboxModel* m_model = nullptr;
    InboxView* m_view = nullptr;
    qint64 m_currentId = -1;
    QTimer m_refreshTimer;
    QTimer m_startupTimer; // finishes the startup when nothing gets painted
    bool m_startupPending = false;
};

} // namespace mixdesk
