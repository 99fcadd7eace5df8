#include "CasesController.h"

#include "cases/CaseDraft.h"
#include "cases/SqlCaseStore.h"
#include "cases/dossier/DossierCollector.h"
#include "cases/dossier/DossierWriter.h"
#include "store/session/StoreSession.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace mixdesk {
namespace {

Result<CaseDetails> readDetails(StoreContext& c, qint64 caseId)
{
    SqlCaseStore cases(c.db);
    CaseDetails d;
    Result<CaseFolder> folder = cases.find(caseId);
    if (!folder)
        return folder.error();
    d.folder = *folder;
    auto linked = cases.linkedNotices(caseId);
    auto documents = cases.documents(caseId);
    auto notes = cases.notes(caseId);
    auto deadlines = cases.deadlines(caseId);
    auto checklist = cases.checklist(caseId);
    auto events = cases.events(caseId);
    if (!linked)
        return linked.error();
    if (!documents)
        return documents.error();
    if (!notes)
        return notes.error();
    if (!deadlines)
        return deadlines.error();
    if (!checklist)
        return checklist.error();
    if (!events)
        return events.error();
    auto summaries = c.roles.inbox.summaries(*linked);
    if (!summaries)
        return summaries.error();
    d.notices = *summaries;
    d.documents = *documents;
    d.notes = *notes;
    d.deadlines = *deadlines;
    d.checklist = *checklist;
    CaseTimeline::Input in;
    in.folder = d.folder;
    in.events = *events;
    in.notes = d.notes;
    in.documents = d.documents;
    in.deadlines = d.deadlines;
    in.checklist = d.checklist;
    for (const NoticeSummary& s : d.notices) {
        auto noticeEvents = c.roles.journal.events(s.id);
        in.notices.append({s.id, s.subject, s.receivedAt, s.incidentTimeUtc,
                           noticeEvents ? *noticeEvents : QList<NoticeEvent>()});
    }
    d.timeline = CaseTimeline::build(in);
    return d;
}

struct Listing
{
    QList<CaseFolder> cases;
    QList<DueItem> deadlines;
};

// How far ahead the Due list looks: reminders are at most a few weeks before.
constexpr int kDeadlineHorizonDays = 366;

} // namespace

