#include "FakeNoticeStore.h"

#include <QCryptographicHash>

namespace mixdesk::test {

Result<QList<AddResult>> FakeNoticeStore::addNotices(const QList<IncomingNotice>& incoming,
                                                     const QList<Analysis>& analyses)
{
    if (incoming.size() != analyses.size())
        return Error{QStringLiteral("notices and analyses differ in size")};
    if (failAddAfter >= 0 && batches >= failAddAfter)
        return Error{QStringLiteral("fake store failure")};
    ++batches;
    QList<AddResult> results;
    for (const IncomingNotice& notice : incoming) {
        const QByteArray sha = QCryptographicHash::hash(notice.raw, QCryptographicHash::Sha256);
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

Result<QList<AddResult>> FakeNoticeStore::spoolNotices(const QList<IncomingNotice>& incoming,
                                                       const SyncCheckpoint& checkpoint)
{
    auto added = addNotices(incoming, QList<Analysis>(incoming.size()));
    if (added)
        checkpoints.insert(checkpoint.account + u'/' + checkpoint.folder, checkpoint);
    return added;
}

Result<SyncCheckpoint> FakeNoticeStore::syncCheckpoint(const QString& account,
                                                       const QString& folder)
{
    return checkpoints.value(account + u'/' + folder, SyncCheckpoint{account, folder});
}

Status FakeNoticeStore::saveSyncCheckpoint(const SyncCheckpoint& checkpoint)
{
    checkpoints.insert(checkpoint.account + u'/' + checkpoint.folder, checkpoint);
    return {};
}

Result<QByteArray> FakeNoticeStore::rawNotice(qint64 id)
{
    if (id < 1 || id > notices.size())
        return Error{QStringLiteral("no such notice")};
    return notices[id - 1].raw;
}

Result<Analysis> FakeNoticeStore::analysis(qint64)
{
    return Analysis{};
}

Result<QString> FakeNoticeStore::notes(qint64)
{
    return QString();
}

Result<QStringList> FakeNoticeStore::origins(qint64 id)
{
    if (id < 1 || id > notices.size())
        return Error{QStringLiteral("no such notice")};
    return QStringList{notices[id - 1].origin};
}

Result<QSet<QByteArray>> FakeNoticeStore::knownSha256(const QList<QByteArray>& digests)
{
    QSet<QByteArray> known;
    for (const QByteArray& digest : digests)
        if (bySha256.contains(digest))
            known.insert(digest);
    return known;
}

Result<QList<qint64>> FakeNoticeStore::idsWithAnalyzerVersionBelow(int)
{
    return QList<qint64>{};
}

Status FakeNoticeStore::updateAnalyses(const QList<qint64>&, const QList<Analysis>&)
{
    return {};
}

Result<QHash<NoticeStatus, int>> FakeNoticeStore::countByStatus()
{
    return QHash<NoticeStatus, int>{{NoticeStatus::New, int(notices.size())}};
}

Status FakeNoticeStore::addEvent(qint64, const QString&, const QString&, const QString&)
{
    return {};
}

Result<QList<qint64>> FakeNoticeStore::queryIds(const NoticeQuery&)
{
    QList<qint64> ids;
    for (qint64 i = 1; i <= notices.size(); ++i)
        ids << i;
    return ids;
}

Result<QList<NoticeSummary>> FakeNoticeStore::summaries(const QList<qint64>&)
{
    return QList<NoticeSummary>{};
}

Result<int> FakeNoticeStore::count(std::optional<NoticeStatus>)
{
    return int(notices.size());
}

Status FakeNoticeStore::setStatus(const QList<qint64>&, NoticeStatus, const QString&)
{
    return {};
}

Status FakeNoticeStore::addNote(qint64, const QString&, const QString&)
{
    return {};
}

Result<QList<NoticeEvent>> FakeNoticeStore::events(qint64)
{
    return QList<NoticeEvent>{};
}

} // namespace mixdesk::test
