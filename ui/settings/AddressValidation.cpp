#include "settings/AddressValidation.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace mixdesk::AddressValidation {

QStringList splitAddresses(const QString& text)
{
    QStringList entries;
    for (const QString& part : text.split(u',')) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

QString entryError(const QString& entry)
{
    const QString address = entry.section(u'/', 0, 0).trimmed();
    QHostAddress host;
    if (!host.setAddress(address) || (host.protocol() != QAbstractSocket::IPv4Protocol &&
                                      host.protocol() != QAbstractSocket::IPv6Protocol))
        return QCoreApplication::translate(
                   "AddressValidation",
                   "\u201c%1\u201d is not an IPv4 or IPv6 address (examples: 192.0.2.1, "
                   "2001:db8::1, 192.0.2.0/24).")
            .arg(entry);
    if (!entry.contains(u'/'))
        return {};
    const int maxPrefix = host.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    bool ok = false;
    const QString prefixText = entry.section(u'/', 1).trimmed();
    const int prefix = prefixText.toInt(&ok);
    if (!ok || prefix < 0 || prefix > maxPrefix || prefixText.contains(u'/'))
        return QCoreApplication::translate(
                   "AddressValidation",
                   "\u201c%1\u201d has an invalid prefix length: it must be a number from 0 to %2.")
            .arg(entry)
            .arg(maxPrefix);
    return {};
}

QStringList errors(const QString& text)
{
    QStringList result;
    for (const QString& entry : splitAddresses(text)) {
        const QString error = entryError(entry);
        if (!error.isEmpty())
            result << error;
    }
    return result;
}

} // namespace mixdesk::AddressValidation
