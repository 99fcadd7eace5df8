#pragma once

#include "profile/OperatorProfile.h"
#include "store/notices/NoticeRoles.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace mixdesk {

// What a re-analysis of the stored notices changed, notice by notice.
struct ReanalysisSummary
{
    int analysed = 0;
    int exitChanged = 0;     // the exit IP differs
    int categoryChanged = 0; // the category differs
    int leftMisdirected = 0; // were filed as misdirected, now are not
    int becameMisdirected = 0;
    bool cancelled = false;
    QString error; // empty when it ran

    // The exit and category of each stored notice.
    struct Filing
    {
        QString exitIp;
        QString category;
        bool operator==(const Filing&) const = default;
    };
    using Filings = QHash<qint64, Filing>;

    static Result<Filings> filings(InboxQueries& inbox);
    // Compares two snapshots (taken before and after).
    void compare(const Filings& before, const Filings& after);

    // Re-analyses every stored notice with `profile`, comparing their filing before and
    // after: what the GUI's re-analysis and `mixdesk-cli` need alike.
    static ReanalysisSummary run(const NoticeRoles& roles, const OperatorProfile& profile,
                                 const std::atomic<bool>* cancel,
                                 std::function<void(int done, int total)> progress);
};

} // namespace mixdesk

Q_DECLARE_METATYPE(mixdesk::ReanalysisSummary)
