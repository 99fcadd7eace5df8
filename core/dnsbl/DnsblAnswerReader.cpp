#include "dnsbl/DnsblAnswerReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace mixdesk {
namespace {

const QPair<QHostAddress, int> kLoopbackNet =
    QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"));

QString familyName(QAbstractSocket::NetworkLayerProtocol family)
{
    return family == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                   : QStringLiteral("IPv4");
}

QStringList addressesOf(const DnsReply& reply)
{
    QStringList codes;
    for (const DnsRecord& record : reply.records)
        codes.append(record.value);
    codes.removeDuplicates();
    return codes;
}

DnsblResult base(const DnsblZone& zone, const DnsblTarget& target)
{
    DnsblResult result;
    result.ip = target.ip();
    result.exitName = target.exitName;
    result.premium = target.premium;
    result.zone = zone.zone;
    result.kind = zone.kind;
    return result;
}

} // namespace

QHostAddress DnsblAnswerReader::testListed(QAbstractSocket::NetworkLayerProtocol family)
{
    return family == QAbstractSocket::IPv6Protocol ? QHostAddress(QStringLiteral("::ffff:7f00:2"))
                                                   : QHostAddress(QStringLiteral("127.0.0.2"));
}

QHostAddress DnsblAnswerReader::testNotListed(QAbstractSocket::NetworkLayerProtocol family)
{
    return family == QAbstractSocket::IPv6Protocol ? QHostAddress(QStringLiteral("::ffff:7f00:1"))
                                                   : QHostAddress(QStringLiteral("127.0.0.1"));
}

bool DnsblAnswerReader::isRewritten(const DnsReply& a)
{
    for (const DnsRecord& record : a.records) {
        if (!record.address.isInSubnet(kLoopbackNet))
            return true;
    }
    return false;
}

DnsblResult DnsblAnswerReader::unsupported(const DnsblZone& zone, const DnsblTarget& target)
{
    DnsblResult result = base(zone, target);
    result.status = DnsblStatus::Unsupported;
    result.meaning =
        QCoreApplication::translate("DnsblAnswerReader", "%1 does not list %2 addresses.")
            .arg(zone.name, familyName(target.address.protocol()));
    return result;
}

DnsblResult DnsblAnswerReader::read(const DnsblZone& zone, const DnsblTarget& target,
                                    const DnsReply& a, const std::optional<DnsReply>& txt)
{
    DnsblResult result = base(zone, target);
    switch (a.status) {
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        result.status = DnsblStatus::NotListed;
        return result;
    case DnsStatus::Refused:
        result.status = DnsblStatus::Refused;
        result.meaning = a.reason;
        return result;
    case DnsStatus::Timeout:
        result.status = DnsblStatus::Timeout;
        result.meaning = a.reason;
        return result;
    case DnsStatus::ServerFailure:
    case DnsStatus::Error:
        result.status = DnsblStatus::Error;
        result.meaning = a.reason;
        return result;
    case DnsStatus::Ok:
        break;
    }

    const QStringList answers = addressesOf(a);
    if (isRewritten(a)) {
        result.status = DnsblStatus::Error;
        result.codes = answers;
        result.meaning =
            QCoreApplication::translate(
                "DnsblAnswerReader",
                "The answer %1 lies outside 127.0.0.0/8, where every blocklist answers: the "
                "resolver rewrites answers (often NXDOMAIN into an advertising server). Use a "
                "resolver that does not.")
                .arg(answers.join(QStringLiteral(", ")));
        return result;
    }
    QStringList listings;
    QStringList errors;
    for (const QString& code : answers)
        (zone.isErrorCode(code) ? errors : listings).append(code);
    if (listings.isEmpty()) {
        result.status = DnsblStatus::Refused;
        result.codes = errors;
        QStringList meanings;
        for (const QString& code : errors)
            meanings.append(zone.meaningOf(code));
        result.meaning = meanings.join(QStringLiteral("; "));
        return result;
    }
    result.status = DnsblStatus::Listed;
    result.codes = listings;
    QStringList meanings;
    std::optional<DnsblKind> kind;
    for (const QString& code : listings) {
        meanings.append(code + QStringLiteral(": ") + zone.meaningOf(code));
        kind = kind ? moreUrgent(*kind, zone.kindOf(code)) : zone.kindOf(code);
    }
    result.meaning = meanings.join(QStringLiteral("; "));
    result.kind = *kind;
    if (txt && txt->ok()) {
        QStringList texts;
        for (const DnsRecord& record : txt->records)
            texts.append(record.value);
        result.txt = texts.join(QStringLiteral(" | "));
    }
    return result;
}

