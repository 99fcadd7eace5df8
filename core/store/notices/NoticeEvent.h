#pragma once

#include <QDateTime>
#include <QString>

namespace mixdesk {

// One entry of a notice's journal.
struct NoticeEvent
{
    QDateTime time;
    QString user; // the operator who did it (profile name, else the OS user)
    QString kind; // "imported", "synced", "status", "note", "mail-sent", ...
    QString detail;
};

} // namespace mixdesk
