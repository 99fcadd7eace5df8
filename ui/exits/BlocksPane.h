#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mixdesk {

class BlockListModel;
class ExitsController;

// Destination blocks: the list, a form to record a request, removing one, and
// exporting the active ones for tor, nftables or Squid.
class BlocksPane : public QWidget
{
    Q_OBJECT
public:
    explicit BlocksPane(ExitsController* controller, QWidget* parent = nullptr);

    BlockListModel* model() const { return m_model; }
    // Test seams: the Add and Export buttons without dialogs. addFromForm returns
    // false (with the reason shown) when the form is not valid.
    bool addFromForm();
    void exportTo(const QString& folder);
    static QString exportFileName(int formatIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void removeSelected();

    ExitsController* m_controller;
    BlockListModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QLineEdit* m_destination = nullptr;
    QLabel* m_portsLabel = nullptr;
    QLineEdit* m_ports = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_requesterLabel = nullptr;
    QLineEdit* m_requester = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLineEdit* m_reference = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateEdit* m_expiryDate = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mixdesk
