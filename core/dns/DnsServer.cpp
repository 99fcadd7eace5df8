#include "dns/DnsServer.h"

#include <QCoreApplication>

#include <optional>

namespace mixdesk {
namespace {

Error badServer(const QString& text)
{
    return Error{QCoreApplication::translate(
                     "DnsServer", "“%1” is not a name server address (examples: 192.0.2.53, "
                                  "192.0.2.53:5353, [2001:db8::53]:5353).")
                     .arg(text)};
}

std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

} // namespace

Result<DnsServer> DnsServer::parse(const QString& input)
{
    const QString text = input.trimmed();
    QString host = text;
    std::optional<quint16> port = 53;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return badServer(input);
        host = text.mid(1, close - 1);
        const QStringView rest = QStringView(text).mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return badServer(input);
            port = parsePort(rest.mid(1));
        }
    } else if (text.count(u':') == 1) { // IPv4 with a port; bare IPv6 has two or more
        const qsizetype colon = text.indexOf(u':');
        host = text.left(colon);
        port = parsePort(QStringView(text).mid(colon + 1));
    }
    QHostAddress address;
    if (!port || !address.setAddress(host) || host.contains(u'%'))
        return badServer(input);
    if (address.protocol() != QAbstractSocket::IPv4Protocol &&
        address.protocol() != QAbstractSocket::IPv6Protocol)
        return badServer(input);
    return DnsServer{address, *port};
}

QString DnsServer::toString() const
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (port == 53)
        return address.toString();
    return (v6 ? u'[' + address.toString() + u']' : address.toString()) + u':' +
           QString::number(port);
}

} // namespace mixdesk
