#pragma once

#include "store/notices/NoticeQuery.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mixdesk {

struct OperatorProfile;

// Filters for the inbox: the view (all open by default; a status; the due queue;
// the hidden notices), with counts, category, exit IP, a date range on the received
// or the incident time, and full-text search (debounced). Emits the filter as a
// NoticeQuery.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 250;
    static constexpr int kDefaultDueDays = 3;

    explicit FilterBar(QWidget* parent = nullptr);

    NoticeQuery filter() const;
    // Offers the profile's exit addresses, each with its exit's name, in the exit filter.
    void setExits(const OperatorProfile& profile);
    // Shows per-status counts in the status filter; `total` for "All".
    void setStatusCounts(const QHash<NoticeStatus, int>& counts, int total);
    // Counts of the due queue and of the hidden notices, shown in the view filter.
    void setQueueCounts(int due, int hidden);
    // The due queue's query (open notices due within the chosen days, or overdue):
    // for its count.
    NoticeQuery dueQueue() const;
    void focusSearch();
    QLineEdit* searchField() const { return m_search; }
    // Applies a search still waiting for its debounce at once.
    void applySearchNow();
    void clearFilters();
    // A campaign: only the notices whose analysis names this webmail account or mail
    // server (one of the two), said in a bar with a button that ends it.
    void setCampaign(const QString& account, const QString& mailServer);
    void clearCampaign();
    bool hasCampaign() const { return !m_account.isEmpty() || !m_mailServer.isEmpty(); }
    // Related notices: only those of one exit address, reporter or case reference,
    // shown in the same bar as a campaign (and ended by its "Show all").
    enum class RelatedBy
    {
        Exit,
        Reporter,
        CaseReference
    };
    void setRelated(RelatedBy by, const QString& value);

signals:
    void filterChanged(const NoticeQuery& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString barText() const;
    void emitFilter();

    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_exitLabel = nullptr;
    QComboBox* m_exit = nullptr;
    QSpinBox* m_dueDays = nullptr;
    QCheckBox* m_useDates = nullptr;
    QComboBox* m_dateField = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchTimer;
    QWidget* m_campaignBar = nullptr;
    QLabel* m_campaignLabel = nullptr;
    QPushButton* m_clearCampaign = nullptr;
    QString m_account, m_mailServer;
    std::optional<RelatedBy> m_relatedBy;
    QString m_related;
    QHash<NoticeStatus, int> m_counts;
    int m_total = -1;
    int m_due = -1;
    int m_hidden = -1;
};

} // namespace mixdesk
