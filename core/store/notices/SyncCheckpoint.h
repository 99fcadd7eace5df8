#pragma once

#include <QString>

namespace mixdesk {

// Where an IMAP folder's sync stands. Saved in the same transaction as the
// messages it covers, so a kill mid-sync never skips or repeats a message.
struct SyncCheckpoint
{
    SyncCheckpoint() = default;
    SyncCheckpoint(QString account, QString folder, quint32 uidValidity = 0, quint32 lastUid = 0)
        : account(std::move(account)), folder(std::move(folder)), uidValidity(uidValidity),
          lastUid(lastUid)
    {}

    QString account;
    QString folder;
    quint32 uidValidity = 0;
    quint32 lastUid = 0; // highest UID stored
    // Every UID up to afterSyncUid has had the after-sync action named afterSyncAction
    // ("mark-seen", "move"; empty: none). A failed action is retried above it only, so a
    // message the user marks unread again after it was marked \Seen stays unread.
    quint32 afterSyncUid = 0;
    QString afterSyncAction;
};

} // namespace mixdesk
