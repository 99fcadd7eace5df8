#include "profile/OperatorProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mixdesk {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString().trimmed());
    return list;
}

struct KindName
{
    ExitKind kind;
    const char* id;
    const char* displayName;
};

const KindName kKindNames[] = {
    {ExitKind::JonDonymMix, "jondonym-mix", QT_TRANSLATE_NOOP("ExitKind", "JonDonym exit mix")},
    {ExitKind::TorRelay, "tor-relay", QT_TRANSLATE_NOOP("ExitKind", "Tor exit relay")},
    {ExitKind::Vpn, "vpn", QT_TRANSLATE_NOOP("ExitKind", "VPN exit")},
    {ExitKind::HttpProxy, "http-proxy", QT_TRANSLATE_NOOP("ExitKind", "HTTP proxy exit")},
    {ExitKind::Other, "other", QT_TRANSLATE_NOOP("ExitKind", "Other exit")},
};

const KindName& kindName(ExitKind kind)
{
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return k;
    return kKindNames[0];
}

// Dates are written as ISO 8601 (2026-03-01); an invalid date as an empty string.
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonObject& o, const char* key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

QJsonObject exitToJson(const ExitNode& exit)
{
    QJsonObject o{{QStringLiteral("name"), exit.name},
                  {QStringLiteral("cascade"), exit.cascade},
                  {QStringLiteral("addresses"), QJsonArray::fromStringList(exit.addresses)},
                  {QStringLiteral("hostname"), exit.hostname},
                  {QStringLiteral("premium"), exit.premium},
                  {QStringLiteral("isp"), exit.isp},
                  {QStringLiteral("isp_abuse_contact"), exit.ispAbuseContact},
                  {QStringLiteral("kind"), exitKindId(exit.kind)},
                  {QStringLiteral("country"), exit.country},
                  {QStringLiteral("in_service_since"), dateText(exit.inServiceSince)},
                  {QStringLiteral("in_service_until"), dateText(exit.inServiceUntil)},
                  {QStringLiteral("isp_stance"), exit.ispStance},
                  {QStringLiteral("isp_informed"), exit.ispInformed},
                  {QStringLiteral("isp_informed_on"), dateText(exit.ispInformedOn)}};
    return o;
}

ExitNode exitFromJson(const QJsonObject& o)
{
    ExitNode exit;
    exit.name = str(o, "name");
    exit.cascade = str(o, "cascade");
    exit.addresses = strings(o.value(QStringLiteral("addresses")));
    exit.hostname = str(o, "hostname");
    exit.premium = o.value(QStringLiteral("premium")).toBool();
    exit.isp = str(o, "isp");
    exit.ispAbuseContact = str(o, "isp_abuse_contact");
    exit.kind =
        o.contains(QStringLiteral("kind")) ? exitKindFromId(str(o, "kind")) : ExitKind::JonDonymMix;
    exit.country = str(o, "country").trimmed().toUpper();
    exit.inServiceSince = dateFrom(o, "in_service_since");
    exit.inServiceUntil = dateFrom(o, "in_service_until");
    exit.ispStance = str(o, "isp_stance");
    exit.ispInformed = o.value(QStringLiteral("isp_informed")).toBool();
    exit.ispInformedOn = dateFrom(o, "isp_informed_on");
    return exit;
}

} // namespace

QString exitKindId(ExitKind kind)
{
    return QString::fromLatin1(kindName(kind).id);
}

ExitKind exitKindFromId(QStringView id)
{
    for (const KindName& k : kKindNames)
        if (id == QLatin1String(k.id))
            return k.kind;
    return ExitKind::Other;
}

QString exitKindDisplayName(ExitKind kind)
{
    return QCoreApplication::translate("ExitKind", kindName(kind).displayName);
}

std::optional<bool> ExitNode::inServiceAt(const QDateTime& time) const
{
    if (!inServiceSince.isValid() && !inServiceUntil.isValid())
        return std::nullopt;
    const QDate day = time.toUTC().date();
    if (inServiceSince.isValid() && day < inServiceSince)
        return false;
    if (inServiceUntil.isValid() && day > inServiceUntil)
        return false;
    return true;
}

