#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace mixdesk {

// One resource record of an answer, with the time to live the server gave it.
struct DnsRecord
{
    QString name;              // owner name, without the trailing dot
    quint32 ttl = 0;           // seconds
    QHostAddress address;      // A and AAAA
    QString value;             // A/AAAA: the address as text; PTR: the target name;
                               // TXT: the character-strings joined without separator
    QList<QByteArray> strings; // TXT: the character-strings as sent (RFC 1035 3.3.14)

    bool operator==(const DnsRecord&) const = default;
};

} // namespace mixdesk
