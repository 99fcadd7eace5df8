#include "reanalysis/ReanalysisSummary.h"

#include "analysis/Category.h"
#include "importer/Reanalyzer.h"
#include "store/notices/InboxQueries.h"

namespace mixdesk {

Result<ReanalysisSummary::Filings> ReanalysisSummary::filings(InboxQueries& inbox)
{
    NoticeQuery all;
    all.visibility = NoticeQuery::Visibility::Any; // hidden notices are reanalysed too
    all.sortColumn = QStringLiteral("id");
    auto ids = inbox.queryIds(all);
    if (!ids)
        return ids.error();
    Filings filings;
    filings.reserve(ids->size());
    constexpr qsizetype kPage = 500;
    for (qsizetype i = 0; i < ids->size(); i += kPage) {
        auto rows = inbox.summaries(ids->mid(i, kPage));
        if (!rows)
            return rows.error();
        for (const NoticeSummary& s : std::as_const(*rows))
            filings.insert(s.id, Filing{s.exitIp, s.category});
    }
    return filings;
}

void ReanalysisSummary::compare(const Filings& before, const Filings& after)
{
    const QString misdirected = categoryId(Category::Misdirected);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend())
            continue;
        if (old->exitIp != it->exitIp)
            ++exitChanged;
        if (old->category != it->category) {
            ++categoryChanged;
            if (old->category == misdirected)
                ++leftMisdirected;
            else if (it->category == misdirected)
                ++becameMisdirected;
        }
    }
}

ReanalysisSummary ReanalysisSummary::run(const NoticeRoles& roles, const OperatorProfile& profile,
                                         const std::atomic<bool>* cancel,
                                         std::function<void(int done, int total)> progress)
{
    ReanalysisSummary summary;
    auto before = filings(roles.inbox);
    if (!before) {
        summary.error = before.error().message;
        return summary;
    }
    Reanalyzer reanalyzer(profile);
    reanalyzer.setCancelFlag(cancel);
    reanalyzer.setProgress(std::move(progress));
    auto analysed = reanalyzer.run(roles, true);
    summary.cancelled = cancel && cancel->load();
    if (!analysed) {
        summary.error = analysed.error().message;
        return summary;
    }
    summary.analysed = *analysed;
    auto after = filings(roles.inbox);
    if (!after) {
        summary.error = after.error().message;
        return summary;
    }
    summary.compare(*before, *after);
    return summary;
}

} // namespace mixdesk