QStringList OperatorProfile::allExitAddresses() const
{
    QStringList all;
    for (const ExitNode& exit : exits)
        all.append(exit.addresses);
    return all;
}

QString OperatorProfile::primaryAbuseAddress() const
{
    return abuseAddresses.isEmpty() ? email : abuseAddresses.first();
}

QJsonObject OperatorProfile::toJson() const
{
    QJsonArray exitArray;
    for (const ExitNode& exit : exits)
        exitArray.append(exitToJson(exit));
    return {{QStringLiteral("operator"),
             QJsonObject{
                 {QStringLiteral("name"), name},
                 {QStringLiteral("organisation"), organisation},
                 {QStringLiteral("email"), email},
                 {QStringLiteral("phone"), phone},
                 {QStringLiteral("address"), postalAddress},
                 {QStringLiteral("home_country"), homeCountry},
                 {QStringLiteral("abuse_addresses"), QJsonArray::fromStringList(abuseAddresses)},
                 {QStringLiteral("ptr_pattern"), ptrPattern},
                 {QStringLiteral("notice_keywords"), QJsonArray::fromStringList(noticeKeywords)}}},
            {QStringLiteral("isp"), isp},
            {QStringLiteral("isp_abuse_contact"), ispAbuseContact},
            {QStringLiteral("exits"), exitArray}};
}

Result<OperatorProfile> OperatorProfile::fromJson(const QJsonObject& json)
{
    OperatorProfile p;
    const QJsonObject op = json.value(QStringLiteral("operator")).toObject();
    p.name = str(op, "name");
    p.organisation = str(op, "organisation");
    p.email = str(op, "email");
    p.phone = str(op, "phone");
    p.postalAddress = str(op, "address");
    p.homeCountry = str(op, "home_country").trimmed().toUpper();
    p.abuseAddresses = strings(op.value(QStringLiteral("abuse_addresses")));
    p.abuseAddresses.removeAll(QString());
    p.ptrPattern = str(op, "ptr_pattern").trimmed();
    p.noticeKeywords = strings(op.value(QStringLiteral("notice_keywords")));
    p.noticeKeywords.removeAll(QString());
    p.isp = str(json, "isp");
    p.ispAbuseContact = str(json, "isp_abuse_contact");

    for (const QJsonValue& v : json.value(QStringLiteral("exits")).toArray())
        p.exits.append(exitFromJson(v.toObject()));

    // The short form {"exit_ips": [...], "exit_hostnames": {...}}: one exit per address.
    const QJsonObject hostnames = json.value(QStringLiteral("exit_hostnames")).toObject();
    const QStringList shortForm = strings(json.value(QStringLiteral("exit_ips")));
    for (int i = 0; i < shortForm.size(); ++i) {
        ExitNode exit;
        exit.name = QStringLiteral("exit%1").arg(p.exits.size() + 1);
        exit.addresses = {shortForm[i]};
        exit.hostname = hostnames.value(shortForm[i]).toString();
        exit.isp = p.isp;
        exit.ispAbuseContact = p.ispAbuseContact;
        p.exits.append(exit);
    }

    if (!json.contains(QStringLiteral("exits")) && !json.contains(QStringLiteral("exit_ips")))
        return Error{QCoreApplication::translate(
            "OperatorProfile", "The profile lists no exits (neither \"exits\" nor \"exit_ips\").")};
    return p;
}

Result<OperatorProfile> OperatorProfile::fromJsonBytes(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("OperatorProfile",
                                                 "The profile is not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    if (!doc.isObject())
        return Error{
            QCoreApplication::translate("OperatorProfile", "The profile must be a JSON object.")};
    return fromJson(doc.object());
}

Result<OperatorProfile> OperatorProfile::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("OperatorProfile", "Cannot read profile %1: %2")
                         .arg(path, file.errorString())};
    Result<OperatorProfile> profile = fromJsonBytes(file.readAll());
    if (!profile)
        return Error{path + QStringLiteral(": ") + profile.error().message};
    return profile;
}

} // namespace mixdesk
