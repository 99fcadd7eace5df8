#include "analysis/Analysis.h"

#include <QJsonArray>

namespace mixdesk {
namespace {

QJsonObject hopToJson(const ReceivedHop& hop)
{
    return {{QStringLiteral("from_host"), jsonString(hop.fromHost)},
            {QStringLiteral("from_ip"), jsonString(hop.fromIp)},
            {QStringLiteral("by_host"), jsonString(hop.byHost)},
            {QStringLiteral("with"), jsonString(hop.with)},
            {QStringLiteral("date_utc"), jsonUtc(hop.dateUtc)},
            {QStringLiteral("raw"), hop.raw}};
}

ReceivedHop hopFromJson(const QJsonObject& json)
{
    ReceivedHop hop;
    hop.fromHost = json.value(QStringLiteral("from_host")).toString();
    hop.fromIp = json.value(QStringLiteral("from_ip")).toString();
    hop.byHost = json.value(QStringLiteral("by_host")).toString();
    hop.with = json.value(QStringLiteral("with")).toString();
    hop.dateUtc = QDateTime::fromString(json.value(QStringLiteral("date_utc")).toString(),
                                        Qt::ISODate);
    hop.raw = json.value(QStringLiteral("raw")).toString();
    return hop;
}

QJsonArray hopsToJson(const QList<ReceivedHop>& hops)
{
    QJsonArray array;
    for (const ReceivedHop& hop : hops)
        array.append(hopToJson(hop));
    return array;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QJsonValue jsonString(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString utcIso(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonUtc(const QDateTime& value)
{
    return jsonString(utcIso(value));
}

const QList<ReceivedHop>& Analysis::hops() const
{
    static const QList<ReceivedHop> kNone;
    return offendingMessages.isEmpty() ? kNone : offendingMessages.first().hops;
}

QJsonObject Analysis::toJson() const
{
    QJsonArray offending;
    for (const OffendingMessage& m : offendingMessages) {
        offending.append(QJsonObject{{QStringLiteral("where"), m.whereFound},
                                     {QStringLiteral("exit_hop"), m.exitHopIndex},
                                     {QStringLiteral("webmail_hop"), m.webmailHopIndex},
                                     {QStringLiteral("raw_headers"), m.rawHeaders},
                                     {QStringLiteral("hops"), hopsToJson(m.hops)}});
    }
    QJsonArray evidenceJson;
    for (const Evidence& e : evidence)
        evidenceJson.append(e.toJson());

    return {{QStringLiteral("category"), categoryId(category)},
            {QStringLiteral("language"), jsonString(language)},
            {QStringLiteral("exit_ip"), jsonString(exitIp)},
            {QStringLiteral("exit_ips"), QJsonArray::fromStringList(exitIps)},
            {QStringLiteral("incident_time_utc"), jsonUtc(incidentTimeUtc)},
            {QStringLiteral("webmail_account"), jsonString(webmailAccount)},
            {QStringLiteral("mail_server"), jsonString(mailServer)},
            {QStringLiteral("webmail_software"), jsonString(webmailSoftware)},
            {QStringLiteral("reporter"), jsonString(reporter)},
            {QStringLiteral("case_reference"), jsonString(caseReference)},
            {QStringLiteral("reported_ip"), jsonString(reportedIp)},
            {QStringLiteral("received_hops"), hopsToJson(hops())},
            {QStringLiteral("offending_messages"), offending},
            {QStringLiteral("evidence"), evidenceJson},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("analyzer_version"), analyzerVersion}};
}

Analysis Analysis::fromJson(const QJsonObject& json)
{
    Analysis a;
    a.analyzerVersion = json.value(QStringLiteral("analyzer_version")).toInt();
    a.category = categoryFromId(json.value(QStringLiteral("category")).toString())
                     .value_or(Category::Other);
    a.language = json.value(QStringLiteral("language")).toString();
    a.exitIp = json.value(QStringLiteral("exit_ip")).toString();
    a.exitIps = stringList(json.value(QStringLiteral("exit_ips")));
    a.incidentTimeUtc = QDateTime::fromString(
        json.value(QStringLiteral("incident_time_utc")).toString(), Qt::ISODate);
    a.webmailAccount = json.value(QStringLiteral("webmail_account")).toString();
    a.mailServer = json.value(QStringLiteral("mail_server")).toString();
    a.webmailSoftware = json.value(QStringLiteral("webmail_software")).toString();
    a.reporter = json.value(QStringLiteral("reporter")).toString();
    a.caseReference = json.value(QStringLiteral("case_reference")).toString();
    a.reportedIp = json.value(QStringLiteral("reported_ip")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("offending_messages")).toArray()) {
        const QJsonObject o = v.toObject();
        OffendingMessage m;
        m.whereFound = o.value(QStringLiteral("where")).toString();
        m.exitHopIndex = o.value(QStringLiteral("exit_hop")).toInt(-1);
        m.webmailHopIndex = o.value(QStringLiteral("webmail_hop")).toInt(-1);
        m.rawHeaders = o.value(QStringLiteral("raw_headers")).toString();
        for (const QJsonValue& h : o.value(QStringLiteral("hops")).toArray())
            m.hops.append(hopFromJson(h.toObject()));
        a.offendingMessages.append(m);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("evidence")).toArray())
        a.evidence.append(Evidence::fromJson(v.toObject()));
    a.problems = stringList(json.value(QStringLiteral("problems")));
    return a;
}

} // namespace mixdesk
