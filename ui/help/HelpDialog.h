#pragma once

#include <QDialog>

class QTextBrowser;

namespace mixdesk {

// F1: how a day with MixDesk goes, the keyboard shortcuts and what each status means,
// in the UI language (retranslated when it changes).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The help as HTML (escaped text only; nothing is loaded from anywhere).
    static QString html();
    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTextBrowser* m_browser = nullptr;
};

} // namespace mixdesk
