#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mixdesk {

class BlocksPane;
class CheckHistoryModel;
class ExitsController;
class ExitsTableModel;
class JobProgress;
class NoticePagePane;

// The Exits view: every exit address with where it runs, the ISP's stance and
// its readiness checks at a glance; below, the selected address's check history,
// the notice page and the destination blocks. Self-contained: give it its
// controller and put it anywhere (a tab, the desk's view stack).
class ExitsView : public QWidget
{
    Q_OBJECT
public:
    explicit ExitsView(ExitsController* controller, QWidget* parent = nullptr);

    ExitsTableModel* exitsModel() const { return m_exitsModel; }
    CheckHistoryModel* historyModel() const { return m_historyModel; }
    BlocksPane* blocksPane() const { return m_blocks; }
    NoticePagePane* noticePane() const { return m_notice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateScore();
    void showHistoryOfCurrent();

    ExitsController* m_controller;
    ExitsTableModel* m_exitsModel;
    CheckHistoryModel* m_historyModel;
    QLabel* m_score = nullptr;
    QPushButton* m_checkNow = nullptr;
    QCheckBox* m_hourly = nullptr;
    JobProgress* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_history = nullptr;
    NoticePagePane* m_notice = nullptr;
    BlocksPane* m_blocks = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mixdesk
