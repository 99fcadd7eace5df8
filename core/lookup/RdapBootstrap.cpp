#include "lookup/RdapBootstrap.h"

#include "lookup/RdapError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mixdesk {

Result<RdapBootstrap> RdapBootstrap::parse(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue services = doc.object().value(QStringLiteral("services"));
    if (!doc.isObject() || !services.isArray())
        return rdapError(RdapError::BadAnswer,
                         QCoreApplication::translate(
                             "RdapBootstrap", "The RDAP bootstrap file has no \"services\" list."));
    RdapBootstrap bootstrap;
    for (const QJsonValue& serviceValue : services.toArray()) {
        // [[entries...], [urls...]]
        const QJsonArray service = serviceValue.toArray();
        if (service.size() < 2)
            continue;
        Service s;
        for (const QJsonValue& entry : service.at(0).toArray())
            s.entries.append(entry.toString().trimmed().toLower());
        QStringList urls;
        for (const QJsonValue& url : service.at(1).toArray())
            urls.append(url.toString().trimmed());
        s.server = pickServer(urls);
        if (!s.entries.isEmpty() && s.server.isValid())
            bootstrap.m_services.append(s);
    }
    return bootstrap;
}

// RFC 9224 section 3: when both are offered, prefer HTTPS.
QUrl RdapBootstrap::pickServer(const QStringList& urls)
{
    QString chosen;
    for (const QString& url : urls)
        if (url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            chosen = url;
            break;
        }
    if (chosen.isEmpty() && !urls.isEmpty())
        chosen = urls.first();
    if (chosen.isEmpty())
        return {};
    if (!chosen.endsWith(QLatin1Char('/')))
        chosen.append(QLatin1Char('/'));
    return QUrl(chosen);
}

QUrl RdapBootstrap::serverForAddress(const QHostAddress& address) const
{
    QUrl best;
    int bestLength = -1;
    for (const Service& s : m_services)
        for (const QString& entry : s.entries) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (subnet.second < 0 || subnet.first.protocol() != address.protocol())
                continue;
            if (subnet.second > bestLength && address.isInSubnet(subnet)) {
                best = s.server;
                bestLength = subnet.second;
            }
        }
    return best;
}

QUrl RdapBootstrap::serverForDomain(const QString& domain) const
{
    QString name = domain.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    QUrl best;
    qsizetype bestLength = -1;
    for (const Service& s : m_services)
        for (const QString& entry : s.entries) {
            const bool matches =
                name == entry || name.endsWith(QLatin1Char('.') + entry) || entry.isEmpty();
            if (matches && entry.size() > bestLength) {
                best = s.server;
                bestLength = entry.size();
            }
        }
    return best;
}

} // namespace mixdesk
