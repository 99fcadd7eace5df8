#pragma once

#include "analysis/Analysis.h"
#include "store/notices/NoticeWriter.h"
#include "store/notices/SpooledNotice.h"
#include "store/notices/SyncCheckpoint.h"

namespace mixdesk {

// A message as the IMAP fetch hands it over: hashed and packed on the fetching thread.
struct FetchedNotice
{
    IncomingNotice notice;
    PackedRaw packed;
};

// Store role: the IMAP sync's spool and the folders' checkpoints.
class SyncSpool
{
public:
    virtual ~SyncSpool() = default;

    // Puts messages into the spool and moves the folder's checkpoint forward, in one
    // unit. A message the inbox has already (same SHA-256) only gets the origin
    // recorded; one spooled already gets the origin added. `inserted` tells the
    // messages spooled now; their ids are spool ids.
    virtual Result<QList<AddResult>> spool(const QList<FetchedNotice>& notices,
                                           const SyncCheckpoint& checkpoint) = 0;
    // Spool ids, oldest first, and one spooled message with its raw bytes.
    virtual Result<QList<qint64>> spooledIds() = 0;
    virtual Result<SpooledNotice> spooledNotice(qint64 spoolId) = 0;
    // Moves analysed messages from the spool into the inbox, in one unit: each is
    // added like an imported notice, with a "synced" event at its fetch time and all
    // its origins (or, when the inbox has its bytes already, only the origins).
    virtual Result<QList<AddResult>> file(const QList<SpooledNotice>& spooled,
                                          const QList<PreparedNotice>& prepared) = 0;

    // Zero uidValidity/lastUid when the folder was never synced.
    virtual Result<SyncCheckpoint> checkpoint(const QString& account, const QString& folder) = 0;
    // Writes a folder's checkpoint alone (after its after-sync action has run).
    virtual Status saveCheckpoint(const SyncCheckpoint& checkpoint) = 0;
};

} // namespace mixdesk
