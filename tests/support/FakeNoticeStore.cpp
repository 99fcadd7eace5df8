#include "FakeNoticeStore.h"

namespace mixdesk::test {

Result<QList<AddResult>> FakeNoticeStore::store(const QList<IncomingNotice>& incoming)
{
    if (failAddAfter >= 0 && batches >= failAddAfter)
        return Error{QStringLiteral("fake store failure")};
    ++batches;
    QList<AddResult> results;
    for (const IncomingNotice& notice : incoming) {
        const QByteArray sha = IncomingNotice::digest(notice.raw);
        if (const auto it = bySha256.constFind(sha); it != bySha256.cend()) {
            results << AddResult{*it, false};
            continue;
        }
        notices << notice;
        bySha256.insert(sha, notices.size());
        results << AddResult{notices.size(), true};
    }
    return results;
}

Result<QList<AddResult>> FakeNoticeStore::spool(const QList<FetchedNotice>& fetched,
                                                const SyncCheckpoint& checkpoint)
{
    QList<IncomingNotice> incoming;
    for (const FetchedNotice& f : fetched)
        incoming << f.notice;
    auto added = store(incoming);
    if (added)
        checkpoints.insert(checkpoint.account + u'/' + checkpoint.folder, checkpoint);
    return added;
}

Result<SpooledNotice> FakeNoticeStore::spooledNotice(qint64)
{
    return Error{QStringLiteral("the fake spool files at once")};
}

Result<QList<AddResult>> FakeNoticeStore::file(const QList<SpooledNotice>&,
                                               const QList<PreparedNotice>&)
{
    return Error{QStringLiteral("the fake spool files at once")};
}

Result<SyncCheckpoint> FakeNoticeStore::checkpoint(const QString& account, const QString& folder)
{
    return checkpoints.value(account + u'/' + folder, SyncCheckpoint{account, folder});
}

Status FakeNoticeStore::saveCheckpoint(const SyncCheckpoint& checkpoint)
{
    checkpoints.insert(checkpoint.account + u'/' + checkpoint.folder, checkpoint);
    return {};
}

Result<QList<AddResult>> FakeNoticeStore::add(const QList<PreparedNotice>& prepared)
{
    QList<IncomingNotice> incoming;
    for (const PreparedNotice& p : prepared)
        incoming << p.incoming;
    return store(incoming);
}

Result<QList<AddResult>> FakeNoticeStore::addOrigins(const QList<IncomingNotice>& known)
{
    QList<AddResult> results;
    for (const IncomingNotice& notice : known)
        results << AddResult{bySha256.value(notice.sha256), false};
    return results;
}

Result<QSet<QByteArray>> FakeNoticeStore::knownSha256(const QList<QByteArray>& digests)
{
    QSet<QByteArray> known;
    for (const QByteArray& digest : digests)
        if (bySha256.contains(digest))
            known.insert(digest);
    return known;
}

Result<QList<qint64>> FakeNoticeStore::queryIds(const NoticeQuery&)
{
    QList<qint64> ids;
    for (qint64 i = 1; i <= notices.size(); ++i)
        ids << i;
    return ids;
}

Result<QHash<NoticeStatus, int>> FakeNoticeStore::countByStatus()
{
    return QHash<NoticeStatus, int>{{NoticeStatus::New, int(notices.size())}};
}

Result<QByteArray> FakeNoticeStore::rawNotice(qint64 id)
{
    if (id < 1 || id > notices.size())
        return Error{QStringLiteral("no such notice")};
    return notices[id - 1].raw;
}

Result<QStringList> FakeNoticeStore::origins(qint64 id)
{
    if (id < 1 || id > notices.size())
        return Error{QStringLiteral("no such notice")};
    return QStringList{notices[id - 1].origin};
}

} // namespace mixdesk::test
