#include "cases/CaseRecords.h"

namespace mixdesk {

QString deadlineKindId(CaseDeadline::Kind kind)
{
    return kind == CaseDeadline::Kind::Appointment ? QStringLiteral("appointment")
                                                   : QStringLiteral("deadline");
}

CaseDeadline::Kind deadlineKindFromId(QStringView id)
{
    return id == u"appointment" ? CaseDeadline::Kind::Appointment : CaseDeadline::Kind::Deadline;
}

} // namespace mixdesk
