#include "cases/CaseTimeline.h"

#include <algorithm>

namespace mixdesk {

QList<TimelineEntry> CaseTimeline::build(const Input& in)
{
    using S = TimelineEntry::Source;
    QList<TimelineEntry> out;
    for (const CaseEvent& e : in.events)
        out.append({e.time, S::Case, e.kind, e.detail, e.user, 0});
    for (const TimelineNotice& n : in.notices) {
        if (n.incidentTimeUtc.isValid())
            out.append({n.incidentTimeUtc, S::Incident, QStringLiteral("incident"), n.subject,
                        QString(), n.id});
        if (n.receivedAt.isValid())
            out.append(
                {n.receivedAt, S::Notice, QStringLiteral("received"), n.subject, QString(), n.id});
        for (const NoticeEvent& e : n.events)
            out.append({e.time, S::Notice, e.kind, e.detail, e.user, n.id});
    }
    for (const CaseNote& n : in.notes)
        out.append({n.time, S::Note, QStringLiteral("note"), n.text, n.user, 0});
    for (const CaseDocument& d : in.documents)
        out.append({d.addedAt, S::Document, QStringLiteral("document"), d.fileName, d.addedBy, 0});
    for (const CaseDeadline& d : in.deadlines)
        out.append({d.dueAt, S::Deadline, deadlineKindId(d.kind), d.title, QString(), 0});
    for (const ChecklistAnswer& a : in.checklist) {
        if (a.isAnswered())
            out.append({QDateTime(a.answeredOn, QTime(0, 0), Qt::UTC), S::Checklist,
                        retentionRuleId(a.rule), a.note, QString(), 0});
    }
    // Document and note events are entries of their own already.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const TimelineEntry& e) {
                                 return e.source == S::Case &&
                                        (e.kind == u"document" || e.kind == u"deadline" ||
                                         e.kind == u"checklist");
                             }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.time != b.time)
            return a.time < b.time;
        return int(a.source) < int(b.source);
    });
    return out;
}

} // namespace mixdesk
