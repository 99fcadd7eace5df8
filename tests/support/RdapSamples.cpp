#include "RdapSamples.h"

#include "HttpFixtureServer.h"

#include <QJsonArray>

namespace mixdesk::test::rdap {
namespace {

QJsonArray vcard(const QString& fn, const QString& email)
{
    QJsonArray props{QJsonArray{QStringLiteral("version"), QJsonObject(), QStringLiteral("text"),
                                QStringLiteral("4.0")},
                     QJsonArray{QStringLiteral("fn"), QJsonObject(), QStringLiteral("text"), fn}};
    if (!email.isEmpty())
        props.append(
            QJsonArray{QStringLiteral("email"), QJsonObject(), QStringLiteral("text"), email});
    return QJsonArray{QStringLiteral("vcard"), props};
}

QJsonObject entity(const QString& handle, const QStringList& roles, const QString& fn,
                   const QString& email)
{
    return {{QStringLiteral("objectClassName"), QStringLiteral("entity")},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("vcardArray"), vcard(fn, email)}};
}

QJsonObject remark(const QString& title, const QString& line)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("description"), QJsonArray{line}}};
}

} // namespace

QJsonObject network(const QString& start, const QString& end, bool operatorNamed)
{
    const bool v6 = start.contains(QLatin1Char(':'));
    QJsonArray entities;
    QJsonArray remarks;
    QString name;
    if (operatorNamed) {
        name = QStringLiteral("EXAMPLE-PRIVACY-EXIT");
        remarks.append(remark(QStringLiteral("description"),
                              QStringLiteral("Exit nodes of an anonymization service")));
        QJsonObject registrant = entity(QStringLiteral("EP1-TEST"), {QStringLiteral("registrant")},
                                        QStringLiteral("Example Privacy e.V."), QString());
        registrant.insert(QStringLiteral("entities"),
                          QJsonArray{entity(QStringLiteral("EPA1-TEST"), {QStringLiteral("abuse")},
                                            QStringLiteral("Example Privacy abuse desk"),
                                            QStringLiteral("abuse@privacy.example"))});
        entities.append(registrant);
        entities.append(entity(QStringLiteral("HB1-TEST"), {QStringLiteral("technical")},
                               QStringLiteral("Hoster B.V."),
                               QStringLiteral("noc@hoster.example")));
    } else {
        name = QStringLiteral("HOSTER-NET");
        remarks.append(
            remark(QStringLiteral("description"), QStringLiteral("Hoster B.V. servers")));
        entities.append(entity(
            QStringLiteral("HB1-TEST"), {QStringLiteral("registrant"), QStringLiteral("technical")},
            QStringLiteral("Hoster B.V."), QStringLiteral("noc@hoster.example")));
        entities.append(entity(QStringLiteral("HBA-TEST"), {QStringLiteral("abuse")},
                               QStringLiteral("Hoster abuse team"),
                               QStringLiteral("abuse@hoster.example")));
    }
    return {{QStringLiteral("rdapConformance"), QJsonArray{QStringLiteral("rdap_level_0")}},
            {QStringLiteral("objectClassName"), QStringLiteral("ip network")},
            {QStringLiteral("handle"), QString(start + QStringLiteral(" - ") + end)},
            {QStringLiteral("startAddress"), start},
            {QStringLiteral("endAddress"), end},
            {QStringLiteral("ipVersion"), v6 ? QStringLiteral("v6") : QStringLiteral("v4")},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("ASSIGNED PA")},
            {QStringLiteral("country"), QStringLiteral("NL")},
            {QStringLiteral("remarks"), remarks},
            {QStringLiteral("entities"), entities}};
}

QJsonObject domain(const QString& name)
{
    return {{QStringLiteral("objectClassName"), QStringLiteral("domain")},
            {QStringLiteral("handle"), name.toUpper()},
            {QStringLiteral("ldhName"), name},
            {QStringLiteral("entities"),
             QJsonArray{entity(QStringLiteral("MP-ABUSE"), {QStringLiteral("abuse")},
                               QStringLiteral("Mail provider abuse"),
                               QString(QStringLiteral("abuse@") + name))}}};
}

QString bootstrapBase(const HttpFixtureServer& server)
{
    return server.baseUrl() + QStringLiteral("bootstrap/");
}

void serveStandardRegistry(HttpFixtureServer& server, const QStringList& operatorAddresses,
                           const QStringList& ispOnlyAddresses)
{
    const QJsonArray urls{QString(server.baseUrl() + QStringLiteral("rdap/"))};
    auto registry = [&](const QStringList& entries) {
        return QJsonObject{
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("services"),
             QJsonArray{QJsonValue(
                 QJsonArray{QJsonValue(QJsonArray::fromStringList(entries)), QJsonValue(urls)})}}};
    };
    server.setRoute(QStringLiteral("/bootstrap/ipv4.json"),
                    registry({QStringLiteral("192.0.2.0/24"), QStringLiteral("198.51.100.0/24"),
                              QStringLiteral("203.0.113.0/24")}));
    server.setRoute(QStringLiteral("/bootstrap/ipv6.json"),
                    registry({QStringLiteral("2001:db8::/32")}));
    server.setRoute(QStringLiteral("/bootstrap/dns.json"), registry({QStringLiteral("example")}));
    for (const QString& address : operatorAddresses) {
        const bool v6 = address.contains(QLatin1Char(':'));
        server.setRoute(
            QStringLiteral("/rdap/ip/") + address,
            v6 ? network(QStringLiteral("2001:db8::"),
                         QStringLiteral("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"), true)
               : network(QStringLiteral("203.0.113.0"), QStringLiteral("203.0.113.255"), true));
    }
    for (const QString& address : ispOnlyAddresses)
        server.setRoute(
            QStringLiteral("/rdap/ip/") + address,
            network(QStringLiteral("198.51.100.0"), QStringLiteral("198.51.100.255"), false));
}

} // namespace mixdesk::test::rdap
