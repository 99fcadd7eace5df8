#pragma once

#include "cases/CaseFolder.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mixdesk {

// The fields of a case folder as a form: type (and the role a summons calls the
// operator in), title, authority, file reference, contact person, status, opened
// date, exit IP and incident time. The case pane edits a stored case with it, the
// new-case dialog a draft. validate() names what is wrong in a line under the form.
class CaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseForm(QWidget* parent = nullptr);

    void setFolder(const CaseFolder& folder);
    // `base` with the form's fields written over it.
    CaseFolder folder(const CaseFolder& base = {}) const;
    // Empty when the fields can be saved, else what is wrong (the title is required,
    // an exit IP must be an address, the incident time must read as one).
    QString problem() const;
    // Shows problem() under the form and puts the cursor where it is; true if none.
    bool validate();

    QString exitIp() const;
    QDateTime incidentTimeUtc() const; // invalid when empty or unreadable
    QLineEdit* titleEdit() const { return m_title; }

signals:
    void incidentChanged(); // the exit IP or the incident time was edited

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    QWidget* problemField() const;

    QFormLayout* m_form;
    QComboBox* m_type;
    QComboBox* m_role;
    QLineEdit* m_title;
    QComboBox* m_authorityKind;
    QLineEdit* m_authority;
    QLineEdit* m_reference;
    QLineEdit* m_contact;
    QComboBox* m_status;
    QDateEdit* m_opened;
    QLineEdit* m_exitIp;
    QLineEdit* m_incident;
    QLabel* m_problem;
};

} // namespace mixdesk
