#pragma once

#include "reanalysis/ReanalysisSummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QProgressDialog;
class QPushButton;

namespace mixdesk {

class Banner;
class MainWindow;
class ReanalysisJob;

// Re-analysis from the GUI: a menu command (with progress and cancel), offered by a
// banner as soon as the exits change, ending with a summary of what changed. Another
// banner stays while no exits are set (every notice would be filed as misdirected).
class ReanalysisPanel : public QObject
{
    Q_OBJECT
public:
    explicit ReanalysisPanel(MainWindow* window);
    ~ReanalysisPanel() override;

    QAction* reanalyse = nullptr;
    bool isRunning() const { return !m_job.isNull(); }
    void start();
    void cancel();
    // The text of the last summary (also in the status bar and the result banner).
    QString lastSummary() const { return m_lastSummary; }

signals:
    void finished(const mixdesk::ReanalysisSummary& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void profileChanged();
    void updateBanners();
    void retranslate();
    void done(const ReanalysisSummary& summary);
    QString summaryText(const ReanalysisSummary& summary) const;

    MainWindow* m_window;
    QPointer<ReanalysisJob> m_job;
    QProgressDialog* m_progress = nullptr;
    Banner* m_noExits = nullptr;
    QPushButton* m_setUp = nullptr;
    Banner* m_offer = nullptr;
    QPushButton* m_now = nullptr;
    QPushButton* m_later = nullptr;
    Banner* m_result = nullptr;
    QPushButton* m_dismiss = nullptr;
    QStringList m_exits;
    bool m_profileSeen = false;
    ReanalysisSummary m_summary;
    QString m_lastSummary;
};

} // namespace mixdesk
