#include "store/notices/NoticeIntegrity.h"

#include "store/Database.h"
#include "store/RawCodec.h"
#include "store/notices/IncomingNotice.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mixdesk {

namespace {

constexpr int kBatch = 500;

// `select` reads (id, sha256, raw, raw_format) of the rows after the bound id.
Status verifyRaw(Database& db, const QString& select, const QString& what, QStringList* problems)
{
    qint64 last = -1;
    for (;;) {
        QSqlQuery q = db.query();
        q.setForwardOnly(true);
        q.prepare(select.arg(kBatch));
        q.addBindValue(last);
        if (!q.exec())
            return db.errorOf(QStringLiteral("cannot read %1").arg(what), q);
        int rows = 0;
        while (q.next()) {
            ++rows;
            last = q.value(0).toLongLong();
            if (q.value(2).isNull()) {
                problems->append(QCoreApplication::translate("DeskCheck", "%1 %2 has no raw mail.")
                                     .arg(what)
                                     .arg(last));
                continue;
            }
            const Result<QByteArray> raw =
                RawCodec::unpack(RawFormat(q.value(3).toInt()), q.value(2).toByteArray());
            if (!raw)
                problems->append(QCoreApplication::translate(
                                     "DeskCheck", "%1 %2: the raw mail is unreadable (%3).")
                                     .arg(what)
                                     .arg(last)
                                     .arg(raw.error().message));
            else if (IncomingNotice::digest(*raw) != q.value(1).toByteArray())
                problems->append(
                    QCoreApplication::translate(
                        "DeskCheck", "%1 %2: the raw mail no longer matches its SHA-256.")
                        .arg(what)
                        .arg(last));
        }
        if (rows < kBatch)
            return {};
    }
}

} // namespace

Status verifyNotices(Database& db, QStringList* problems)
{
    // A LEFT JOIN, so a notice that lost its content shows up too.
    if (Status s = verifyRaw(db,
                             QStringLiteral("SELECT n.id, n.sha256, c.raw, c.raw_format FROM "
                                            "notices n LEFT JOIN notice_content c ON c.notice_id "
                                            "= n.id WHERE n.id > ? ORDER BY n.id LIMIT %1"),
                             QStringLiteral("notice"), problems);
        !s)
        return s;
    return verifyRaw(db,
                     QStringLiteral("SELECT id, sha256, raw, raw_format FROM notice_spool WHERE id "
                                    "> ? ORDER BY id LIMIT %1"),
                     QStringLiteral("spooled notice"), problems);
}

} // namespace mixdesk
