#include "dnsbl/DnsblAlertMail.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// RFC 2047 for a header that is not plain ASCII (an exit name in the subject).
QByteArray headerText(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QString listingLine(const DnsblResult& r)
{
    return r.exitName.isEmpty() ? r.ip : QStringLiteral("%1 (%2)").arg(r.ip, r.exitName);
}

} // namespace

IncomingNotice DnsblAlertMail::compose(const QList<DnsblResult>& listings,
                                       const QList<DnsblZone>& zones)
{
    QHash<QString, const DnsblZone*> zoneByName;
    for (const DnsblZone& z : zones)
        zoneByName.insert(z.zone, &z);
    const QDateTime when = listings.isEmpty() || !listings.first().checkedAt.isValid()
                               ? QDateTime::currentDateTimeUtc()
                               : listings.first().checkedAt.toUTC();

    QString body = tr("A blocklist that blocks mail now lists a premium exit of yours. Premium "
                      "exits carry mail, so this listing needs action: find the cause, then "
                      "ask for removal.") +
                   u"\n\n"_s;
    QCryptographicHash identity(QCryptographicHash::Sha256);
    for (const DnsblResult& r : listings) {
        const DnsblZone* zone = zoneByName.value(r.zone);
        const QString zoneName = zone && !zone->name.isEmpty() ? zone->name : r.zone;
        body += tr("Exit:      %1").arg(listingLine(r)) + u'\n';
        body += tr("Listed on: %1 (%2)").arg(zoneName, r.zone) + u'\n';
        if (!r.codes.isEmpty())
            body += tr("Codes:     %1").arg(r.codes.join(u", "_s)) + u'\n';
        if (!r.meaning.isEmpty())
            body += tr("Meaning:   %1").arg(r.meaning) + u'\n';
        if (!r.txt.isEmpty())
            body += tr("Reason:    %1").arg(r.txt) + u'\n';
        if (zone && !zone->delistUrl.isEmpty())
            body += tr("Delisting: %1").arg(zone->delistUrl) + u'\n';
        body += u'\n';
        identity.addData((r.ip + u'|' + r.zone + u'|' + r.codes.join(u',') + u'\n').toUtf8());
    }
    body += tr("Checked at %1 UTC by MixDesk's blocklist monitor.")
                .arg(when.toString(QStringLiteral("yyyy-MM-dd hh:mm"))) +
            u'\n';

    const DnsblResult& first = listings.isEmpty() ? DnsblResult() : listings.first();
    QString subject = tr("New blocklist listing: %1 on %2").arg(listingLine(first), first.zone);
    if (listings.size() > 1)
        subject += u' ' + tr("(and %n more)", nullptr, int(listings.size() - 1));
    identity.addData(QByteArray::number(when.toSecsSinceEpoch()));
    const QByteArray id = identity.result().toHex().left(24);

    QByteArray raw;
    raw += "From: MixDesk blocklist monitor <" + QByteArray(kSender) + ">\r\n";
    raw += "To: exit operator <operator@mixdesk.invalid>\r\n";
    raw += "Date: " +
           QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000\r\n";
    raw += "Subject: " + headerText(subject) + "\r\n";
    raw += "Message-ID: <dnsbl-" + id + "@mixdesk.invalid>\r\n";
    raw += "Importance: high\r\n";
    raw += "X-MixDesk-Alert: dnsbl-listing\r\n";
    raw += "MIME-Version: 1.0\r\n";
    raw += "Content-Type: text/plain; charset=utf-8\r\n";
    raw += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    raw += body.replace(u'\n', u"\r\n"_s).toUtf8();
    return IncomingNotice::fromRaw(raw, QLatin1String(kOriginPrefix) + QString::fromLatin1(id),
                                   when);
}

} // namespace mixdesk
