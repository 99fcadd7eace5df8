#include "exits/blocks/BlockRequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace mixdesk {
namespace {

QString oneLine(const QString& text)
{
    return text.simplified();
}

} // namespace

BlockTarget BlockRequest::target() const
{
    if (destination.contains(QLatin1Char('/')))
        return BlockTarget::Network;
    QHostAddress address;
    return address.setAddress(destination) ? BlockTarget::Address : BlockTarget::Host;
}

bool BlockRequest::isActiveOn(const QDate& day) const
{
    return !expires.isValid() || day <= expires;
}

Result<QString> BlockRequest::normaliseDestination(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    if (t.contains(QLatin1Char('/'))) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(t);
        if (subnet.second < 0)
            return Error{QCoreApplication::translate("BlockRequest", "'%1' is not a valid network.")
                             .arg(text)};
        // parseSubnet already clears the host bits: 198.51.100.9/24 -> 198.51.100.0.
        return QString(subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second));
    }
    QHostAddress address;
    if (address.setAddress(t))
        return address.toString();
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(t.toLower()));
    static const QRegularExpression hostName(
        QStringLiteral("^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z0-9-]{2,63}$"));
    if (ace.isEmpty() || ace.size() > 253 || !hostName.match(ace).hasMatch())
        return Error{QCoreApplication::translate(
                         "BlockRequest", "'%1' is not a host name, an IP address or a network.")
                         .arg(text)};
    return ace;
}

QString BlockRequest::describe() const
{
    QStringList extra;
    if (!requester.isEmpty())
        extra.append(QStringLiteral("requested by ") + oneLine(requester));
    if (!reference.isEmpty())
        extra.append(QStringLiteral("ref ") + oneLine(reference));
    if (createdAt.isValid())
        extra.append(QStringLiteral("since ") + createdAt.date().toString(Qt::ISODate));
    if (expires.isValid())
        extra.append(QStringLiteral("until ") + expires.toString(Qt::ISODate));
    QString text = QLatin1Char('#') + QString::number(id) + QLatin1Char(' ') + destination;
    if (!ports.isEmpty())
        text += QStringLiteral(" ports ") + PortRange::listText(ports);
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + oneLine(reason);
    if (!extra.isEmpty())
        text += QStringLiteral(" (") + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QJsonObject BlockRequest::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("ports"), PortRange::listText(ports)},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("expires"), expires.isValid() ? expires.toString(Qt::ISODate) : QString()}};
}

bool BlockRequest::fromJson(const QJsonObject& json, BlockRequest* request)
{
    BlockRequest r;
    r.id = json.value(QStringLiteral("id")).toInteger();
    const Result<QString> destination =
        normaliseDestination(json.value(QStringLiteral("destination")).toString());
    const Result<QList<PortRange>> ports =
        PortRange::parseList(json.value(QStringLiteral("ports")).toString());
    if (!destination || !ports)
        return false;
    r.destination = *destination;
    r.ports = *ports;
    r.requester = json.value(QStringLiteral("requester")).toString();
    r.reason = json.value(QStringLiteral("reason")).toString();
    r.reference = json.value(QStringLiteral("reference")).toString();
    r.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    r.createdAt.setTimeSpec(Qt::UTC);
    r.expires = QDate::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    *request = r;
    return true;
}

} // namespace mixdesk
