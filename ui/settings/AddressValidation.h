#pragma once

#include <QString>
#include <QStringList>

namespace mixdesk {

// Checks exit addresses as the operator types them: single IPv4/IPv6 addresses
// or CIDR ranges ("192.0.2.0/24", "2001:db8::/48"), comma separated.
namespace AddressValidation {

// Splits "a, b ,c" into trimmed, non-empty entries.
QStringList splitAddresses(const QString& text);
// Empty when `entry` is a valid address or range; otherwise a translated,
// specific error naming the entry.
QString entryError(const QString& entry);
// The errors of every entry of `text`, in order.
QStringList errors(const QString& text);

} // namespace AddressValidation
} // namespace mixdesk
