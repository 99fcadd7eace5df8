#pragma once

#include "analysis/Analysis.h"
#include "store/RawCodec.h"
#include "store/notices/IncomingNotice.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace mixdesk {

// Everything the store writes for one notice, computed before the storing thread
// sees it (NoticePreparer, on worker threads): the store only binds and inserts.
struct PreparedNotice
{
    IncomingNotice incoming; // raw bytes, origin, received time, SHA-256
    PackedRaw packedRaw;     // the raw bytes as stored (RawCodec)
    Analysis analysis;
    QString subject; // the inbox's subject column
    // The deadline and urgency the notice states (UrgencyFinder), for the inbox's due
    // column and queue; the evidence stays with the reading pane, which finds it again.
    QDate due;
    bool urgent = false;
    // The full-text index's values, UTF-8, in SqlDialect::fullTextColumns() order
    // (SearchText): the index reads UTF-8, and SQLite converting every notice's text
    // from UTF-16 cost the storing thread a tenth of its time.
    QList<QByteArray> searchValues;
    PackedRaw packedAnalysis;   // RawCodec::pack(analysis.toJsonBytes())
    PackedRaw packedSearchText; // RawCodec::pack(SearchText::encode(searchValues)), kept
                                // because a row leaves the index only with its values
};

} // namespace mixdesk
