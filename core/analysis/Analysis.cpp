#include "analysis/Analysis.h"

#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mixdesk {
namespace {

void writeHops(JsonWriter& json, const QList<ReceivedHop>& hops)
{
    json.beginArray();
    for (const ReceivedHop& hop : hops) {
        json.beginObject();
        json.key("from_host").stringOrNull(hop.fromHost);
        json.key("from_ip").stringOrNull(hop.fromIp);
        json.key("by_host").stringOrNull(hop.byHost);
        json.key("with").stringOrNull(hop.with);
        json.key("date_utc").stringOrNull(utcIso(hop.dateUtc));
        json.key("raw").value(hop.raw);
        json.endObject();
    }
    json.endArray();
}

ReceivedHop hopFromJson(const QJsonObject& json)
{
    ReceivedHop hop;
    hop.fromHost = json.value(QStringLiteral("from_host")).toString();
    hop.fromIp = json.value(QStringLiteral("from_ip")).toString();
    hop.byHost = json.value(QStringLiteral("by_host")).toString();
    hop.with = json.value(QStringLiteral("with")).toString();
    hop.dateUtc =
        QDateTime::fromString(json.value(QStringLiteral("date_utc")).toString(), Qt::ISODate);
    hop.raw = json.value(QStringLiteral("raw")).toString();
    return hop;
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

QByteArray Analysis::toJsonBytes() const
{
    JsonWriter json;
    json.beginObject();
    json.key("category").value(categoryId(category));
    json.key("language").stringOrNull(language);
    json.key("exit_ip").stringOrNull(exitIp);
    json.key("exit_ips").strings(exitIps);
    json.key("incident_time_utc").stringOrNull(utcIso(incidentTimeUtc));
    json.key("webmail_account").stringOrNull(webmailAccount);
    json.key("mail_server").stringOrNull(mailServer);
    json.key("webmail_software").stringOrNull(webmailSoftware);
    json.key("reporter").stringOrNull(reporter);
    json.key("case_reference").stringOrNull(caseReference);
    json.key("reported_ip").stringOrNull(reportedIp);
    json.key("received_hops");
    writeHops(json, hops());
    json.key("offending_messages").beginArray();
    for (const OffendingMessage& m : offendingMessages) {
        json.beginObject();
        json.key("where").value(m.whereFound);
        json.key("exit_hop").value(m.exitHopIndex);
        json.key("webmail_hop").value(m.webmailHopIndex);
        json.key("raw_headers").value(m.rawHeaders);
        json.key("hops");
        writeHops(json, m.hops);
        json.endObject();
    }
    json.endArray();
    json.key("evidence").beginArray();
    for (const Evidence& e : evidence)
        e.writeJson(json);
    json.endArray();
    json.key("problems").strings(problems);
    json.key("analyzer_version").value(analyzerVersion);
    json.endObject();
    return json.bytes();
}

QJsonObject Analysis::toJson() const
{
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

Analysis Analysis::fromJson(const QJsonObject& json)
{
    Analysis a;
    a.analyzerVersion = json.value(QStringLiteral("analyzer_version")).toInt();
    a.category =
        categoryFromId(json.value(QStringLiteral("category")).toString()).value_or(Category::Other);
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
