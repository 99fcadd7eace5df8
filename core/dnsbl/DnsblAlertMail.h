#pragma once

#include "dnsbl/DnsblResult.h"
#include "dnsbl/DnsblZone.h"
#include "store/notices/IncomingNotice.h"

#include <QCoreApplication>
#include <QList>

namespace mixdesk {

// The inbox entry for new blocklist listings of premium exits: a plain-text mail that
// MixDesk writes to itself, so the listing sits in the operator's work queue (status,
// notes, search, analysis) like any complaint, not only in a tray bubble that is gone
// in a few seconds. The same listings of one check give the same bytes, so filing it
// twice stores it once.
class DnsblAlertMail
{
    Q_DECLARE_TR_FUNCTIONS(DnsblAlertMail)

public:
    // `zones`: the catalogue the check used (names and delisting links); listings all
    // come from one check (their checkedAt is the mail's date).
    static IncomingNotice compose(const QList<DnsblResult>& listings,
                                  const QList<DnsblZone>& zones);

    static constexpr const char* kSender = "blocklist-monitor@mixdesk.invalid";
    static constexpr const char* kOriginPrefix = "dnsbl-alert:";
};

} // namespace mixdesk
