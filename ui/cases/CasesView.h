#pragma once

#include "cases/CaseFolder.h"
#include "cases/CaseRecords.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace mixdesk {

class CasePane;
class CasesController;
class CasesModel;
class NewCaseDialog;

// The Cases view of the desk: the Due list (overdue, today, this week, and later
// deadlines whose reminder is on), the list of cases, and the chosen case's folder.
class CasesView : public QWidget
{
    Q_OBJECT
public:
    explicit CasesView(CasesController* controller, QWidget* parent = nullptr);

    CasesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CasePane* pane() const { return m_pane; }
    QTreeWidget* dueList() const { return m_dueList; }
    void selectCase(qint64 caseId);
    // The new-case dialog, empty or pre-filled (a draft from a notice, linked to
    // `noticeIds`); window-modal over the main window. OK creates the case.
    NewCaseDialog* openNewCaseDialog(const CaseFolder& draft = {},
                                     const QList<qint64>& noticeIds = {});

signals:
    void openNotice(qint64 noticeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDue();

    CasesController* m_controller;
    CasesModel* m_model;
    QTableView* m_table;
    CasePane* m_pane;
    QGroupBox* m_dueBox;
    QTreeWidget* m_dueList;
    QLabel* m_status;
    QPushButton* m_newCase;
    QList<DueItem> m_openDeadlines;
    qint64 m_pendingSelection = 0;
};

} // namespace mixdesk
