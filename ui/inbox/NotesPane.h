#pragma once

#include "store/notices/NoticeEvent.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace mixdesk {

class StoreSession;

// The selected notice's history (imported, status changes, notes, mails sent)
// and a field to add a note. Reads and writes go through the store's worker
// (StoreSession); the pane shows the answer when it comes.
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPane(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    void showNotice(qint64 id); // 0: none
    qint64 noticeId() const { return m_id; }
    void focusNoteField();
    // Adds the text of the note field as a note (test seam for the button); false
    // when there is nothing to add. noteAdded() follows when it is stored.
    bool addNote();
    // Reads the history again (after another desk or a status change touched it).
    void reload();

signals:
    void noteAdded(qint64 id);
    void historyShown(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // Ctrl+Enter adds the note

private:
    void retranslateUi();
    void showHistory(const QList<NoticeEvent>& events);

    QPointer<StoreSession> m_session;
    qint64 m_id = 0;
    quint64 m_generation = 0; // answers for another notice are dropped
    QList<NoticeEvent> m_events;
    QLabel* m_caption = nullptr;
    QTextBrowser* m_history = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
};

} // namespace mixdesk
