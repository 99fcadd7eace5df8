#pragma once

#include "store/notices/NoticeStatus.h"

#include <QHash>
#include <QPointer>

#include <QTimer>
#include <QWidget>

namespace mixdesk {

class FilterBar;
class InboxModel;
class InboxView;
class StoreSession;

// The inbox: filter bar above the lazy notice list. Tells which notice is
// current; changes nothing in the store by itself.
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPane(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    InboxModel* model() const { return m_model; }
    InboxView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }

    // Re-reads the list (after import/sync/status change), keeping the current notice.
    void refresh();
    // Asks for the status counts; countsChanged() brings them.
    void updateCounts();
    // Coalesces refresh requests (import/sync batches) into one refresh.
    void scheduleRefresh();
    // True from setStore() until the work deferred past the first paint (status
    // counts, selecting the first notice) is done.
    bool isStartupPending() const { return m_startupPending; }
    // Selects the next notice with status New after the current one in the list's
    // order (wrapping to the top); noNewNotice() when there is none in this view.
    void selectNextNew();
    // Lists only the notices of a campaign (FilterBar::setCampaign) and selects them
    // all when they are in, the current notice staying current: ready for one Respond.
    void showCampaign(const QString& account, const QString& mailServer);
    // Whether a list column is shown until the operator chooses otherwise.
    static bool shownByDefault(int column);
    // The width at which the shown columns and a readable subject fit without
    // sideways scrolling (for the first window size); the least one leaves the
    // subject a short line.
    int preferredWidth() const { return widthWithSubject(kSubjectRoom); }
    int leastWidth() const { return widthWithSubject(kShortSubject); }
    // Puts a bar (a banner saying what needs doing) above the filter bar.
    void addBanner(QWidget* banner);

signals:
    void currentNoticeChanged(qint64 id); // 0: none
    void countsChanged(int total, int newCount);
    void noNewNotice();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Room for the subject, in letters (x-widths of the list's bold font).
    static constexpr int kSubjectRoom = 26;
    static constexpr int kShortSubject = 14;
    int widthWithSubject(int letters) const;
    void setDefaultColumns();
    void emitCurrent();
    void finishStartup();
    void listRefreshed();

    FilterBar* m_filterBar = nullptr;
    InboxModel* m_model = nullptr;
    InboxView* m_view = nullptr;
    QPointer<StoreSession> m_session;
    qint64 m_currentId = -1;
    qint64 m_keepId = 0; // the notice to keep current across a refresh
    quint64 m_countGeneration = 0;
    QTimer m_refreshTimer;
    QTimer m_startupTimer; // finishes the startup when nothing gets painted
    bool m_startupPending = false;
    bool m_selectFirst = false; // Down from the search: select the first row when it comes
    bool m_selectAll = false;   // a campaign: select every row when they come
};

} // namespace mixdesk
