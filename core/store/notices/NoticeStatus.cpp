#include "store/notices/NoticeStatus.h"

#include <QCoreApplication>

namespace mixdesk {
namespace {

struct StatusName
{
    NoticeStatus status;
    const char* id;
    const char* displayName;
};

const StatusName kStatusNames[] = {
    {NoticeStatus::New, "new", QT_TRANSLATE_NOOP("NoticeStatus", "New")},
    {NoticeStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("NoticeStatus", "In progress")},
    {NoticeStatus::Forwarded, "forwarded", QT_TRANSLATE_NOOP("NoticeStatus", "Forwarded")},
    {NoticeStatus::WaitingForReply, "waiting",
     QT_TRANSLATE_NOOP("NoticeStatus", "Waiting for reply")},
    {NoticeStatus::Closed, "closed", QT_TRANSLATE_NOOP("NoticeStatus", "Closed")},
    {NoticeStatus::Misdirected, "misdirected", QT_TRANSLATE_NOOP("NoticeStatus", "Misdirected")},
};

const StatusName& nameOf(NoticeStatus status)
{
    for (const StatusName& n : kStatusNames)
        if (n.status == status)
            return n;
    return kStatusNames[0];
}

} // namespace

QString statusId(NoticeStatus status)
{
    return QString::fromLatin1(nameOf(status).id);
}

std::optional<NoticeStatus> statusFromId(QStringView id)
{
    for (const StatusName& n : kStatusNames)
        if (id == QLatin1String(n.id))
            return n.status;
    return std::nullopt;
}

QString statusDisplayName(NoticeStatus status)
{
    return QCoreApplication::translate("NoticeStatus", nameOf(status).displayName);
}

QList<NoticeStatus> allStatuses()
{
    QList<NoticeStatus> list;
    for (const StatusName& n : kStatusNames)
        list.append(n.status);
    return list;
}

} // namespace mixdesk
