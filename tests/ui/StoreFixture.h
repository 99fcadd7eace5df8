#pragma once

#include "StoreTestKit.h"
#include "analysis/Analysis.h"
#include "store/notices/NoticePreparer.h"

#include <QTest>

namespace mixdesk::test {

// Fills a real (SQLite) store with `count` small notices: notice i has subject
// "Notice i", reporter "Reporter <i % 3>", category alternating webmail spam /
// network attack (exit 198.51.100.23 / 203.0.113.77), the case reference "AZ 1/26"
// on every fourth notice, and the word "needle" in the body of every tenth notice.
inline bool fillStore(NoticeWriter& store, int count, int firstIndex = 0)
{
    using namespace Qt::StringLiterals;
    QList<PreparedNotice> notices;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = firstIndex; n < firstIndex + count; ++n) {
        const QString body = n % 10 == 0 ? u"needle in notice %1"_s.arg(n) : u"hay %1"_s.arg(n);
        IncomingNotice notice = IncomingNotice::fromRaw(
            (u"From: abuse@reporter%1.example\r\nTo: abuse@exit.example\r\n"
             "Subject: Notice %2\r\nDate: Thu, 1 Jan 2026 00:00:00 +0000\r\n"
             "Message-ID: <n%2@reporter.example>\r\n\r\n%3\r\n"_s)
                .arg(n % 3)
                .arg(n)
                .arg(body)
                .toUtf8(),
            u"test:%1"_s.arg(n), base.addSecs(qint64(n) * 60));
        Analysis a;
        a.category = n % 2 == 0 ? Category::SpamWebmail : Category::NetworkAttack;
        a.reporter = u"Reporter %1"_s.arg(n % 3);
        a.exitIp = n % 2 == 0 ? u"198.51.100.23"_s : u"203.0.113.77"_s;
        a.language = u"en"_s;
        if (n % 4 == 0)
            a.caseReference = u"AZ 1/26"_s;
        notices << NoticePreparer::withAnalysis(std::move(notice), a);
    }
    const auto added = store.add(notices);
    if (!added)
        qWarning() << added.error().message;
    return added.ok();
}

} // namespace mixdesk::test
