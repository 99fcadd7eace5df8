#pragma once

#include "store/RawCodec.h"
#include "store/notices/IncomingNotice.h"

#include <QDateTime>
#include <QStringList>

namespace mixdesk {

// A message the IMAP sync fetched and keeps in the spool, exactly as received, until
// the analysis files it into the inbox. The fetch only spools: one row per message,
// instead of the notice's row with its eleven list indexes, its event and origin
// rows, which had made the storing thread the bottleneck of the fetch.
struct SpooledNotice
{
    qint64 spoolId = 0;
    IncomingNotice notice; // raw bytes, digest, receivedAt, first origin
    PackedRaw packed;      // the raw bytes as the spool keeps them: filed without repacking
    QDateTime fetchedAt;   // becomes the notice's "synced" event time
    QString user;
    QStringList origins; // every folder it was fetched from, first one first
};

} // namespace mixdesk
