#include "main/DemoDatabase.h"

#include "analysis/NoticeAnalyzer.h"
#include "importer/Reanalyzer.h"
#include "mail/MailParser.h"
#include "store/notices/NoticePreparer.h"
#include "store/notices/NoticeRoles.h"
#include "store/session/StoreSession.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace mixdesk {

QString DemoDatabase::defaultRoot()
{
    initDemoResources();
    return u":/demo"_s;
}

QString DemoDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
}

bool DemoDatabase::isAvailable(const QString& root)
{
    return QFile::exists(root + u"/operator.json"_s) &&
           !QDir(root + u"/notices"_s).entryList({u"*.eml"_s}, QDir::Files).isEmpty();
}

Result<OperatorProfile> DemoDatabase::loadProfile(const QString& root)
{
    return OperatorProfile::loadFile(root + u"/operator.json"_s);
}

Status DemoDatabase::fill(StoreContext& store, const QString& root)
{
    auto profile = loadProfile(root);
    if (!profile)
        return profile.error();
    NoticeQuery everything;
    everything.visibility = NoticeQuery::Visibility::Any;
    const auto existing = store.roles.inbox.count(everything);
    if (!existing)
        return existing.error();
    if (*existing > 0) {
        // The demo is small: re-analyse it so it always shows the current analyzer's work.
        const auto redone = Reanalyzer(*profile).run(store.roles, true);
        if (!redone)
            return redone.error();
        return {};
    }

    const NoticePreparer preparer(std::make_shared<const NoticeAnalyzer>(*profile));
    QList<PreparedNotice> notices;
    const QDir dir(root + u"/notices"_s);
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        IncomingNotice notice = IncomingNotice::fromRaw(file.readAll(), u"demo:"_s + name);
        // The notice's own Date: is the best "received" time a sample has.
        notice.receivedAt = QDateTime::fromString(
            MailParser::parse(notice.raw).header(u"Date").section(u'(', 0, 0).simplified(),
            Qt::RFC2822Date);
        if (!notice.receivedAt.isValid())
            notice.receivedAt = QDateTime::currentDateTimeUtc();
        notices << preparer.prepare(std::move(notice));
    }
    const auto added = store.roles.writer.add(notices);
    if (!added)
        return added.error();
    return {};
}

} // namespace mixdesk
