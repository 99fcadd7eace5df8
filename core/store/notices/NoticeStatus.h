#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mixdesk {

// Where the operator's handling of a notice stands.
enum class NoticeStatus
{
    New,
    InProgress,
    Forwarded,
    WaitingForReply,
    Closed,
    Misdirected
};
// "new", "in-progress", "forwarded", "waiting", "closed", "misdirected": what the
// database and the CLI use.
QString statusId(NoticeStatus status);
std::optional<NoticeStatus> statusFromId(QStringView id);
QString statusDisplayName(NoticeStatus status); // translated
QList<NoticeStatus> allStatuses();

} // namespace mixdesk
