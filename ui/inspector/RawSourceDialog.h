#pragma once

#include <QByteArray>
#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mixdesk {

class RawHeaderHighlighter;

// The whole notice as received, as a mail client's "view source" shows it (Ctrl+U):
// header names, IP addresses and the operator's exit addresses highlighted, with
// find-in-source (Enter: next match, wrapping around).
class RawSourceDialog : public QDialog
{
    Q_OBJECT
public:
    RawSourceDialog(const QByteArray& raw, const QStringList& exitAddresses,
                    QWidget* parent = nullptr);

    QPlainTextEdit* sourceView() const { return m_view; }
    QLineEdit* findEdit() const { return m_find; }
    // Selects the next match of the find text; false when there is none.
    bool findNext();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QPlainTextEdit* m_view = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findCaption = nullptr;
    QLabel* m_status = nullptr;
    RawHeaderHighlighter* m_highlighter = nullptr;
};

} // namespace mixdesk
