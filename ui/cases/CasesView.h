#pragma once

#include "cases/CaseRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mixdesk {

class CasePane;
class CasesController;
class CasesModel;

// The Cases view of the desk: what is due (deadlines and appointments whose
// reminder is on), the list of cases, and the chosen case's folder.
class CasesView : public QWidget
{
    Q_OBJECT
public:
    explicit CasesView(CasesController* controller, QWidget* parent = nullptr);

    CasesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CasePane* pane() const { return m_pane; }
    void selectCase(qint64 caseId);

signals:
    void openNotice(qint64 noticeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDue(const QList<DueItem>& due);

    CasesController* m_controller;
    CasesModel* m_model;
    QTableView* m_table;
    CasePane* m_pane;
    QLabel* m_due;
    QLabel* m_status;
    QPushButton* m_newCase;
    QList<DueItem> m_dueItems;
    qint64 m_pendingSelection = 0;
};

} // namespace mixdesk