DnsblZoneHealth DnsblAnswerReader::selfTest(const DnsblZone& zone,
                                            QAbstractSocket::NetworkLayerProtocol family,
                                            const DnsReply& listedProbe, const DnsReply& cleanProbe)
{
    DnsblZoneHealth health;
    health.zone = zone.zone;
    health.family = family;
    const QString listedText = testListed(family).toString();
    const QString cleanText = testNotListed(family).toString();

    if (isRewritten(listedProbe) || isRewritten(cleanProbe)) {
        health.verdict = DnsblZoneHealth::Verdict::Rewriting;
        health.reason = QCoreApplication::translate(
            "DnsblAnswerReader", "The self-test got answers outside 127.0.0.0/8: the resolver "
                                 "rewrites answers, so no answer of this zone can be trusted.");
        return health;
    }
    for (const DnsReply* probe : {&listedProbe, &cleanProbe}) {
        const bool refusedCode =
            probe->ok() &&
            std::all_of(probe->records.begin(), probe->records.end(),
                        [&zone](const DnsRecord& r) { return zone.isErrorCode(r.value); });
        if (probe->status == DnsStatus::Refused || refusedCode) {
            health.verdict = DnsblZoneHealth::Verdict::Refused;
            health.reason =
                refusedCode ? zone.meaningOf(probe->records.first().value) : probe->reason;
            return health;
        }
    }
    for (const DnsReply* probe : {&listedProbe, &cleanProbe}) {
        if (probe->status == DnsStatus::Timeout || probe->status == DnsStatus::ServerFailure ||
            probe->status == DnsStatus::Error) {
            health.verdict = DnsblZoneHealth::Verdict::Unreachable;
            health.reason = QCoreApplication::translate("DnsblAnswerReader",
                                                        "The RFC 5782 self-test could not run: %1")
                                .arg(probe->reason);
            return health;
        }
    }
    if (cleanProbe.ok()) {
        health.verdict = DnsblZoneHealth::Verdict::Wildcard;
        health.reason =
            QCoreApplication::translate("DnsblAnswerReader",
                                        "%1 lists %2, which no blocklist may list (RFC 5782): "
                                        "it answers every query as listed, so it is dead or "
                                        "broken. Its listings mean nothing.")
                .arg(zone.zone, cleanText);
        return health;
    }
    if (!listedProbe.ok()) {
        health.verdict = DnsblZoneHealth::Verdict::MissingTestEntry;
        health.reason =
            QCoreApplication::translate("DnsblAnswerReader",
                                        "%1 does not list its test entry %2 (RFC 5782): the "
                                        "zone is dead, or does not work as a blocklist here. "
                                        "Its answers cannot be trusted.")
                .arg(zone.zone, listedText);
        return health;
    }
    health.verdict = DnsblZoneHealth::Verdict::Passed;
    return health;
}

void DnsblAnswerReader::applyHealth(DnsblResult& result, const DnsblZoneHealth& health)
{
    if (health.trusted())
        return;
    // A rewritten answer already says what is wrong, more precisely.
    if (health.verdict == DnsblZoneHealth::Verdict::Rewriting &&
        result.status == DnsblStatus::Error)
        return;
    result.status = DnsblStatus::Untrusted;
    result.meaning = health.reason;
    result.txt.clear();
}

} // namespace mixdesk
