#pragma once

#include "analysis/Analysis.h"
#include "profile/OperatorProfile.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QSplitter;
class QTabWidget;

namespace mixdesk {

class AnalysisPane;
class InboxPane;
class NotesPane;
class ReadingPane;
class StoreSession;

// The inbox view of the desk: the filtered notice list beside the selected notice's
// analysis and its notes and history. Everything it shows comes from the store's
// worker (StoreSession); it never waits for it.
class InboxWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit InboxWorkspace(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // The exits to highlight in raw headers.
    void setProfile(const OperatorProfile& profile);

    InboxPane* inbox() const { return m_inbox; }
    AnalysisPane* analysisPane() const { return m_analysisPane; }
    NotesPane* notesPane() const { return m_notes; }
    ReadingPane* readingPane() const { return m_reading; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    // The right side: the detail tabs above the notes and history.
    QSplitter* detailSplitter() const { return m_detailSplitter; }
    QSplitter* splitter() const { return m_splitter; }

    qint64 currentNoticeId() const { return m_noticeId; }
    // Shows an analysis made outside the store (a notice file opened for a look).
    void showFileAnalysis(const Analysis& analysis, const QByteArray& raw);
    // Reads the current notice again (after a re-analysis changed it).
    void reloadCurrent();
    // Brings the notes field up, for the "add note" action.
    void focusNoteField();

    // A campaign: lists and selects the notices whose analysis names the current
    // notice's webmail account (or mail server), for one forward to the provider.
    // The query runs in SQL on the store's worker (RespondWiring puts the actions
    // beside Respond in the list's context menu and the Notice menu).
    void selectSameAccount();
    void selectSameMailServer();
    QAction* sameAccountAction() const { return m_sameAccount; }
    QAction* sameMailServerAction() const { return m_sameServer; }

signals:
    // The notice whose analysis is shown changed (0: none).
    void currentNoticeChanged(qint64 id);
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showNotice(qint64 id);
    void selectCampaign(bool byAccount);
    void updateCampaignActions();
    void retranslateUi();

    QPointer<StoreSession> m_session;
    OperatorProfile m_profile;
    InboxPane* m_inbox = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    AnalysisPane* m_analysisPane = nullptr;
    NotesPane* m_notes = nullptr;
    ReadingPane* m_reading = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_detailSplitter = nullptr;
    QAction* m_sameAccount = nullptr;
    QAction* m_sameServer = nullptr;
    qint64 m_noticeId = 0;
    quint64 m_generation = 0; // answers for an earlier notice are dropped
};

} // namespace mixdesk
