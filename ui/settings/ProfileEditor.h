#pragma once

#include "profile/OperatorProfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mixdesk {

class ExitTableModel;

// Edits the operator profile: who the operator is and the table of exits.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const OperatorProfile& profile);
    OperatorProfile profile() const;
    // Translated errors that prevent saving (invalid addresses...); empty when valid.
    QStringList validationErrors() const;

    ExitTableModel* exitModel() const { return m_exitModel; }
    // Fills the editor from a profile file (an operator.json kept from another
    // machine); nothing changes and the reason is shown when it cannot be read.
    bool importFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateErrors();
    void chooseFileToImport();

    OperatorProfile m_base; // keeps the fields this editor does not show
    QLabel* m_nameLabel = nullptr;
    QLabel* m_organisationLabel = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_ispLabel = nullptr;
    QLabel* m_ispAbuseLabel = nullptr;
    QLabel* m_exitsLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_isp = nullptr;
    QLineEdit* m_ispAbuse = nullptr;
    ExitTableModel* m_exitModel = nullptr;
    QTableView* m_exitView = nullptr;
    QPushButton* m_addExit = nullptr;
    QPushButton* m_removeExit = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_importError = nullptr;
    QLabel* m_errors = nullptr;
};

} // namespace mixdesk
