#pragma once

#include "dnsbl/DnsblResult.h"
#include "dnsbl/DnsblZone.h"
#include "profile/OperatorProfile.h"
#include "store/Database.h"
#include "util/Result.h"

#include <QList>

#include <memory>

namespace mixdesk {

class NoticeRolesHolder;
class NoticePreparer;

// Files new blocklist listings of premium exits as one notice in the inbox
// (DnsblAlertMail), analysed like any complaint, so they wait in the work queue until
// the operator has dealt with them. Lives on the thread that opened its store.
class DnsblAlertInbox
{
public:
    DnsblAlertInbox(std::unique_ptr<NoticeRolesHolder> store, const OperatorProfile& profile);
    ~DnsblAlertInbox();

    // The desk's inbox on a connection of its own (open on the thread that files).
    static Result<std::unique_ptr<DnsblAlertInbox>> open(const StoreLocation& location,
                                                         const Database::Options& options,
                                                         const OperatorProfile& profile);

    // The stored notice's id; nothing is filed for no listings (id 0).
    Result<qint64> file(const QList<DnsblResult>& listings, const QList<DnsblZone>& zones);

private:
    std::unique_ptr<NoticeRolesHolder> m_store;
    std::unique_ptr<const NoticePreparer> m_preparer;
};

} // namespace mixdesk
