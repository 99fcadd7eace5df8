#pragma once

#include "cases/CaseFolder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace mixdesk {

class CaseForm;

// "New case": the case's fields (CaseForm), empty or pre-filled from a notice's
// analysis for the operator to check. OK validates (a title is required) and emits
// createRequested; Cancel creates nothing. Window-modal: open it with open().
class NewCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCaseDialog(QWidget* parent = nullptr);

    // `draft` fills the form; `noticeIds` are linked to the new case.
    void setDraft(const CaseFolder& draft, const QList<qint64>& noticeIds = {});
    CaseForm* form() const { return m_form; }
    QList<qint64> noticeIds() const { return m_noticeIds; }

signals:
    void createRequested(const mixdesk::CaseFolder& folder, const QList<qint64>& noticeIds);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CaseForm* m_form;
    QLabel* m_intro;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QPushButton* m_cancel;
    CaseFolder m_draft;
    QList<qint64> m_noticeIds;
};

} // namespace mixdesk
