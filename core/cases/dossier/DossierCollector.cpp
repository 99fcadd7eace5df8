#include "cases/dossier/DossierCollector.h"

#include "cases/CaseStore.h"
#include "store/notices/InboxQueries.h"
#include "store/notices/NoticeJournal.h"

#include <QCryptographicHash>

#include <algorithm>

namespace mixdesk {

Result<DossierData> DossierCollector::collect(CaseStore& cases, InboxQueries& inbox,
                                              NoticeJournal& journal, qint64 caseId,
                                              const OperatorProfile& profile,
                                              const QString& language)
{
    DossierData d;
    d.language = language == u"de" ? QStringLiteral("de") : QStringLiteral("en");
    d.date = QDate::currentDate();
    d.profile = profile;
    Result<CaseFolder> folder = cases.find(caseId);
    if (!folder)
        return folder.error();
    d.folder = *folder;
    CaseTimeline::Input timeline;
    timeline.folder = d.folder;
    auto events = cases.events(caseId);
    auto documents = cases.documents(caseId);
    auto notes = cases.notes(caseId);
    auto deadlines = cases.deadlines(caseId);
    auto checklist = cases.checklist(caseId);
    auto linked = cases.linkedNotices(caseId);
    for (const Error* e :
         {events ? nullptr : &events.error(), documents ? nullptr : &documents.error(),
          notes ? nullptr : &notes.error(), deadlines ? nullptr : &deadlines.error(),
          checklist ? nullptr : &checklist.error(), linked ? nullptr : &linked.error()}) {
        if (e)
            return *e;
    }
    d.documents = *documents;
    d.notes = *notes;
    d.deadlines = *deadlines;
    d.checklist = *checklist;
    timeline.events = *events;
    timeline.documents = d.documents;
    timeline.notes = d.notes;
    timeline.deadlines = d.deadlines;
    timeline.checklist = d.checklist;

    // Summaries in pages, so that a case of thousands of notices reads in few queries.
    constexpr qsizetype kPage = 500;
    const QList<qint64>& ids = *linked;
    for (qsizetype from = 0; from < ids.size(); from += kPage) {
        const Result<QList<NoticeSummary>> summaries = inbox.summaries(ids.mid(from, kPage));
        if (!summaries)
            return summaries.error();
        for (const NoticeSummary& s : *summaries) {
            DossierNotice n;
            n.id = s.id;
            n.subject = s.subject;
            n.reporter = s.reporter;
            n.receivedAt = s.receivedAt;
            Result<Analysis> analysis = inbox.analysis(s.id);
            if (!analysis)
                return analysis.error();
            n.analysis = std::move(*analysis);
            const Result<QByteArray> raw = inbox.rawNotice(s.id);
            if (!raw)
                return raw.error();
            n.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(*raw, QCryptographicHash::Sha256).toHex());
            n.size = raw->size();
            Result<QList<NoticeEvent>> noticeEvents = journal.events(s.id);
            if (!noticeEvents)
                return noticeEvents.error();
            timeline.notices.append(
                {n.id, n.subject, n.receivedAt, n.analysis.incidentTimeUtc, *noticeEvents});
            d.notices.append(std::move(n));
        }
    }
    std::sort(d.notices.begin(), d.notices.end(),
              [](const DossierNotice& a, const DossierNotice& b) { return a.id < b.id; });
    d.timeline = CaseTimeline::build(timeline);
    return d;
}

} // namespace mixdesk
