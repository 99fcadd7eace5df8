#pragma once

#include "cases/CaseFolder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace mixdesk {

// "Add to case": picks one of the open cases (type, title, file reference, opened),
// filtered as the operator types, for the notices selected in the inbox. The list
// comes from what the Cases view loaded; nothing here reads the database.
// Window-modal: open it with open(); `chosen` follows OK or a double click.
class CasePickerDialog : public QDialog
{
    Q_OBJECT
public:
    CasePickerDialog(const QList<CaseFolder>& cases, const QList<qint64>& noticeIds,
                     QWidget* parent = nullptr);

    qint64 selectedCaseId() const;
    QList<qint64> noticeIds() const { return m_noticeIds; }
    void setFilter(const QString& text);
    int visibleCount() const;

signals:
    void chosen(qint64 caseId, const QList<qint64>& noticeIds);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void applyFilter();
    void updateButtons();

    QList<CaseFolder> m_cases; // the open ones
    QList<qint64> m_noticeIds;
    QLabel* m_intro;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QDialogButtonBox* m_buttons;
};

} // namespace mixdesk
