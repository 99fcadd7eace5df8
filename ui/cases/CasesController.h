#pragma once

#include "CaseDetails.h"

#include "profile/OperatorProfile.h"
#include "store/session/StoreSession.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mixdesk {

// The Cases view's logic. Every read and write runs on the desk's store worker
// (StoreSession), with the cases role made there over the worker's connection;
// results come back as signals, so the GUI thread never waits on the database. The
// PDF dossier is gathered and written on the worker too.
class CasesController : public QObject
{
    Q_OBJECT
public:
    explicit CasesController(std::function<OperatorProfile()> profile, QObject* parent = nullptr);

    void setSession(StoreSession* session); // nullptr: the database closed
    StoreSession* session() const { return m_session; }
    OperatorProfile profile() const { return m_profile(); }

    void reload(); // casesLoaded, deadlinesLoaded
    void loadCase(qint64 caseId);
    qint64 currentCase() const { return m_current; }

    void createCase(const CaseFolder& folder, const QList<qint64>& noticeIds = {});
    // A new case pre-filled from the notice's analysis (draftReady), for the operator
    // to check in the new-case dialog before createCase links the notice to it.
    void draftFromNotice(qint64 noticeId);
    void saveCase(const CaseFolder& folder);
    void removeCase(qint64 caseId);
    void linkNotices(qint64 caseId, const QList<qint64>& noticeIds);
    void unlinkNotices(qint64 caseId, const QList<qint64>& noticeIds);
    void addNote(qint64 caseId, const QString& text);
    void addDocument(qint64 caseId, const QString& path);
    void removeDocument(qint64 caseId, qint64 documentId);
    void fetchDocument(qint64 documentId, const QString& fileName);
    void addDeadline(const CaseDeadline& deadline);
    void setDeadlineDone(qint64 caseId, qint64 deadlineId, bool done);
    void answerChecklist(qint64 caseId, const ChecklistAnswer& answer);
    void exportPdf(qint64 caseId, const QString& path, const QString& language);

signals:
    void casesLoaded(const QList<mixdesk::CaseFolder>& cases);
    // Every open deadline of the open cases (CaseStore::openDeadlines), read at `at`:
    // the Due list and the reminders make of it what is due (DueAgenda).
    void deadlinesLoaded(const QList<mixdesk::DueItem>& open, const QDateTime& at);
    void caseLoaded(const mixdesk::CaseDetails& details);
    void caseCreated(qint64 caseId);
    void draftReady(const mixdesk::CaseFolder& draft, const QList<qint64>& noticeIds);
    void noticesLinked(qint64 caseId, int count);
    void noticesUnlinked(qint64 caseId, int count);
    void documentFetched(const QString& fileName, const QByteArray& bytes);
    void exported(const QString& path, int pages);
    void errorOccurred(const QString& message);

private:
    // Runs a write on the worker, then reloads the list and the case.
    void write(qint64 caseId, std::function<Status(class CaseStore&)> work,
               std::function<void()> done = {});

    std::function<OperatorProfile()> m_profile;
    QPointer<StoreSession> m_session;
    qint64 m_current = 0;
};

} // namespace mixdesk
