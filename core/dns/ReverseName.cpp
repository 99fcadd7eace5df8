#include "dns/ReverseName.h"

namespace mixdesk {

QString ReverseName::labels(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        return QString::number(v4 & 0xff) + u'.' + QString::number((v4 >> 8) & 0xff) + u'.' +
               QString::number((v4 >> 16) & 0xff) + u'.' + QString::number(v4 >> 24);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString result;
    result.reserve(63);
    for (int i = 15; i >= 0; --i) {
        if (i != 15)
            result += u'.';
        result += QChar(kHex[v6[i] & 0x0f]);
        result += u'.';
        result += QChar(kHex[v6[i] >> 4]);
    }
    return result;
}

QString ReverseName::ptrName(const QHostAddress& address)
{
    const QString reversed = labels(address);
    if (reversed.isEmpty())
        return {};
    return reversed + (address.protocol() == QAbstractSocket::IPv4Protocol
                           ? QStringLiteral(".in-addr.arpa")
                           : QStringLiteral(".ip6.arpa"));
}

QString ReverseName::inZone(const QHostAddress& address, const QString& zone)
{
    const QString reversed = labels(address);
    if (reversed.isEmpty())
        return {};
    return reversed + u'.' + zone;
}

} // namespace mixdesk
