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
    if (!value.isValid())
        return {};
    // What toUTC().toString(Qt::ISODate) gives, written by hand: Qt's formatting was a
    // third of serializing an analysis, which has a time for every hop. The civil
    // date of a day count is Howard Hinnant's days_from_civil inverse.
    const qint64 msecs = value.toMSecsSinceEpoch();
    const qint64 seconds = (msecs >= 0 ? msecs : msecs - 999) / 1000;
    const qint64 days = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2);
    if (year < 1 || year > 9999)
        return value.toUTC().toString(Qt::ISODate);
    const auto digits = [](char* out, qint64 number, int count) {
        for (int i = count - 1; i >= 0; --i, number /= 10)
            out[i] = char('0' + number % 10);
    };
    char text[20];
    digits(text, year, 4);
    text[4] = '-';
    digits(text + 5, month, 2);
    text[7] = '-';
    digits(text + 8, day, 2);
    text[10] = 'T';
    digits(text + 11, secondOfDay / 3600, 2);
    text[13] = ':';
    digits(text + 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    digits(text + 17, secondOfDay % 60, 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, sizeof(text));
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
    json.key("confidence").value(confidence);
    json.key("needs_review").boolean(needsReview);
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
    a.confidence = json.value(QStringLiteral("confidence")).toInt(100);
    a.needsReview = json.value(QStringLiteral("needs_review")).toBool(false);
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
