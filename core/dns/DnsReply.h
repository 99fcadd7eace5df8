#pragma once

#include "dns/DnsRecord.h"
#include "dns/DnsRecordType.h"
#include "dns/DnsStatus.h"

#include <QList>
#include <QString>

namespace mixdesk {

// The outcome of one lookup: the question, how it ended, and the records.
struct DnsReply
{
    QString name; // as asked
    DnsRecordType type = DnsRecordType::A;
    DnsStatus status = DnsStatus::Error;
    QString reason;           // why it failed, in English (for logs and tooltips); empty when Ok
    QList<DnsRecord> records; // only records of the asked type (CNAMEs are followed)
    int timeouts = 0;         // tries that timed out before this outcome

    bool ok() const { return status == DnsStatus::Ok; }
    // The smallest TTL of the records: how long the answer may be cached. 0 without records.
    quint32 minimumTtl() const;
};

} // namespace mixdesk
