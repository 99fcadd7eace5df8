#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace mixdesk {

// The operator's deadline and urgency for the selected notices: a day (or none) and
// the urgent flag. Opened with open(); the caller reads the values on accepted().
class DueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DueDialog(QWidget* parent = nullptr);

    // `count` notices are being set; `due` and `urgent` are what the first one has.
    void setValues(int count, const QDate& due, bool urgent);
    QDate due() const; // invalid: no deadline
    bool urgent() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_intro = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_urgent = nullptr;
    int m_count = 1;
};

} // namespace mixdesk
