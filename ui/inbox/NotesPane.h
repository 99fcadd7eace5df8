#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace mixdesk {

class NoticeJournal;

// The selected notice's history (imported, status changes, notes, mails sent)
// and a field to add a note.
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPane(QWidget* parent = nullptr);

    void setStore(NoticeJournal* store) { m_store = store; }
    void showNotice(qint64 id); // 0: none
    qint64 noticeId() const { return m_id; }
    void focusNoteField();
    // Adds the text of the note field as a note (test seam for the button).
    bool addNote();

signals:
    void noteAdded(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();

    NoticeJournal* m_store = nullptr;
    qint64 m_id = 0;
    QTextBrowser* m_history = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
};

} // namespace mixdesk
