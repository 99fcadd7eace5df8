#pragma once

#include "dnsbl/DnsblResult.h"
#include "profile/OperatorProfile.h"
#include "store/Database.h"
#include "store/StoreLocation.h"

#include <QObject>

class QWidget;

namespace mixdesk {

class DnsblView;
class ExitsWiring;

// The desk's views beyond the inbox (DNSBL, Exits), each on connections of its own
// to the open database. The desk holds a fixed page per view; the views inside are
// made again whenever another database opens, so they never write into the old one.
class CapabilityViews : public QObject
{
    Q_OBJECT
public:
    explicit CapabilityViews(QObject* parent = nullptr);
    ~CapabilityViews() override;

    QWidget* dnsblPage() const { return m_dnsblPage; }
    QWidget* exitsPage() const { return m_exitsPage; }

    // Builds the views on the database at `location` (replacing earlier ones).
    void open(const StoreLocation& location, const Database::Options& options,
              const OperatorProfile& profile);
    void setProfile(const OperatorProfile& profile);
    void setDqsKey(const QString& key);

signals:
    // A check found an exit on a blocklist it was not on before.
    void newListings(const QList<mixdesk::DnsblResult>& listings);
    void errorOccurred(const QString& message);

private:
    void clear();

    QWidget* m_dnsblPage;
    QWidget* m_exitsPage;
    DnsblView* m_dnsbl = nullptr;
    ExitsWiring* m_exits = nullptr;
    QString m_dqsKey;
};

} // namespace mixdesk