CasesController::CasesController(std::function<OperatorProfile()> profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{
    qRegisterMetaType<CaseDetails>();
}

void CasesController::setSession(StoreSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_current = 0;
    if (!m_session) {
        emit casesLoaded({});
        emit deadlinesLoaded({}, QDateTime::currentDateTimeUtc());
        return;
    }
    connect(m_session, &StoreSession::changed, this, [this](const QString& topic) {
        if (topic.isEmpty() || topic == u"cases") {
            reload();
            if (m_current)
                loadCase(m_current);
        }
    });
    reload();
}

void CasesController::reload()
{
    if (!m_session)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_session->run<Listing>(
        this,
        [now](StoreContext& c) -> Result<Listing> {
            SqlCaseStore cases(c.db);
            auto list = cases.list();
            if (!list)
                return list.error();
            auto deadlines = cases.openDeadlines(now.addDays(kDeadlineHorizonDays));
            if (!deadlines)
                return deadlines.error();
            return Listing{*list, *deadlines};
        },
        [this, now](Result<Listing> listing) {
            if (!listing) {
                emit errorOccurred(listing.error().message);
                return;
            }
            emit casesLoaded(listing->cases);
            emit deadlinesLoaded(listing->deadlines, now);
        });
}

void CasesController::loadCase(qint64 caseId)
{
    m_current = caseId;
    if (!m_session || caseId == 0)
        return;
    m_session->run<CaseDetails>(
        this, [caseId](StoreContext& c) { return readDetails(c, caseId); },
        [this, caseId](Result<CaseDetails> details) {
            if (caseId != m_current)
                return; // another case was chosen meanwhile
            if (!details) {
                emit errorOccurred(details.error().message);
                return;
            }
            emit caseLoaded(*details);
        });
}

void CasesController::createCase(const CaseFolder& folder, const QList<qint64>& noticeIds)
{
    if (!m_session)
        return;
    m_session->run<CaseFolder>(
        this,
        [folder, noticeIds](StoreContext& c) {
            return SqlCaseStore(c.db).create(folder, noticeIds);
        },
        [this](Result<CaseFolder> created) {
            if (!created) {
                emit errorOccurred(created.error().message);
                return;
            }
            reload();
            loadCase(created->id);
            emit caseCreated(created->id);
        });
}

void CasesController::draftFromNotice(qint64 noticeId)
{
    if (!m_session || noticeId == 0)
        return;
    m_session->run<CaseFolder>(
        this,
        [noticeId](StoreContext& c) -> Result<CaseFolder> {
            auto analysis = c.roles.inbox.analysis(noticeId);
            if (!analysis)
                return analysis.error();
            auto summary = c.roles.inbox.summaries({noticeId});
            if (!summary)
                return summary.error();
            const QString subject = summary->isEmpty() ? QString() : summary->first().subject;
            return CaseDraft::fromNotice(*analysis, subject);
        },
        [this, noticeId](Result<CaseFolder> draft) {
            if (!draft) {
                emit errorOccurred(draft.error().message);
                return;
            }
            emit draftReady(*draft, {noticeId});
        });
}

void CasesController::write(qint64 caseId, std::function<Status(CaseStore&)> work,
                            std::function<void()> onDone)
{
    if (!m_session)
        return;
    m_session->run<bool>(
        this,
        [work](StoreContext& c) -> Result<bool> {
            SqlCaseStore cases(c.db);
            const Status done = work(cases);
            if (!done)
                return done.error();
            return true;
        },
        [this, caseId, onDone](Result<bool> done) {
            if (!done)
                emit errorOccurred(done.error().message);
            else if (onDone)
                onDone();
            reload();
            if (caseId != 0 && caseId == m_current)
                loadCase(caseId);
        });
}

void CasesController::saveCase(const CaseFolder& folder)
{
    write(folder.id, [folder](CaseStore& s) -> Status {
        auto r = s.update(folder);
        return r ? Status() : Status(r.error());
    });
}

void CasesController::removeCase(qint64 caseId)
{
    if (caseId == m_current)
        m_current = 0;
    write(0, [caseId](CaseStore& s) { return s.remove(caseId); });
}

void CasesController::linkNotices(qint64 caseId, const QList<qint64>& noticeIds)
{
    if (noticeIds.isEmpty())
        return;
    write(
        caseId, [caseId, noticeIds](CaseStore& s) { return s.link(caseId, noticeIds); },
        [this, caseId, count = int(noticeIds.size())] { emit noticesLinked(caseId, count); });
}

void CasesController::unlinkNotices(qint64 caseId, const QList<qint64>& noticeIds)
{
    if (noticeIds.isEmpty())
        return;
    write(
        caseId,
        [caseId, noticeIds](CaseStore& s) -> Status {
            for (qint64 id : noticeIds) {
                const Status done = s.unlink(caseId, id);
                if (!done)
                    return done;
            }
            return Status();
        },
        [this, caseId, count = int(noticeIds.size())] { emit noticesUnlinked(caseId, count); });
}

void CasesController::addNote(qint64 caseId, const QString& text)
{
    write(caseId, [caseId, text](CaseStore& s) -> Status {
        auto r = s.addNote(caseId, text);
        return r ? Status() : Status(r.error());
    });
}

void CasesController::addDocument(qint64 caseId, const QString& path)
{
    // The file is read on the worker too: a scan may be large, or on a slow share.
    write(caseId, [caseId, path](CaseStore& s) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
        const QByteArray bytes = file.readAll();
        const QString type = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
        auto r = s.addDocument(caseId, QFileInfo(path).fileName(), type, bytes);
        return r ? Status() : Status(r.error());
    });
}

void CasesController::removeDocument(qint64 caseId, qint64 documentId)
{
    write(caseId, [documentId](CaseStore& s) { return s.removeDocument(documentId); });
}

void CasesController::fetchDocument(qint64 documentId, const QString& fileName)
{
    if (!m_session)
        return;
    m_session->run<QByteArray>(
        this,
        [documentId](StoreContext& c) { return SqlCaseStore(c.db).documentContent(documentId); },
        [this, fileName](Result<QByteArray> bytes) {
            if (!bytes) {
                emit errorOccurred(bytes.error().message);
                return;
            }
            emit documentFetched(fileName, *bytes);
        });
}

void CasesController::addDeadline(const CaseDeadline& deadline)
{
    write(deadline.caseId, [deadline](CaseStore& s) -> Status {
        auto r = s.addDeadline(deadline);
        return r ? Status() : Status(r.error());
    });
}

void CasesController::setDeadlineDone(qint64 caseId, qint64 deadlineId, bool done)
{
    write(caseId, [deadlineId, done](CaseStore& s) { return s.setDeadlineDone(deadlineId, done); });
}

void CasesController::answerChecklist(qint64 caseId, const ChecklistAnswer& answer)
{
    write(caseId, [caseId, answer](CaseStore& s) { return s.answerChecklist(caseId, answer); });
}

void CasesController::exportPdf(qint64 caseId, const QString& path, const QString& language)
{
    if (!m_session)
        return;
    const OperatorProfile profile = m_profile();
    m_session->run<int>(
        this,
        [caseId, path, language, profile](StoreContext& c) -> Result<int> {
            SqlCaseStore cases(c.db);
            auto data = DossierCollector::collect(cases, c.roles.inbox, c.roles.journal, caseId,
                                                  profile, language);
            if (!data)
                return data.error();
            auto written = DossierWriter::write(*data, path);
            if (!written)
                return written.error();
            return written->pages;
        },
        [this, path](Result<int> pages) {
            if (!pages) {
                emit errorOccurred(pages.error().message);
                return;
            }
            emit exported(path, *pages);
        });
}

} // namespace mixdesk
