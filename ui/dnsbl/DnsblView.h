#pragma once

#include "dnsbl/DnsblRun.h"
#include "dnsbl/DnsblViewDependencies.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace mixdesk {

class DnsblChartView;
class DnsblController;
class DnsblMatrixModel;

// The DNSBL dashboard: every exit address against every zone, coloured by what a
// listing means for an exit; details and the delisting link of the selected cell; a
// chart of the selected address's listings over time; "Check now" with progress and
// cancel. Self-contained: it builds its controller (and worker thread) from the
// dependencies it is given, and tells the app about new actionable listings of
// premium exits through newListings().
class DnsblView : public QWidget
{
    Q_OBJECT
public:
    explicit DnsblView(DnsblViewDependencies dependencies, QWidget* parent = nullptr);
    ~DnsblView() override;

    DnsblController* controller() const { return m_controller; }
    DnsblMatrixModel* model() const { return m_model; }

public Q_SLOTS:
    void checkNow();
    void setProfile(const mixdesk::OperatorProfile& profile);
    void setDqsKey(const QString& key);

Q_SIGNALS:
    void newListings(const QList<mixdesk::DnsblResult>& listings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void onCheckStarted(int total);
    void onProgress(int done, int total);
    void onFinished(const DnsblRun& run);
    void onSelection();
    void showDetails();
    void updateLastChecked();
    void updateWarnings();

    DnsblController* m_controller = nullptr;
    DnsblMatrixModel* m_model = nullptr;
    QPushButton* m_checkNow = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QCheckBox* m_actionableOnly = nullptr;
    QLabel* m_lastChecked = nullptr;
    QLabel* m_warnings = nullptr;
    QTableView* m_matrix = nullptr;
    QTextBrowser* m_details = nullptr;
    DnsblChartView* m_chart = nullptr;
    QWidget* m_legend = nullptr;
    QList<QLabel*> m_legendLabels;
    QString m_chartIp;
    QString m_error;          // the last failure, as the worker sent it (translated then)
    bool m_rewriting = false; // the last check saw a rewriting resolver
    int m_untrustedZones = 0; // zones that failed their self-test in the last check
    int m_refusedZones = 0;   // zones that refused in the last check
};

} // namespace mixdesk
