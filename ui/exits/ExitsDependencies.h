#pragma once

#include "dnsbl/DnsblHistory.h"
#include "exits/blocks/BlockStore.h"
#include "exits/checks/ReadinessHistory.h"
#include "store/Database.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace mixdesk {

class BlockHostResolver;
class DnsblListingsSnapshot;
class ReadinessCheck;

// The exits' store roles on their own connection. Opened on the controller's
// worker thread and used only there (a Database belongs to the thread that opened
// it), so the GUI thread never runs a query.
struct ExitsStores
{
    std::unique_ptr<Database> database; // may stay empty (a test's in-memory roles)
    std::unique_ptr<ReadinessHistory> history;
    std::unique_ptr<BlockStore> blocks;
    std::unique_ptr<DnsblHistory> dnsbl; // the DNSBL capability's results, read only
    QString error; // why they could not be opened

    // The SQL roles on the desk's database at `location`.
    static ExitsStores open(const StoreLocation& location, const QString& actor = QString());
};

// What the Exits view works with, made by whoever composes the window (MainWindow,
// a test). The controller owns none of the pointers; they must outlive it.
struct ExitsDependencies
{
    QString profilePath; // profile.json, read and saved (ISP stance)
    // Called once, on the controller's worker thread.
    std::function<ExitsStores()> openStores;
    QList<ReadinessCheck*> checks;             // asynchronous, on the GUI thread's event loop
    BlockHostResolver* hostResolver = nullptr; // resolves host blocks before an export
    // Refreshed from ExitsStores::dnsbl before each check; the DNSBL check reads it.
    DnsblListingsSnapshot* dnsblSnapshot = nullptr;
    QString noticeTemplatePath;                // empty: NoticePageTemplate::userTemplatePath()
};

} // namespace mixdesk
