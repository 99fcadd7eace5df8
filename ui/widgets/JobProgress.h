#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace mixdesk {

// Progress of a background job (import, sync) for the status bar: what runs,
// how far it is, and a Cancel button. Hidden while nothing runs.
class JobProgress : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgress(QWidget* parent = nullptr);

    // `text` is already translated by the caller, for the current language.
    void start(const QString& text);
    void setText(const QString& text);
    void setProgress(int done, int total); // total <= 0: busy indicator
    // Whether the job can be cancelled (opening a database cannot).
    void setCancelable(bool cancelable);
    void stop();

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace mixdesk
