#include "dnsbl/DnsblAlertInbox.h"

#include "analysis/NoticeAnalyzer.h"
#include "dnsbl/DnsblAlertMail.h"
#include "store/notices/NoticePreparer.h"
#include "store/notices/NoticeRoles.h"

namespace mixdesk {

DnsblAlertInbox::DnsblAlertInbox(std::unique_ptr<NoticeRolesHolder> store,
                                 const OperatorProfile& profile)
    : m_store(std::move(store)), m_preparer(std::make_unique<const NoticePreparer>(
                                     std::make_shared<const NoticeAnalyzer>(profile)))
{}

DnsblAlertInbox::~DnsblAlertInbox() = default;

Result<std::unique_ptr<DnsblAlertInbox>> DnsblAlertInbox::open(const StoreLocation& location,
                                                               const Database::Options& options,
                                                               const OperatorProfile& profile)
{
    Result<std::unique_ptr<Database>> db = Database::open(location, options);
    if (!db)
        return db.error();
    return std::make_unique<DnsblAlertInbox>(std::make_unique<SqlNoticeRoles>(std::move(*db)),
                                             profile);
}

Result<qint64> DnsblAlertInbox::file(const QList<DnsblResult>& listings,
                                     const QList<DnsblZone>& zones)
{
    if (listings.isEmpty())
        return qint64(0);
    const PreparedNotice notice = m_preparer->prepare(DnsblAlertMail::compose(listings, zones));
    Result<QList<AddResult>> added = m_store->roles().writer.add({notice});
    if (!added)
        return added.error();
    return added->isEmpty() ? qint64(0) : added->first().id;
}

} // namespace mixdesk
